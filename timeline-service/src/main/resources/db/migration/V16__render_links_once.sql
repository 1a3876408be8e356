-- An event's document read the event's entity links three times (its place, its first four entities, how many there
-- are: two functions and a subquery, each a statement of its own in PL/pgSQL) and its languages twice (the render
-- wrote langs = event_langs(e.id) beside a document that called event_langs again). The render was the largest of the
-- ingest's statements in PostgreSQL (a quarter of its statement time in a 1,000-article replay, docs/benchmarks.md).
-- Now the links are read once, into the place, the entities and their count, and the render computes the languages
-- once and hands them to the document: the same documents (checked against the functions before, on a replayed
-- database of 6,643 events), in two statements per event fewer.

create or replace function event_doc(e event, langs text[]) returns json language plpgsql volatile
    set plan_cache_mode = force_generic_plan set enable_seqscan = off as $$
declare
    place json;
    entities json;
    entity_count bigint;
begin
    with l as materialized (
             select n.key, n.type, n.name, n.name_ar, n.lat, n.lon, x.role,
                    case x.role when 'PLACE' then 0 when 'ACTOR' then 1 when 'TARGET' then 2 else 3 end as rank
               from event_entity x join entity n on n.key = x.entity_key
              where x.event_id = e.id),
         d as (select distinct on (l.key) l.* from l order by l.key, l.rank)
    select (select json_strip_nulls(json_build_object('key', p.key, 'lat', p.lat, 'lon', p.lon))
              from l p where p.role = 'PLACE' order by p.key limit 1),
           (select coalesce(json_agg(json_strip_nulls(json_build_object('key', r.key, 'type', r.type,
                        'name', r.name, 'nameAr', nullif(r.name_ar, r.name), 'role', r.role))
                     order by r.rank, r.key), '[]'::json)
              from (select * from d order by d.rank, d.key limit 4) r),
           (select count(*) from d)
      into place, entities, entity_count;
    return json_strip_nulls(json_build_object(
               'id', e.id, 'date', e.date_value,
               'earliest', nullif(e.date_earliest::text, e.date_value),
               'latest', nullif(e.date_latest::text, e.date_value),
               'precision', e.precision, 'dateBasis', e.date_basis, 'type', e.type,
               'summary', coalesce(cut_text(e.summary, 120), e.summary),
               'killed', e.killed, 'killedAtLeast', case when e.killed is not null and e.killed_at_least then true end,
               'killedMin', case when e.killed_min <> e.killed then e.killed_min end,
               'injured', e.injured,
               'injuredAtLeast', case when e.injured is not null and e.injured_at_least then true end,
               'injuredMin', case when e.injured_min <> e.injured then e.injured_min end,
               'figuresDiffer', case when e.figures_differ then true end, 'confidence', e.confidence,
               'sourceCount', e.source_count, 'articleCount', e.article_count, 'outletCount', e.outlet_count,
               'langs', langs,
               'place', place, 'entities', entities,
               'entityCount', entity_count,
               'sources', event_sources_json(e.id)));
end
$$;

-- the document as it stands (its languages read here): for a render of one event outside the ingest
create or replace function event_doc(e event) returns json language plpgsql volatile
    set plan_cache_mode = force_generic_plan set enable_seqscan = off as $$
begin
    return event_doc(e, event_langs(e.id));
end
$$;

drop function event_place_json(bigint);
drop function event_entities_json(bigint);
