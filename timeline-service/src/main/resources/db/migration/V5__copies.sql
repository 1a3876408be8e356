-- Copies are copies (issue 16): a paragraph another outlet already published (the same text, or the same with a few
-- words changed) is one more outlet reporting the original's events; its sentences are not analysed or merged again.
-- A new version of an article (the same URL) replaces the old version's contributions.

-- the MinHash sketch of each analysed paragraph (TextSketch: 64 minimums of its word 3-shingles) and its 16 band
-- hashes: a new paragraph is compared with those that share a band
create table segment_sketch (
    segment_id      varchar(96) primary key references segment (id) on delete cascade,
    article_id      varchar(64) not null references article (id) on delete cascade,
    minimums        bigint[] not null
);
create table segment_band (
    band            bigint not null,
    segment_id      varchar(96) not null references segment (id) on delete cascade,
    primary key (band, segment_id)
);

-- a paragraph published again: by another article (a near copy), or by another outlet under the same text (the same
-- article id: parser-service names an article by its text)
create table segment_copy (
    segment_id      varchar(96) not null references segment (id) on delete cascade,
    original_id     varchar(96) not null references segment (id) on delete cascade,
    outlet          text not null,
    url             text not null default '',
    published_at    varchar(40),
    similarity      real not null,
    primary key (segment_id, outlet, url)
);

-- a copy's sources: the original's sentences, under the copy's article, outlet, URL and time
alter table event_source add column url text,
                         add column copy_of bigint references event_source (id) on delete set null;
do $$
declare c text;
begin
    select conname into c from pg_constraint where conrelid = 'event_source'::regclass and contype = 'u';
    execute format('alter table event_source drop constraint %I', c);
end
$$;
create unique index event_source_report on event_source
    (segment_id, sentence_start, type, date_value, trigger_start, outlet, coalesce(url, ''));

-- an article's older version, by its address
create index article_url on article (url) where url is not null;

-- a representative shows its own outlet, address and time: a copy's, not its article's first outlet's
create or replace function event_sources_json(event bigint) returns json language sql volatile as $$
    select coalesce(json_agg(json_strip_nulls(json_build_object(
                'articleId', s.article_id, 'segmentId', s.segment_id, 'text', s.sentence, 'lang', s.lang,
                'sentenceStart', s.sentence_start, 'sentenceEnd', s.sentence_end, 'trigger', s.trigger,
                'date', s.date_value, 'precision', s.precision,
                'killed', s.killed, 'killedAtLeast', case when s.killed is not null then s.killed_at_least end,
                'injured', s.injured, 'injuredAtLeast', case when s.injured is not null then s.injured_at_least end,
                'joinedBecause', s.joined_because, 'articleTitle', a.title, 'publisher', nullif(s.outlet, s.article_id),
                'publishedAt', s.published_at, 'url', coalesce(s.url, a.url)))
             order by s.report_key, s.id), '[]'::json)
      from event_source s join article a on a.id = s.article_id
     where s.id in (select e.first_source from event e where e.id = event
                    union select e.exact_source from event e where e.id = event
                    union select l.source_id from event_lang l where l.event_id = event)
$$;

-- the summary is the most confident report's, the first in report order among equals (not the first to arrive)
alter table event add column summary_key text;
update event set summary_key = first_key;
