-- A bounded event (issue 16): what a page shows of an event has a constant size however many sources report it,
-- and adding a source is constant work (a few index lookups and one row update), never a re-rendering of all of them.
--  * the event row keeps counts (sources, articles, outlets), the casualty range (min..max, "at least" of the max)
--    and its representative reports: the first report (earliest publication, then article and sentence: an order
--    that does not depend on arrival), the report with the most exact date, and one per language (event_lang);
--  * event_article and event_outlet say whether an article or an outlet already reports the event, so its count
--    moves only for a new one;
--  * event.doc shows those representatives only; every source is served paged from event_source
--    (GET /api/events/{id}/sources, index event_source_page).

-- each source knows its outlet and publication time (copied from its article at insert), and its report key: the
-- arrival-independent order of reports (publication time, then segment and sentence)
alter table event_source add column outlet text, add column published_at varchar(40), add column report_key text;

create function event_source_fill() returns trigger language plpgsql as $$
begin
    if new.outlet is null or new.published_at is null then
        select coalesce(new.outlet, nullif(a.source, ''), a.id), coalesce(new.published_at, a.published_at)
          into new.outlet, new.published_at from article a where a.id = new.article_id;
    end if;
    new.report_key := coalesce(new.published_at, '~') || ' ' || new.segment_id || ' '
                      || lpad(new.sentence_start::text, 9, '0') || ' ' || coalesce(new.trigger_start, 0);
    return new;
end
$$;
create trigger event_source_fill before insert on event_source for each row execute function event_source_fill();

update event_source s set outlet = coalesce(nullif(a.source, ''), a.id), published_at = a.published_at,
       report_key = coalesce(a.published_at, '~') || ' ' || s.segment_id || ' '
                    || lpad(s.sentence_start::text, 9, '0') || ' ' || coalesce(s.trigger_start, 0)
  from article a where a.id = s.article_id;
alter table event_source alter column outlet set not null, alter column report_key set not null;

-- an event's sources a page at a time, oldest or newest first, in one language or from one outlet
create index event_source_page on event_source (event_id, report_key, id);
create index event_source_page_lang on event_source (event_id, lang, report_key, id);
create index event_source_page_outlet on event_source (event_id, outlet, report_key, id);
drop index event_source_event;

create table event_article (
    event_id        bigint not null references event (id) on delete cascade,
    article_id      varchar(64) not null references article (id) on delete cascade,
    primary key (event_id, article_id)
);
create table event_outlet (
    event_id        bigint not null references event (id) on delete cascade,
    outlet          text not null,
    primary key (event_id, outlet)
);
-- one representative report per language: the first in report order
create table event_lang (
    event_id        bigint not null references event (id) on delete cascade,
    lang            varchar(16) not null,
    source_id       bigint not null references event_source (id) on delete cascade,
    report_key      text not null,
    primary key (event_id, lang)
);

alter table event add column source_count integer not null default 0,
                  add column article_count integer not null default 0,
                  add column outlet_count integer not null default 0,
                  add column killed_min integer,
                  add column injured_min integer,
                  add column first_source bigint,
                  add column first_key text,
                  add column exact_source bigint,
                  add column exact_key text,
                  add column exact_rank smallint;

-- DatePrecision.rank() in SQL
create function precision_rank(p varchar) returns smallint language sql immutable as $$
    select coalesce(array_position(array['NONE', 'CENTURY', 'DECADE', 'YEAR', 'QUARTER', 'MONTH', 'WEEK', 'DAY',
                                         'TIME'], upper(p)) - 1, 0)::smallint
$$;

-- Everything above recomputed from an event's sources: for this migration, the benchmark's generated data and an
-- article version that replaces an older one (rare). Ingest never calls it: it adds a source in constant work.
create function event_recount(ev bigint) returns void language plpgsql volatile as $$
begin
    delete from event_article where event_id = ev;
    insert into event_article select distinct event_id, article_id from event_source where event_id = ev;
    delete from event_outlet where event_id = ev;
    insert into event_outlet select distinct event_id, outlet from event_source where event_id = ev;
    delete from event_lang where event_id = ev;
    insert into event_lang
    select distinct on (lang) event_id, lang, id, report_key from event_source
     where event_id = ev and lang is not null order by lang, report_key, id;
    update event e set
        source_count = (select count(*) from event_source s where s.event_id = ev),
        article_count = (select count(*) from event_article a where a.event_id = ev),
        outlet_count = (select count(*) from event_outlet o where o.event_id = ev),
        (first_source, first_key) = (select s.id, s.report_key from event_source s where s.event_id = ev
                                      order by s.report_key, s.id limit 1),
        (exact_source, exact_key, exact_rank) = (
            select s.id, s.report_key, case when s.date_basis = 'PUBLICATION' then 0 else precision_rank(s.precision) end
              from event_source s where s.event_id = ev
             order by case when s.date_basis = 'PUBLICATION' then 0 else precision_rank(s.precision) end desc,
                      s.report_key, s.id limit 1),
        (killed, killed_min, killed_at_least, injured, injured_min, injured_at_least, figures_differ) = (
            select max(s.killed), min(s.killed),
                   coalesce(bool_and(s.killed_at_least) filter (where s.killed = k.mk), false),
                   max(s.injured), min(s.injured),
                   coalesce(bool_and(s.injured_at_least) filter (where s.injured = k.mi), false),
                   coalesce(max(s.killed) <> min(s.killed), false) or coalesce(max(s.injured) <> min(s.injured), false)
              from event_source s,
                   (select max(killed) mk, max(injured) mi from event_source where event_id = ev) k
             where s.event_id = ev)
     where e.id = ev;
    update event e set langs = (select coalesce(array_agg(l.lang order by l.lang), '{}') from event_lang l
                                  where l.event_id = ev) where e.id = ev;
end
$$;

-- the languages of an event: those of its representatives, one per language
create or replace function event_langs(event bigint) returns text[] language sql volatile as $$
    select coalesce(array_agg(l.lang order by l.lang), '{}') from event_lang l where l.event_id = event
$$;

-- the representative reports, in report order: the first, the most exact, the first in each language (a handful,
-- however many sources the event has)
create or replace function event_sources_json(event bigint) returns json language sql volatile as $$
    select coalesce(json_agg(json_strip_nulls(json_build_object(
                'articleId', s.article_id, 'segmentId', s.segment_id, 'text', s.sentence, 'lang', s.lang,
                'sentenceStart', s.sentence_start, 'sentenceEnd', s.sentence_end, 'trigger', s.trigger,
                'date', s.date_value, 'precision', s.precision,
                'killed', s.killed, 'killedAtLeast', case when s.killed is not null then s.killed_at_least end,
                'injured', s.injured, 'injuredAtLeast', case when s.injured is not null then s.injured_at_least end,
                'joinedBecause', s.joined_because, 'articleTitle', a.title, 'publisher', a.source,
                'publishedAt', s.published_at, 'url', a.url))
             order by s.report_key, s.id), '[]'::json)
      from event_source s join article a on a.id = s.article_id
     where s.id in (select e.first_source from event e where e.id = event
                    union select e.exact_source from event e where e.id = event
                    union select l.source_id from event_lang l where l.event_id = event)
$$;

-- at most 30 entities on a page's event (place, actors, targets first): the rest are on the entity timelines
create or replace function event_entities_json(event bigint) returns json language sql volatile as $$
    select coalesce(json_agg(entity_ref_json(r.n, r.role) order by r.rank, (r.n).key), '[]'::json)
      from (select * from (select distinct on (n.key) n, x.role,
                   case x.role when 'PLACE' then 0 when 'ACTOR' then 1 when 'TARGET' then 2 else 3 end as rank
              from event_entity x join entity n on n.key = x.entity_key
             where x.event_id = event
             order by n.key, rank) d order by d.rank, (d.n).key limit 30) r
$$;

-- the event as a page shows it: counts and languages added, "at least" only with a figure; killedMin/injuredMin
-- only when sources differ
create or replace function event_doc(e event) returns json language sql volatile as $$
    select json_strip_nulls(json_build_object(
               'id', e.id, 'date', e.date_value, 'earliest', e.date_earliest, 'latest', e.date_latest,
               'precision', e.precision, 'dateBasis', e.date_basis, 'type', e.type, 'summary', e.summary,
               'killed', e.killed, 'killedAtLeast', case when e.killed is not null then e.killed_at_least end,
               'killedMin', case when e.killed_min <> e.killed then e.killed_min end,
               'injured', e.injured, 'injuredAtLeast', case when e.injured is not null then e.injured_at_least end,
               'injuredMin', case when e.injured_min <> e.injured then e.injured_min end,
               'figuresDiffer', case when e.figures_differ then true end, 'confidence', e.confidence,
               'sourceCount', e.source_count, 'articleCount', e.article_count, 'outletCount', e.outlet_count,
               'langs', event_langs(e.id),
               'place', event_place_json(e.id), 'entities', event_entities_json(e.id),
               'sources', event_sources_json(e.id)))
$$;

do $$ declare r record; begin for r in select id from event loop perform event_recount(r.id); end loop; end $$;
update event e set doc = event_doc(e);
