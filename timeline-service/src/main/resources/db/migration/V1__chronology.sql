-- Tarikh's chronology: articles and their segments as read, what was found in them, and the events they report.
-- Offsets are UTF-16 offsets; segment offsets into the article text, mention/timex/sentence offsets into the
-- segment text. Columns named *normalized / search_text hold NameKey forms (lower case, Arabic letter variants,
-- diacritics and tatweel folded), written by the service so that Java and SQL agree on one normalization.

-- trigram indexes make substring search (q=, entities?q=) fast in any script; pg_trgm is a trusted extension
-- (PostgreSQL 13+), so the database owner may create it
create extension if not exists pg_trgm;

create table article (
    id              varchar(64) primary key,
    title           text,
    source          text,
    url             text,
    lang            varchar(16),
    published_at    varchar(40),           -- as given: ISO date or date-time
    published_date  date,                  -- the day relative dates were resolved against
    date_missing    boolean not null default false,
    text_length     integer,
    segment_total   integer not null,
    created_at      timestamptz not null default now()
);
create index article_listing on article (created_at desc, id);

create table segment (
    id              varchar(96) primary key,
    article_id      varchar(64) not null references article (id) on delete cascade,
    seq             integer not null,
    kind            varchar(20) not null,
    lang            varchar(16),
    text            text not null,
    start_offset    integer not null,
    end_offset      integer not null,
    credit          text,
    paired_with     varchar(96),
    dateline        text,
    enricher        varchar(64),
    stored_at       timestamptz not null default now(),
    unique (article_id, seq)
);

-- canonical entities: one row per real-world thing, whatever its spelling or language
create table entity (
    key             varchar(200) primary key,
    type            varchar(20) not null,
    name            text not null,         -- display name (English when the gazetteer has one)
    name_ar         text,                  -- first Arabic name seen
    lat             double precision,
    lon             double precision
);

create table entity_alias (
    entity_key      varchar(200) not null references entity (key) on delete cascade,
    alias           text not null,
    normalized      text not null,
    lang            varchar(16),
    primary key (entity_key, normalized)
);
create index entity_alias_normalized on entity_alias (normalized);
create index entity_alias_search on entity_alias using gin (normalized gin_trgm_ops);

create table mention (
    id              bigint generated always as identity primary key,
    segment_id      varchar(96) not null references segment (id) on delete cascade,
    entity_key      varchar(200) references entity (key),
    type            varchar(20) not null,
    text            text not null,
    start_offset    integer not null,
    end_offset      integer not null,
    unique (segment_id, start_offset, end_offset)
);
create index mention_entity on mention (entity_key);

create table timex (
    id              bigint generated always as identity primary key,
    segment_id      varchar(96) not null references segment (id) on delete cascade,
    text            text not null,
    start_offset    integer not null,
    end_offset      integer not null,
    value           varchar(64) not null,
    type            varchar(16),
    precision       varchar(16),
    anchor          varchar(16),
    mod             varchar(16),
    unique (segment_id, start_offset, end_offset)
);

-- a chronology event: one happening, possibly reported by many sentences of many articles. Its date is the most
-- exact one its sources give; its casualty figures are the highest any source reports, each source keeping its own.
create table event (
    id              bigint generated always as identity primary key,
    type            varchar(32) not null,
    date_value      varchar(32) not null,  -- TIMEX3 value: 2024-01-28, 2024-W05, 2024-01, 2024
    date_earliest   date not null,         -- the interval the value stands for
    date_latest     date not null,
    precision       varchar(16) not null,
    precision_rank  smallint not null,     -- DatePrecision.rank(): larger is more exact, for minPrecision=
    date_basis      varchar(16) not null,  -- TIMEX, CAPTION, or PUBLICATION (on or before the publication date)
    place_key       varchar(200) references entity (key),
    summary         text not null,
    killed          integer,
    killed_at_least boolean not null default false,
    injured         integer,
    injured_at_least boolean not null default false,
    figures_differ  boolean not null default false,
    confidence      double precision not null,
    search_text     text not null,         -- NameKey form of summary, sentences and entity names, for q=
    -- what a page shows of the event's place, entities and sources, rendered by the event_*_json functions below
    -- in the transaction that links an entity, adds a source or changes an entity's names, so that a page is one
    -- index range scan with no per-event subqueries (denormalized for speed; the tables below stay the truth)
    place           json,
    entities        json not null default '[]',
    sources         json not null default '[]',
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index event_chronology on event (date_earliest, id);
create index event_type on event (type, date_earliest, id);
create index event_place on event (place_key, date_earliest, id);
create index event_search on event using gin (search_text gin_trgm_ops);
-- the events whose interval straddles a from= day (a month, a year that began before it), found without scanning
-- the years before it: (earliest, latest] holds the day exactly when earliest < day <= latest, so the index returns
-- no event that begins on the day itself (those the ordered date_earliest scan finds) and no one-day event at all
create index event_span on event using gist (daterange(date_earliest, date_latest, '(]'));

-- one sentence that reports an event, with what that sentence says (its own date and figures)
create table event_source (
    id              bigint generated always as identity primary key,
    event_id        bigint not null references event (id) on delete cascade,
    segment_id      varchar(96) not null references segment (id) on delete cascade,
    article_id      varchar(64) not null references article (id) on delete cascade,
    lang            varchar(16),
    type            varchar(32) not null,
    sentence_start  integer not null,
    sentence_end    integer not null,
    sentence        text not null,
    trigger         text,
    trigger_start   integer,
    date_value      varchar(32) not null,
    precision       varchar(16) not null,
    date_basis      varchar(16) not null,
    killed          integer,
    killed_at_least boolean not null default false,
    injured         integer,
    injured_at_least boolean not null default false,
    confidence      double precision not null,
    joined_because  text,                  -- why this source was merged into an existing event; null for the first
    unique (segment_id, sentence_start, type, date_value, trigger_start)
);
create index event_source_event on event_source (event_id);
create index event_source_article on event_source (article_id, event_id);
create index event_source_lang on event_source (lang, event_id);

create table event_entity (
    event_id        bigint not null references event (id) on delete cascade,
    entity_key      varchar(200) not null references entity (key),
    role            varchar(16) not null,  -- PLACE, ACTOR, TARGET, or MENTIONED in a reporting sentence
    primary key (event_id, entity_key, role)
);
create index event_entity_key on event_entity (entity_key, event_id);

-- What a page shows of an event, rendered once by the store (and by bench/generate.sql) and sent as stored: the
-- JSON of the API (docs/timeline.md), absent values left out, so the service passes it through without parsing it.
-- The event_* functions are volatile on purpose: each of their reads takes a fresh snapshot, so an UPDATE that waited
-- for another ingest's lock on the event row renders what that ingest committed. (Every ingest that links an entity
-- also upserts it, and ON CONFLICT DO UPDATE locks the entity row even when it changes nothing, so an ingest that
-- renames an entity and one that links it to a new event are serialized as well.)

-- an entity as an event shows it
create function entity_ref_json(n entity, role varchar) returns json language sql immutable as $$
    select json_strip_nulls(json_build_object('key', n.key, 'type', n.type, 'name', n.name, 'nameAr', n.name_ar,
                                              'role', role, 'lat', n.lat, 'lon', n.lon))
$$;

-- the event's entities: place, actors, targets, then entities mentioned; an entity keeps its first role
create function event_entities_json(event bigint) returns json language sql volatile as $$
    select coalesce(json_agg(entity_ref_json(r.n, r.role) order by r.rank, (r.n).key), '[]'::json)
      from (select distinct on (n.key) n, x.role,
                   case x.role when 'PLACE' then 0 when 'ACTOR' then 1 when 'TARGET' then 2 else 3 end as rank
              from event_entity x join entity n on n.key = x.entity_key
             where x.event_id = event
             order by n.key, rank) r
$$;

-- the event's place as an entity, or null
create function event_place_json(event bigint) returns json language sql volatile as $$
    select entity_ref_json(n, x.role)
      from event_entity x join entity n on n.key = x.entity_key
     where x.event_id = event and x.role = 'PLACE'
     order by n.key limit 1
$$;

-- the event's sources in the order they arrived, with their article's title and publisher (an article row never
-- changes once stored); "at least" only with a figure
create function event_sources_json(event bigint) returns json language sql volatile as $$
    select coalesce(json_agg(json_strip_nulls(json_build_object(
                'articleId', s.article_id, 'segmentId', s.segment_id, 'text', s.sentence, 'lang', s.lang,
                'sentenceStart', s.sentence_start, 'sentenceEnd', s.sentence_end, 'trigger', s.trigger,
                'date', s.date_value, 'precision', s.precision,
                'killed', s.killed, 'killedAtLeast', case when s.killed is not null then s.killed_at_least end,
                'injured', s.injured, 'injuredAtLeast', case when s.injured is not null then s.injured_at_least end,
                'joinedBecause', s.joined_because, 'articleTitle', a.title, 'publisher', a.source,
                'publishedAt', a.published_at))
             order by s.id), '[]'::json)
      from event_source s join article a on a.id = s.article_id where s.event_id = event
$$;
