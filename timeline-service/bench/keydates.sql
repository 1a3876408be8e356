-- Tarikh key-dates load data (docs/keydates.md, "Speed"): one story of :articles articles (default 5,000) from five
-- outlets (source 'kd-story-1'..'kd-story-5'), published over 120 days, each with one segment and 8 sentences that
-- refer to days (most to a few dozen days that matter, soon after them; the rest anywhere in the story), beside
-- :others articles (default 50,000) of other stories on the same days. Deterministic (setseed). Run against an
-- EMPTY, migrated database that no test uses:
--   psql -v articles=5000 -v others=50000 -d keydates_bench -f bench/keydates.sql
\set ON_ERROR_STOP on
\if :{?articles}
\else
  \set articles 5000
\endif
\if :{?others}
\else
  \set others 50000
\endif
select setseed(0.19);

begin;
create temp table word (i int, w text) on commit drop;
insert into word select i - 1, w from unnest(string_to_array(
  'flu virus cases health minister confirmed school closed vaccine pandemic alert level hospital patients deaths '
  || 'outbreak travel mexico city officials said spread tests people infected world organisation warned border '
  || 'airport doses government emergency rise number new country week scientists strain children public', ' '))
  with ordinality as t(w, i);

create temp table kd_article (id text, source text, published date, n int) on commit drop;
insert into kd_article
select 'kd' || lpad(g::text, 10, '0'), case when g <= :articles then 'kd-story-' || (1 + g % 5)
       else 'kd-other-' || (1 + g % 40) end,
       date '2009-04-01' + (random() * 120)::int, g
  from generate_series(1, :articles + :others) g;

insert into article (id, title, source, lang, published_at, published_date, segment_total, text_length)
select id, 'Report ' || n, source, 'en', published::text, published, 1, 2000 from kd_article;
insert into segment (id, article_id, seq, kind, lang, text, start_offset, end_offset)
select id || '-0', id, 0, 'PARAGRAPH', 'en', 'Paragraph text', 0, 14 from kd_article;

-- 8 sentences per article: 6 of 10 refer to one of 30 days that matter, a few days before publication
insert into date_reference (segment_id, article_id, day, published, source, lang, sentence_start, sentence_end,
                            sentence, explicit)
select a.id || '-0', a.id, d.day, a.published, a.source, 'en', s * 200, s * 200 + 150,
       (select string_agg(w.w, ' ') from word w where w.i in ((a.n * 7 + s * 13) % 47, (a.n + s * 3) % 47,
               (a.n * 5 + s) % 47, (a.n * 11 + s * 7) % 47, (a.n * 3 + s * 17) % 47, (a.n + s) % 47))
         || ' on ' || to_char(d.day, 'FMDD FMMonth YYYY') || '.',
       s % 3 = 0
  from kd_article a cross join generate_series(0, 7) s
  cross join lateral (select case when random() < 0.6
      then least(a.published, date '2009-04-01' + 4 * ((a.n + s) % 30) + (random() * 2)::int)
      else a.published - (random() * 60)::int end as day) d;
commit;
analyze article;
analyze segment;
analyze date_reference;
