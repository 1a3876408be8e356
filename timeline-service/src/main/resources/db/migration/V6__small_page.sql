-- A page of 50 events stays far under 64 KB however many sources, entities and words an event has (issue 16): the
-- document carries what a list, a map and an export need; the detail of every source is GET /api/events/{id}/sources.

-- a text cut to n characters on a word boundary when one is near, with an ellipsis; null when it is not longer
create function cut_text(t text, n int) returns text language sql immutable as $$
    select case when length(t) <= n then null
                else coalesce(nullif(substring(left(t, n) from '^(.*\S)\s+\S*$'), ''), left(t, n - 1))
                     || '…' end
$$;

-- the representatives, each once: the first report, the most exact one when it is another, and the first report in
-- each language neither of those is in (so at most one more per language); the sentence at most 100 characters, without its offsets; its own date
-- only when it is not the event's, "at least" only when true
-- (textCut: the whole is on the sources endpoint and in the segment at sentenceStart..sentenceEnd); the article's
-- title and address, the trigger and why it joined are on the sources endpoint
create or replace function event_sources_json(event bigint) returns json language sql volatile as $$
    with e as (select x.first_source, x.exact_source from event x where x.id = $1),
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
                'killed', s.killed, 'killedAtLeast', case when s.killed is not null and s.killed_at_least then true end,
                'injured', s.injured,
                'injuredAtLeast', case when s.injured is not null and s.injured_at_least then true end,
                'publisher', nullif(s.outlet, s.article_id), 'publishedAt', s.published_at))
             order by s.report_key, s.id), '[]'::json)
      from event_source s join event v on v.id = s.event_id where s.id in (select id from rep)
$$;

-- at most 4 entities on a page's event (place, actors, targets first; coordinates on the place only); entityCount says how many it has
create or replace function event_entities_json(event bigint) returns json language sql volatile as $$
    select coalesce(json_agg(json_strip_nulls(json_build_object('key', (r.n).key, 'type', (r.n).type,
                'name', (r.n).name, 'nameAr', (r.n).name_ar, 'role', r.role,
                'lat', case when r.rank = 0 then (r.n).lat end, 'lon', case when r.rank = 0 then (r.n).lon end))
             order by r.rank, (r.n).key), '[]'::json)
      from (select * from (select distinct on (n.key) n, x.role,
                   case x.role when 'PLACE' then 0 when 'ACTOR' then 1 when 'TARGET' then 2 else 3 end as rank
              from event_entity x join entity n on n.key = x.entity_key
             where x.event_id = event
             order by n.key, rank) d order by d.rank, (d.n).key limit 4) r
$$;

create or replace function event_doc(e event) returns json language sql volatile as $$
    select json_strip_nulls(json_build_object(
               'id', e.id, 'date', e.date_value, 'earliest', e.date_earliest, 'latest', e.date_latest,
               'precision', e.precision, 'dateBasis', e.date_basis, 'type', e.type,
               'summary', coalesce(cut_text(e.summary, 120), e.summary),
               'killed', e.killed, 'killedAtLeast', case when e.killed is not null then e.killed_at_least end,
               'killedMin', case when e.killed_min <> e.killed then e.killed_min end,
               'injured', e.injured, 'injuredAtLeast', case when e.injured is not null then e.injured_at_least end,
               'injuredMin', case when e.injured_min <> e.injured then e.injured_min end,
               'figuresDiffer', case when e.figures_differ then true end, 'confidence', e.confidence,
               'sourceCount', e.source_count, 'articleCount', e.article_count, 'outletCount', e.outlet_count,
               'langs', event_langs(e.id),
               'place', event_place_json(e.id), 'entities', event_entities_json(e.id),
               'entityCount', (select count(distinct x.entity_key) from event_entity x where x.event_id = e.id),
               'sources', event_sources_json(e.id)))
$$;

update event e set doc = event_doc(e);
