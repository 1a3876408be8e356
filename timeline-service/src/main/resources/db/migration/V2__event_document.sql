-- What a page of the chronology reads, made cheap to read (docs/timeline.md, "Load figures"):
--  * each event carries its whole rendering, the JSON object the API shows (ChronologyEvent), instead of three
--    rendered parts the service stitched together with the scalar columns: a JSON page is the events' documents
--    copied as PostgreSQL sends them, no sentence decoded into a Java string and encoded again;
--  * an event row is kept uncompressed and in line up to a full page, so a page does not decompress 50 documents;
--  * each event knows the languages it is reported in (lang=), without a semi-join to its sources per row;
--  * each entity's events are kept in date order (entity_timeline), so an entity's page reads the first 50 of its
--    events instead of all of them and sorting.
-- The store writes the document and languages in the transaction that changes the event, its sources or an entity it
-- links (event_doc, event_langs); triggers keep entity_timeline in step with event_entity and event dates. The
-- tables these are drawn from stay the truth.

-- a row of up to ~8 KB stays in the heap page uncompressed (the default, 2 KB, compressed most events' documents)
alter table event set (toast_tuple_target = 8160);

alter table event add column doc json not null default '{}';
alter table event add column langs text[] not null default '{}';

-- the event as a page shows it: absent values left out, "at least" only with a figure, figuresDiffer only when true
create function event_doc(e event) returns json language sql volatile as $$
    select json_strip_nulls(json_build_object(
               'id', e.id, 'date', e.date_value, 'earliest', e.date_earliest, 'latest', e.date_latest,
               'precision', e.precision, 'dateBasis', e.date_basis, 'type', e.type, 'summary', e.summary,
               'killed', e.killed, 'killedAtLeast', case when e.killed is not null then e.killed_at_least end,
               'injured', e.injured, 'injuredAtLeast', case when e.injured is not null then e.injured_at_least end,
               'figuresDiffer', case when e.figures_differ then true end, 'confidence', e.confidence,
               'place', event_place_json(e.id), 'entities', event_entities_json(e.id),
               'sources', event_sources_json(e.id)))
$$;

-- the languages of the sentences that report the event
create function event_langs(event bigint) returns text[] language sql volatile as $$
    select coalesce(array_agg(distinct s.lang order by s.lang) filter (where s.lang is not null), '{}')
      from event_source s where s.event_id = event
$$;

-- every row is written again here, uncompressed under the new toast_tuple_target
update event e set doc = event_doc(e), langs = event_langs(e.id);

-- the parts are in the document now
alter table event drop column place, drop column entities, drop column sources;
-- lang= is a filter on the event row now (two or three languages: an index would not narrow a page)
drop index event_source_lang;

-- each entity's events in date order: the date is the event's date_earliest, kept so by the triggers below
create table entity_timeline (
    event_id        bigint not null references event (id) on delete cascade,
    entity_key      varchar(200) not null references entity (key),
    date_earliest   date not null,
    primary key (event_id, entity_key)
);
create index entity_timeline_order on entity_timeline (entity_key, date_earliest, event_id);

insert into entity_timeline (event_id, entity_key, date_earliest)
select distinct x.event_id, x.entity_key, e.date_earliest from event_entity x join event e on e.id = x.event_id;

-- an entity linked to an event in any role puts the event on the entity's timeline (once)
create function entity_timeline_link() returns trigger language plpgsql as $$
begin
    insert into entity_timeline (event_id, entity_key, date_earliest)
    select new.event_id, new.entity_key, e.date_earliest from event e where e.id = new.event_id
    on conflict do nothing;
    return null;
end
$$;
create trigger entity_timeline_link after insert on event_entity
    for each row execute function entity_timeline_link();

-- and the last role gone takes it off
create function entity_timeline_unlink() returns trigger language plpgsql as $$
begin
    delete from entity_timeline t
     where t.event_id = old.event_id and t.entity_key = old.entity_key
       and not exists (select 1 from event_entity x where x.event_id = old.event_id and x.entity_key = old.entity_key);
    return null;
end
$$;
create trigger entity_timeline_unlink after delete on event_entity
    for each row execute function entity_timeline_unlink();

-- an event whose date becomes more exact moves on its entities' timelines
create function entity_timeline_redate() returns trigger language plpgsql as $$
begin
    update entity_timeline set date_earliest = new.date_earliest where event_id = new.id;
    return null;
end
$$;
create trigger entity_timeline_redate after update of date_earliest on event
    for each row when (old.date_earliest is distinct from new.date_earliest)
    execute function entity_timeline_redate();
