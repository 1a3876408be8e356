-- Key dates (issue 19, docs/keydates.md): every sentence of every stored segment that refers to a day, one row per
-- (sentence, day), written when the segment is stored and never rewritten. A story's key dates are counted from
-- these rows, filtered by outlet (source), language and the days referred to; the sentence is kept as stored text
-- so every line of an answer points back to its article and segment.
create table date_reference (
    id              bigint generated always as identity primary key,
    segment_id      varchar(96) not null references segment (id) on delete cascade,
    article_id      varchar(64) not null references article (id) on delete cascade,
    day             date not null,
    published       date,
    source          text,
    lang            varchar(16),
    sentence_start  integer not null,
    sentence_end    integer not null,
    sentence        text not null,
    -- the day is written out ("24 April 2009"), not resolved from "Monday" or "yesterday" against publication
    explicit        boolean not null
);
-- the filters of a key-dates question: outlets of a story and the days they refer to; or the days alone
create index date_reference_source_day on date_reference (source, day);
create index date_reference_day on date_reference (day);
create index date_reference_article on date_reference (article_id);

-- source= on /api/timeline and the published counts of /api/keydates select articles by outlet
create index article_source on article (source, published_date);
