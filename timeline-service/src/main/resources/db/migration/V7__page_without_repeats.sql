-- A page's event says each thing once (issue 16): `place` is where (its key and coordinates), its names are in
-- `entities` with the role PLACE, as every entity's; `earliest` and `latest` only when they are not `date` itself (a
-- day); an Arabic name only when it is not the name; "at least" only when true. Nothing a client could read before
-- is lost: each value left out is one the event already says.

-- where: the key and coordinates of the place (its names: the PLACE entry of `entities`)
create or replace function event_place_json(event bigint) returns json language sql volatile as $$
    select json_strip_nulls(json_build_object('key', n.key, 'lat', n.lat, 'lon', n.lon))
      from event_entity x join entity n on n.key = x.entity_key
     where x.event_id = event and x.role = 'PLACE'
     order by n.key limit 1
$$;

-- at most 4 entities on a page's event (place, actors, targets first), without coordinates (the place's are in
-- `place`); entityCount says how many it has
create or replace function event_entities_json(event bigint) returns json language sql volatile as $$
    select coalesce(json_agg(json_strip_nulls(json_build_object('key', (r.n).key, 'type', (r.n).type,
                'name', (r.n).name, 'nameAr', nullif((r.n).name_ar, (r.n).name), 'role', r.role))
             order by r.rank, (r.n).key), '[]'::json)
      from (select * from (select distinct on (n.key) n, x.role,
                   case x.role when 'PLACE' then 0 when 'ACTOR' then 1 when 'TARGET' then 2 else 3 end as rank
              from event_entity x join entity n on n.key = x.entity_key
             where x.event_id = event
             order by n.key, rank) d order by d.rank, (d.n).key limit 4) r
$$;

create or replace function event_doc(e event) returns json language sql volatile as $$
    select json_strip_nulls(json_build_object(
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
               'langs', event_langs(e.id),
               'place', event_place_json(e.id), 'entities', event_entities_json(e.id),
               'entityCount', (select count(distinct x.entity_key) from event_entity x where x.event_id = e.id),
               'sources', event_sources_json(e.id)))
$$;

update event e set doc = event_doc(e);
