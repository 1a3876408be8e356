-- The most exact report of an event: one dated only by its article's publication ranks 0, below any report whose text
-- dates it, as event_recount and a copy's sources have always ranked it. A new report counted into an event gave it its
-- precision's rank instead, so an event first told without a date kept that report as its most exact even after a
-- report with the date in its words. Events whose most exact report is dated by publication are ranked again here,
-- and their documents rendered again.
create temporary table v15_events on commit drop as
    select e.id from event e join event_source s on s.id = e.exact_source where s.date_basis = 'PUBLICATION';

update event e set (exact_source, exact_key, exact_rank) = (
        select s.id, s.report_key, case when s.date_basis = 'PUBLICATION' then 0 else precision_rank(s.precision) end
          from event_source s where s.event_id = e.id
         order by case when s.date_basis = 'PUBLICATION' then 0 else precision_rank(s.precision) end desc,
                  s.report_key, s.id limit 1)
 where e.id in (select id from v15_events);

update event e set doc = event_doc(e) where e.id in (select id from v15_events);
