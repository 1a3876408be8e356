-- Tarikh timeline-service load data: a chronology of :events events (default 100,000) with their entities
-- (Arabic and English names, coordinates), articles, segments, sources and event-entity links, shaped like what the
-- ingest path writes (same tables, NameKey-form aliases and search text, merged events with several sources and
-- differing figures). Deterministic (setseed). Run against an EMPTY, migrated database that no test uses:
--   psql -v events=100000 -d tarikh_bench -f bench/generate.sql
-- See docs/timeline.md, "Load figures".
\set ON_ERROR_STOP on
\if :{?events}
\else
  \set events 100000
\endif
select setseed(0.42);

begin;
-- names in both languages; an entity's names are these plus a district number past the first round
create temp table city (i int, en text, ar text, lat float8, lon float8) on commit drop;
insert into city values
 (0,'Baghdad','بغداد',33.31,44.36),(1,'Mosul','الموصل',36.34,43.13),(2,'Basra','البصرة',30.51,47.81),
 (3,'Erbil','أربيل',36.19,44.01),(4,'Kirkuk','كركوك',35.47,44.39),(5,'Fallujah','الفلوجة',33.35,43.78),
 (6,'Ramadi','الرمادي',33.42,43.30),(7,'Tikrit','تكريت',34.61,43.68),(8,'Najaf','النجف',32.03,44.35),
 (9,'Karbala','كربلاء',32.62,44.02),(10,'Damascus','دمشق',33.51,36.29),(11,'Aleppo','حلب',36.20,37.13),
 (12,'Homs','حمص',34.73,36.72),(13,'Idlib','إدلب',35.93,36.63),(14,'Deir ez-Zor','دير الزور',35.33,40.14),
 (15,'Raqqa','الرقة',35.95,39.01),(16,'Beirut','بيروت',33.89,35.50),(17,'Tyre','صور',33.27,35.20),
 (18,'Gaza','غزة',31.50,34.47),(19,'Khan Younis','خان يونس',31.34,34.31),(20,'Rafah','رفح',31.29,34.25),
 (21,'Jenin','جنين',32.46,35.30),(22,'Sanaa','صنعاء',15.37,44.19),(23,'Aden','عدن',12.79,45.03),
 (24,'Hodeidah','الحديدة',14.80,42.95),(25,'Marib','مأرب',15.46,45.32),(26,'Tripoli','طرابلس',32.89,13.19),
 (27,'Benghazi','بنغازي',32.12,20.09),(28,'Khartoum','الخرطوم',15.50,32.56),(29,'El Fasher','الفاشر',13.63,25.35);
create temp table org_name (i int, en text, ar text) on commit drop;
insert into org_name values
 (0,'Ministry of Defense','وزارة الدفاع'),(1,'Islamic Resistance','المقاومة الإسلامية'),
 (2,'Popular Mobilization Forces','قوات الحشد الشعبي'),(3,'United Nations','الأمم المتحدة'),
 (4,'Red Crescent','الهلال الأحمر'),(5,'Interior Ministry','وزارة الداخلية'),
 (6,'Coalition Forces','قوات التحالف'),(7,'Civil Defense','الدفاع المدني'),
 (8,'Health Ministry','وزارة الصحة'),(9,'Security Council','مجلس الأمن');
create temp table person_name (i int, en text, ar text) on commit drop;
insert into person_name values
 (0,'Ahmed Hassan','أحمد حسن'),(1,'Mohammed Ali','محمد علي'),(2,'Yusuf Ibrahim','يوسف إبراهيم'),
 (3,'Khaled Mahmoud','خالد محمود'),(4,'Omar Saeed','عمر سعيد'),(5,'Ali Hussein','علي حسين'),
 (6,'Mustafa Kamal','مصطفى كمال'),(7,'Ibrahim Salem','إبراهيم سالم'),(8,'Hassan Jaber','حسن جابر'),
 (9,'Fatima Zahra','فاطمة الزهراء');
create temp table kind (i int, type text, en text, ar text, weight int) on commit drop;
insert into kind values
 (0,'ATTACK','attack on','هجوم على',30),(1,'KILLING','people killed in','مقتل أشخاص في',15),
 (2,'INJURY','people injured in','إصابة أشخاص في',10),(3,'STATEMENT','statement on','بيان بشأن',15),
 (4,'CONDEMNATION','condemnation of the attack in','إدانة الهجوم في',8),(5,'CLAIM','claim of the attack in','تبني الهجوم في',6),
 (6,'MEETING','meeting in','اجتماع في',8),(7,'WITHDRAWAL','withdrawal from','انسحاب من',4),
 (8,'AGREEMENT','agreement in','اتفاق في',4);

-- the same NameKey folding the service applies (lower case, alef/hamza, ya, ta marbuta), for the names used here
create function pg_temp.name_key(t text) returns text language sql immutable as
$$ select lower(translate(t, 'أإآٱىةؤئ-', 'اااايهوي ')) $$;

-- entities: 1,500 places, 300 organizations, 700 people
insert into entity (key, type, name, name_ar, lat, lon)
select 'location:bench-' || g, case when g % 5 = 0 then 'FACILITY' else 'LOCATION' end,
       c.en || case when g >= 30 then ' district ' || (g / 30) else '' end,
       c.ar || case when g >= 30 then ' الحي ' || (g / 30) else '' end,
       c.lat + (random() - 0.5) * 0.4, c.lon + (random() - 0.5) * 0.4
  from generate_series(0, 1499) g join city c on c.i = g % 30;
insert into entity (key, type, name, name_ar)
select 'org:bench-' || g, 'ORGANIZATION', o.en || case when g >= 10 then ' ' || (g / 10) else '' end,
       o.ar || case when g >= 10 then ' ' || (g / 10) else '' end
  from generate_series(0, 299) g join org_name o on o.i = g % 10;
insert into entity (key, type, name, name_ar)
select 'person:bench-' || g, 'PERSON', p.en || case when g >= 10 then ' ' || (g / 10) else '' end,
       p.ar || case when g >= 10 then ' ' || (g / 10) else '' end
  from generate_series(0, 699) g join person_name p on p.i = g % 10;
insert into entity_alias (entity_key, alias, normalized, lang)
select key, name, pg_temp.name_key(name), 'en' from entity
union all
select key, name_ar, pg_temp.name_key(name_ar), 'ar' from entity;

-- articles (one per two events) with two segments each
insert into article (id, title, source, lang, published_at, published_date, segment_total, text_length)
select 'bench' || lpad(g::text, 11, '0'), 'تقرير رقم ' || g, (array['الجزيرة','رويترز','Reuters','AFP','العربية'])[1 + g % 5],
       case when g % 10 < 7 then 'ar' else 'en' end,
       d::text, d, 2, 400
  from (select g, date '2014-01-01' + (random() * 3900)::int as d from generate_series(1, greatest(:events / 2, 1)) g) a;
insert into segment (id, article_id, seq, kind, lang, text, start_offset, end_offset)
select a.id || '-' || s, a.id, s, case s when 0 then 'HEADLINE' else 'PARAGRAPH' end, a.lang,
       case when a.lang = 'ar' then 'نص الفقرة ' || s else 'Paragraph text ' || s end, s * 200, s * 200 + 14
  from article a cross join generate_series(0, 1) s where a.id like 'bench%';

-- events
create temp table ev on commit drop as
select g as n, k.type, k.en as verb_en, k.ar as verb_ar,
       (random() * 1499)::int as place, (random() * 299)::int as org, (random() * 699)::int as person,
       date '2014-01-01' + (random() * 3900)::int as day,
       (array['DAY','DAY','DAY','DAY','DAY','DAY','DAY','DAY','DAY','DAY','DAY','DAY','DAY','DAY','DAY',
              'MONTH','MONTH','WEEK','YEAR','YEAR'])[1 + (random() * 19)::int] as precision,
       case when random() < 0.5 then (random() * 40)::int end as killed,
       case when random() < 0.5 then (random() * 120)::int end as injured,
       1 + (random() * 2.2)::int as sources
  from generate_series(1, :events) g
  cross join lateral (select * from kind k order by random() * k.weight * (g > 0)::int desc limit 1) k;
-- ^ lateral with a volatile order: a weighted pick per row

insert into event (id, type, date_value, date_earliest, date_latest, precision, precision_rank, date_basis, place_key,
                   summary, killed, killed_at_least, injured, injured_at_least, figures_differ, confidence, search_text)
overriding system value
select e.n, e.type,
       case e.precision when 'DAY' then to_char(e.day, 'YYYY-MM-DD') when 'MONTH' then to_char(e.day, 'YYYY-MM')
            when 'WEEK' then to_char(e.day, 'IYYY-"W"IW') else to_char(e.day, 'YYYY') end,
       case e.precision when 'DAY' then e.day when 'MONTH' then date_trunc('month', e.day)::date
            when 'WEEK' then date_trunc('week', e.day)::date else date_trunc('year', e.day)::date end,
       case e.precision when 'DAY' then e.day
            when 'MONTH' then (date_trunc('month', e.day) + interval '1 month - 1 day')::date
            when 'WEEK' then (date_trunc('week', e.day) + interval '6 days')::date
            else (date_trunc('year', e.day) + interval '1 year - 1 day')::date end,
       e.precision, case e.precision when 'DAY' then 7 when 'WEEK' then 6 when 'MONTH' then 5 else 3 end,
       'TIMEX', 'location:bench-' || e.place,
       e.verb_ar || ' ' || p.name_ar, e.killed, e.killed is not null and random() < 0.3,
       e.injured, e.injured is not null and random() < 0.3, e.sources > 1 and random() < 0.3,
       0.5 + random() / 2,
       pg_temp.name_key(e.verb_ar || ' ' || p.name_ar || ' ' || e.verb_en || ' ' || p.name || ' ' || o.name || ' '
                        || o.name_ar || ' ' || r.name || ' ' || r.name_ar)
  from ev e
  join entity p on p.key = 'location:bench-' || e.place
  join entity o on o.key = 'org:bench-' || e.org
  join entity r on r.key = 'person:bench-' || e.person;
select setval(pg_get_serial_sequence('event', 'id'), (select max(id) from event));

insert into event_entity (event_id, entity_key, role)
select n, 'location:bench-' || place, 'PLACE' from ev
union all select n, 'org:bench-' || org, 'ACTOR' from ev
union all select n, 'person:bench-' || person, case when type in ('STATEMENT', 'MEETING') then 'ACTOR' else 'TARGET' end from ev
on conflict do nothing;

-- each event reported by 1 to 3 sentences of different articles; later sources say why they joined
insert into event_source (event_id, segment_id, article_id, lang, type, sentence_start, sentence_end, sentence,
                          trigger, trigger_start, date_value, precision, date_basis, killed, killed_at_least, injured,
                          injured_at_least, confidence, joined_because)
select e.n, a.id || '-1', a.id, a.lang, e.type, e.n, e.n + 80, -- offsets unique per event
       case when a.lang = 'ar' then e.verb_ar || ' ' || p.name_ar || ' بحسب مصادر محلية'
            else initcap(e.verb_en) || ' ' || p.name || ', local sources said' end,
       split_part(e.verb_en, ' ', 1), 0, ev.date_value, ev.precision, 'TIMEX',
       case when e.killed is null then null else greatest(e.killed - s.k, 0) end, false,
       case when e.injured is null then null else greatest(e.injured - s.k * 3, 0) end, s.k > 0,
       0.8, case when s.k > 0 then 'same type ' || e.type || '; same date ' || ev.date_value || '; same place '
                                   || 'location:bench-' || e.place end
  from ev e
  join event ev on ev.id = e.n
  join entity p on p.key = 'location:bench-' || e.place
  cross join lateral generate_series(0, e.sources - 1) s(k)
  join article a on a.id = 'bench' || lpad((1 + (e.n * 7 + s.k * 104729) % greatest(:events / 2, 1))::text, 11, '0');
commit;
analyze;

-- what the service keeps at ingest: each event's counts, figures and representative reports (event_recount, from
-- its sources), and the event as a page shows it (the same function); the trigram index is rebuilt afterwards
-- rather than updated row by row
begin;
drop index event_search;
do $$ declare r record; begin for r in select id from event loop perform event_recount(r.id); end loop; end $$;
update event e set doc = event_doc(e);
create index event_search on event using gin (search_text gin_trgm_ops);
commit;

vacuum analyze event, event_source, event_entity, entity, entity_alias, article, segment;
select (select count(*) from event) as events, (select count(*) from event_source) as sources,
       (select count(*) from event_entity) as links, (select count(*) from entity) as entities,
       (select count(*) from article) as articles;
