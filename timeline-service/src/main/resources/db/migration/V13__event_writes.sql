-- The ingest's writes and reads of events, cheaper (issue 16 throughput, docs/benchmarks.md).
--
-- Room in each event's heap page for the row's next version. An event is written again at the end of every batch that
-- touches it (its document, languages and updated_at: no indexed column), but its rows are large (document and search
-- text in line, toast_tuple_target 8160), so a full page had no room for the new version: it went to another page, and
-- every index of the event (the trigram index of its search text, the date span's GiST, four B-trees) got an entry
-- for it. With half of each page free on insert, that update is a heap-only tuple (HOT) update: no index entry, and
-- the page's dead versions are pruned as it is read. 225 of 4,732 event updates were HOT in a 400-article bench
-- before this. Applies to pages written from now on.
alter table event set (fillfactor = 50);

-- The merge's candidates of a report: events of its type whose interval meets the report's. Those of a month or less
-- are read from a window of 31 days more of event_type; those of 32 to 400 days (quarters, seasons, years) from this
-- one, in a window of 400 days more; the wider ones from event_type_wide (V9). Before, one window of 400 days more
-- read every day's event of the type for 13 months back to find those that could reach the report.
create index event_type_mid on event (type, date_earliest)
    where date_latest - date_earliest > 31 and date_latest - date_earliest <= 400;
