-- The merge's candidate query (issue 16 throughput): "events of this type whose interval meets the report's" was
-- `type = ? and date_earliest <= ? and date_latest >= ?`, and the index (type, date_earliest, id) could bound only
-- the upper end, so each report read every older event of its type: 10,534 index entries and 17 ms for one STATEMENT
-- report at 8,500 events after a 1,300-article benchmark, growing with the chronology. Events spanning at most 400
-- days (a year or less: almost all) are now found in a bounded window of that index (date_earliest no more than 400
-- days before the report's earliest day); the few wider ones (decades, centuries, long ranges) through this partial
-- index. Same candidates as before.
create index event_type_wide on event (type, date_earliest) where date_latest - date_earliest > 400;
