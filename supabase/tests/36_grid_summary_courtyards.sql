-- 36 The grid panel's courtyard counts by risk level (grid_summary), against a hand count over the grid's subtree,
-- for a community and for one of its grids, as anon (courtyards and their colours are public) and after a change.

create temp table fx on commit drop as
select c.id community_id, (select g.id from public.grids g where g.parent_id = c.id order by g.code limit 1) grid_id
from public.grids c where c.level = 'community' order by c.code limit 1;
grant select on fx to anon, authenticated;

create or replace function pg_temp.hand_count(p_grid bigint) returns jsonb language sql stable as $$
  select jsonb_build_object(
    'red', count(*) filter (where c.risk_level = 'red'), 'orange', count(*) filter (where c.risk_level = 'orange'),
    'yellow', count(*) filter (where c.risk_level = 'yellow'), 'blue', count(*) filter (where c.risk_level = 'blue'))
  from public.courtyards c join public.grids g on g.id = c.grid_id
  where g.path @> array[p_grid]
$$;

select tests.ok((select (select count(distinct value) from jsonb_each(pg_temp.hand_count(community_id))) > 1 from fx),
  'fixture: the community has courtyards of more than one colour');

select tests.act_as_anon();
select tests.is((select public.grid_summary(community_id) -> 'courtyard_risks' from fx),
  (select pg_temp.hand_count(community_id) from fx), 'acting as anon: a community''s courtyards by colour, subtree included');
select tests.is((select public.grid_summary(grid_id) -> 'courtyard_risks' from fx),
  (select pg_temp.hand_count(grid_id) from fx), 'acting as anon: one grid''s courtyards by colour');
select tests.is(
  (select (select sum(value::int) from jsonb_each_text(s -> 'courtyard_risks'))::int = (s ->> 'courtyards')::int
   from fx, public.grid_summary(fx.community_id) s),
  true, 'acting as anon: the colours add up to the courtyard count');

reset role;
update public.courtyards set risk_level = 'red'
where id = (select c.id from public.courtyards c join public.grids g on g.id = c.grid_id, fx
            where g.path @> array[fx.grid_id] and c.risk_level <> 'red' order by c.id limit 1);
select tests.act_as_anon();
select tests.is((select (public.grid_summary(grid_id) -> 'courtyard_risks' ->> 'red')::int from fx),
  (select (pg_temp.hand_count(grid_id) ->> 'red')::int from fx), 'acting as anon: a courtyard turned red is counted red');
