-- Deleting an article (a new version at the same URL replaces the old one, issue 16) cascades to its segments and
-- sources, and each cascade finds the rows that point at a deleted row through an index on the pointing column; five
-- had none, so every deleted segment or source scanned a whole table: the copies bench's `delete from article` took
-- 54 ms a call on average over 9,084 ingests (487 s of PostgreSQL's time), growing with the tables.
create index event_source_copy_of on event_source (copy_of) where copy_of is not null;
create index event_lang_source on event_lang (source_id);
create index date_reference_segment on date_reference (segment_id);
create index segment_band_segment on segment_band (segment_id);
create index segment_copy_original on segment_copy (original_id);
