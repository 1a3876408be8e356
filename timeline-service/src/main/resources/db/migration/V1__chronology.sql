-- Tarikh's chronology: articles and their segments as read, what was found in them, and the events they report.
-- Offsets are UTF-16 offsets; segment offsets into the article text, mention/timex offsets into the segment text.

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
    name            text not null,
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

-- a chronology event: one happening, possibly reported by many sentences of many articles
create table event (
    id              bigint generated always as identity primary key,
    fingerprint     varchar(200) not null unique,
    type            varchar(32) not null,
    date_value      varchar(32) not null,  -- TIMEX3 value: 2024-01-28, 2024-W05, 2024-01, 2024
    date_earliest   date not null,         -- the interval the value stands for
    date_latest     date not null,
    precision       varchar(16) not null,
    date_basis      varchar(16) not null,  -- TIMEX, CAPTION, or PUBLICATION (on or before the publication date)
    place_key       varchar(200) references entity (key),
    summary         text not null,
    killed          integer,
    killed_at_least boolean not null default false,
    injured         integer,
    injured_at_least boolean not null default false,
    confidence      double precision not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index event_chronology on event (date_earliest, id);
create index event_type on event (type, date_earliest);

create table event_source (
    event_id        bigint not null references event (id) on delete cascade,
    segment_id      varchar(96) not null references segment (id) on delete cascade,
    article_id      varchar(64) not null references article (id) on delete cascade,
    sentence_start  integer not null,
    sentence_end    integer not null,
    sentence        text not null,
    trigger         text,
    killed          integer,
    killed_at_least boolean not null default false,
    injured         integer,
    injured_at_least boolean not null default false,
    primary key (event_id, segment_id, sentence_start)
);
create index event_source_article on event_source (article_id);

create table event_entity (
    event_id        bigint not null references event (id) on delete cascade,
    entity_key      varchar(200) not null references entity (key),
    role            varchar(16) not null,  -- ACTOR, TARGET, PLACE
    primary key (event_id, entity_key, role)
);
create index event_entity_key on event_entity (entity_key);
