-- Rendering an event's document was 43 % of PostgreSQL's statement time in the ingest (issue 16 throughput,
-- docs/benchmarks.md): event_doc and the functions it calls were `language sql` functions that PostgreSQL does not
-- inline (they read tables), so each call parsed, analysed and planned their bodies again: 1.8 ms per event, of which
-- the nested functions' planning alone was ~1.6 ms. As PL/pgSQL functions their statements are prepared once per
-- connection, and a generic plan (each is a lookup by an event's id: one plan fits every id) is kept, instead of the
-- custom plan per call that the connections' plan_cache_mode=force_custom_plan would ask for. That generic plan is made
-- on a connection's first call, and on a young database the tables are empty then: it read event_source and entity
-- by sequential scans, kept while they grew (16.8 million event_source rows read for 3,883 renders in a 400-article
-- benchmark from an empty database); every statement here is a lookup by key that an index answers, so these
-- functions plan without sequential scans. Same documents.

create or replace function event_langs(event bigint) returns text[] language plpgsql volatile
    set plan_cache_mode = force_generic_plan set enable_seqscan = off as $$
begin
    return (select coalesce(array_agg(l.lang order by l.lang), '{}') from event_lang l where l.event_id = $1);
end
$$;

create or replace function event_place_json(event bigint) returns json language plpgsql volatile
    set plan_cache_mode = force_generic_plan set enable_seqscan = off as $$
begin
    return (select json_strip_nulls(json_build_object('key', n.key, 'lat', n.lat, 'lon', n.lon))
              from event_entity x join entity n on n.key = x.entity_key
             where x.event_id = $1 and x.role = 'PLACE'
             order by n.key limit 1);
end
$$;

create or replace function event_entities_json(event bigint) returns json language plpgsql volatile
    set plan_cache_mode = force_generic_plan set enable_seqscan = off as $$
begin
    return (select coalesce(json_agg(json_strip_nulls(json_build_object('key', (r.n).key, 'type', (r.n).type,
                        'name', (r.n).name, 'nameAr', nullif((r.n).name_ar, (r.n).name), 'role', r.role))
                     order by r.rank, (r.n).key), '[]'::json)
              from (select * from (select distinct on (n.key) n, x.role,
                           case x.role when 'PLACE' then 0 when 'ACTOR' then 1 when 'TARGET' then 2 else 3 end as rank
                      from event_entity x join entity n on n.key = x.entity_key
                     where x.event_id = $1
                     order by n.key, rank) d order by d.rank, (d.n).key limit 4) r);
end
$$;

create or replace function event_sources_json(event bigint) returns json language plpgsql volatile
    set plan_cache_mode = force_generic_plan set enable_seqscan = off as $$
begin
    return (with e as (select x.first_source, x.exact_source from event x where x.id = $1),
                 lead as (select s.id, s.lang from event_source s, e where s.id in (e.first_source, e.exact_source)),
                 rep as (select id from lead
                         union select l.source_id from event_lang l
                          where l.event_id = $1 and l.lang not in (select coalesce(lang, '') from lead))
            select coalesce(json_agg(json_strip_nulls(json_build_object(
                        'articleId', s.article_id, 'segmentId', s.segment_id,
                        'text', coalesce(cut_text(s.sentence, 100), s.sentence),
                        'textCut', case when length(s.sentence) > 100 then true end, 'lang', s.lang,
                        'date', nullif(s.date_value, v.date_value),
                        'precision', case when s.date_value <> v.date_value then s.precision end,
                        'killed', s.killed,
                        'killedAtLeast', case when s.killed is not null and s.killed_at_least then true end,
                        'injured', s.injured,
                        'injuredAtLeast', case when s.injured is not null and s.injured_at_least then true end,
                        'publisher', nullif(s.outlet, s.article_id), 'publishedAt', s.published_at))
                     order by s.report_key, s.id), '[]'::json)
              from event_source s join event v on v.id = s.event_id where s.id in (select id from rep));
end
$$;

create or replace function event_doc(e event) returns json language plpgsql volatile
    set plan_cache_mode = force_generic_plan set enable_seqscan = off as $$
begin
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
               'langs', event_langs(e.id),
               'place', event_place_json(e.id), 'entities', event_entities_json(e.id),
               'entityCount', (select count(distinct x.entity_key) from event_entity x where x.event_id = e.id),
               'sources', event_sources_json(e.id)));
end
$$;
