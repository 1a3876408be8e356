-- Cheaper writes for copies and new versions (issue 16 throughput, docs/benchmarks.md "PostgreSQL's cost of copies").
--
-- A paragraph's sketch names its article for the copy lookup's "another article" filter, but its row already goes
-- with its segment (segment_id references segment on delete cascade, and a segment with its article). The second
-- foreign key, on article_id, had no index: deleting an article that a new version replaced looked for its sketches
-- with a sequential scan of segment_sketch, 76 ms per replaced version at 1,000 articles of one story and growing with
-- the table, besides a key-share lock of the article row for every sketch stored. The cascade through segment does it.
alter table segment_sketch drop constraint segment_sketch_article_id_fkey;

-- The merge looks for events that report a sentence in the same words (V8). A copy's source has its original's
-- sentence and event (ChronologyStore.publishedAgain), so the lookup finds the event through the original alone;
-- indexing the copies' sentences too computed sentence_key (a PL/pgSQL call with a regular expression) and wrote an
-- index entry for every source a copy adds: most of the sources in a story told by thousands of copies. A copy whose
-- original is deleted loses its copy_of (on delete set null) and enters this index then.
create index event_source_sentence_own on event_source (sentence_key(sentence), event_id) where copy_of is null;
drop index event_source_sentence;

-- A new version deletes the older one's sources; the events they reported are counted again without a pass over all
-- their sources (ChronologyStore.UNCOUNT). When the deleted sources held the highest or lowest casualty figure, the
-- figures are counted from the originals alone: a copy's source has its original's figures and "at least" (copied at
-- insert, never updated), so the extremes over the originals are the extremes over all, and a story told by
-- thousands of copies has a few dozen originals per event (175 of 14,629 sources at 1,000 articles of one story).
create index event_source_own on event_source (event_id) where copy_of is null;
-- When the deleted sources held the report with the most exact date, the next one is an index probe: precision rank
-- (what the event keeps as exact_rank), then report order, as ChronologyStore's COUNT_SOURCE and event_recount choose
-- it. A copy's source may come before its original in report order, so every source is in this one.
create index event_source_exact on event_source
    (event_id, (case when date_basis = 'PUBLICATION' then 0 else precision_rank(precision) end) desc, report_key, id);
