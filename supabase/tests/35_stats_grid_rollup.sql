-- 35 The 小网格 rollup: stats_dashboard over one 小网格 with month buckets reads whole months from the rollups
-- (private.stats_months, private.stats_grid_months depth 3) and counts only the edge days from the incidents; with
-- week buckets it counts every incident. Both must give the same figures, to the digit, for every role, and stay so
-- as incidents are written. Fixture: a community far from the demo district, its 小网格 G1 holding two 微网格 M1
-- and M2 in its southern half (the northern half lies in no 微网格), and a second 小网格 G2. Range 2021-02-15 ..
-- 2021-05-10 (whole months March and April; days in Asia/Shanghai).
--
--   incident  grid  category    source   department  reported (+08)     resolved (+08)     status    rating  hours
--   a         M1    water_pipe  wechat   water       2021-02-20 10:00   2021-03-02 10:00   closed    4       240
--   b         M1    dispute*    visit    police      2021-03-05 08:00   2021-03-05 20:00   closed    5       12
--   c         M2    sanitation  hotline  -           2021-03-31 23:00   2021-04-01 01:00   resolved  -       2
--   d         G1    water_pipe  wechat   -           2021-04-10 09:00   2021-05-20 09:00   resolved  -       960 (after the range)
--   e         M2    water_pipe  patrol   water       2021-04-15 12:00   2021-04-16 12:00   closed    -       24 (reopened below)
--   f         M1    sanitation  wechat   -           2021-05-03 10:00   2021-05-04 10:00   closed    3       24
--   g         G2    water_pipe  wechat   -           2021-03-10 10:00   2021-03-11 10:00   closed    -       (other 小网格)
--   h         M1    dispute*    hotline  police      2021-04-20 10:00   2021-04-22 10:00   closed    2       48
--   i         M2    water_pipe  wechat   water       2021-02-10 10:00   2021-02-16 10:00   closed    1       144 (reported before)
--   j         M1    sanitation  council  -           2021-05-12 10:00   -                  pending           (after the range)
--   k         M2    dispute*    visit    police      2021-03-20 10:00   2021-03-21 10:00   closed    -       24
--   (* sensitive: staff of the grid subtree only)
-- G1 over the range: received a b c d e f h k (8), all solved now; resolved i a b k c e h f (8; d after the range).

create temp table sr_grid on commit drop as select 0::bigint c, 0::bigint g1, 0::bigint g2, 0::bigint m1, 0::bigint m2;
grant select on sr_grid to anon, authenticated;
insert into public.grids (parent_id, level, code, name, geom)
values (null, 'community', 'T-ROLL', '汇总测试社区', extensions.st_multi(extensions.st_makeenvelope(101.00, 31.00, 101.04, 31.01, 4326)));
insert into public.grids (parent_id, level, code, name, geom)
select g.id, 'grid', v.code, v.name, extensions.st_multi(extensions.st_makeenvelope(v.x0, 31.00, v.x0 + 0.02, 31.01, 4326))
from public.grids g, (values ('T-ROLL-1', '汇总一格', 101.00), ('T-ROLL-2', '汇总二格', 101.02)) v (code, name, x0)
where g.code = 'T-ROLL';
insert into public.grids (parent_id, level, code, name, geom)
select g.id, 'micro', v.code, v.name, extensions.st_multi(extensions.st_makeenvelope(v.x0, 31.00, v.x0 + 0.01, 31.005, 4326))
from public.grids g, (values ('T-ROLL-1-1', '汇总微网格一', 101.00), ('T-ROLL-1-2', '汇总微网格二', 101.01)) v (code, name, x0)
where g.code = 'T-ROLL-1';
update sr_grid set c = (select id from public.grids where code = 'T-ROLL'), g1 = (select id from public.grids where code = 'T-ROLL-1'),
  g2 = (select id from public.grids where code = 'T-ROLL-2'), m1 = (select id from public.grids where code = 'T-ROLL-1-1'),
  m2 = (select id from public.grids where code = 'T-ROLL-1-2');

create or replace function pg_temp.pt(p_where text) returns extensions.geometry language sql immutable as $$
  select extensions.st_setsrid(case p_where when 'M1' then extensions.st_makepoint(101.005, 31.002)
    when 'M2' then extensions.st_makepoint(101.015, 31.002) when 'G1' then extensions.st_makepoint(101.01, 31.008)
    else extensions.st_makepoint(101.03, 31.005) end, 4326)
$$;
create or replace function pg_temp.dept(p_code text) returns smallint language sql stable as $$
  select id from public.departments where code = p_code
$$;

insert into public.incidents (title, category, source, status, location, grid_id, department_id, reported_at, due_at,
  resolved_at, closed_at, rating, rated_at)
select v.title, v.category, v.source, v.status, pg_temp.pt(v.place), 0, pg_temp.dept(v.dept), v.rep, v.rep + interval '3 days',
  v.res, case when v.status = 'closed' then v.res + interval '1 day' end, v.rating,
  case when v.rating is not null then v.res + interval '1 day' end
from (values
  ('a', 'water_pipe', 'wechat', 'closed', 'M1', 'water', '2021-02-20 10:00+08'::timestamptz, '2021-03-02 10:00+08'::timestamptz, 4::smallint),
  ('b', 'dispute', 'visit', 'closed', 'M1', 'police', '2021-03-05 08:00+08', '2021-03-05 20:00+08', 5),
  ('c', 'sanitation', 'hotline', 'resolved', 'M2', null, '2021-03-31 23:00+08', '2021-04-01 01:00+08', null),
  ('d', 'water_pipe', 'wechat', 'resolved', 'G1', null, '2021-04-10 09:00+08', '2021-05-20 09:00+08', null),
  ('e', 'water_pipe', 'patrol', 'closed', 'M2', 'water', '2021-04-15 12:00+08', '2021-04-16 12:00+08', null),
  ('f', 'sanitation', 'wechat', 'closed', 'M1', null, '2021-05-03 10:00+08', '2021-05-04 10:00+08', 3),
  ('g', 'water_pipe', 'wechat', 'closed', 'G2', null, '2021-03-10 10:00+08', '2021-03-11 10:00+08', null),
  ('h', 'dispute', 'hotline', 'closed', 'M1', 'police', '2021-04-20 10:00+08', '2021-04-22 10:00+08', 2),
  ('i', 'water_pipe', 'wechat', 'closed', 'M2', 'water', '2021-02-10 10:00+08', '2021-02-16 10:00+08', 1),
  ('j', 'sanitation', 'council', 'pending', 'M1', null, '2021-05-12 10:00+08', null, null),
  ('k', 'dispute', 'visit', 'closed', 'M2', 'police', '2021-03-20 10:00+08', '2021-03-21 10:00+08', null)
) v (title, category, source, status, place, dept, rep, res, rating);

select tests.is((select string_agg(i.title || ':' || g.code, ' ' order by i.title) from public.incidents i
                 join public.grids g on g.id = i.grid_id where i.title ~ '^[a-k]$' and g.code like 'T-ROLL%'),
  'a:T-ROLL-1-1 b:T-ROLL-1-1 c:T-ROLL-1-2 d:T-ROLL-1 e:T-ROLL-1-2 f:T-ROLL-1-1 g:T-ROLL-2 h:T-ROLL-1-1 i:T-ROLL-1-2 j:T-ROLL-1-1 k:T-ROLL-1-2',
  'the fixture''s incidents lie in the grids the table above says (d in G1 itself, outside both 微网格)');

-- Users: a street admin, the fixture community's admin, a worker of M1, another community's admin.
insert into auth.users (id, email) values
  ('35000000-0000-4000-8000-000000000001', 'admin@rollup.test'), ('35000000-0000-4000-8000-000000000002', 'community@rollup.test'),
  ('35000000-0000-4000-8000-000000000003', 'worker@rollup.test'), ('35000000-0000-4000-8000-000000000004', 'other@rollup.test');
insert into public.profiles (user_id, display_name, role, grid_id, department_id) values
  ('35000000-0000-4000-8000-000000000001', '街道 汇总', 'district_admin', null, null),
  ('35000000-0000-4000-8000-000000000002', '社区 汇总', 'community_admin', (select c from sr_grid), null),
  ('35000000-0000-4000-8000-000000000003', '网格员 汇总', 'grid_worker', (select m1 from sr_grid), null),
  ('35000000-0000-4000-8000-000000000004', '别的社区 汇总', 'community_admin',
    (select id from public.grids where level = 'community' and code not in ('T-ROLL') order by code limit 1), null);

-- G1's dashboard over the range with month buckets (whole months from the rollups) and with week buckets (every
-- incident counted one by one), kept per caller and stage.
create temp table sr on commit drop as select ''::text who, '{}'::jsonb as month, '{}'::jsonb as week limit 0;
grant select, insert on sr to anon, authenticated;
create or replace function pg_temp.keep(p_who text) returns void language sql as $$
  insert into sr values (p_who,
    public.stats_dashboard((select g1 from sr_grid), '2021-02-15', '2021-05-10', 'month'),
    public.stats_dashboard((select g1 from sr_grid), '2021-02-15', '2021-05-10', 'week'))
$$;
create or replace function pg_temp.m(p_who text) returns jsonb language sql stable as $$ select month from sr where who = p_who $$;
create or replace function pg_temp.w(p_who text) returns jsonb language sql stable as $$ select week from sr where who = p_who $$;
create or replace function pg_temp.pairs(p_rows jsonb, p_key text, p_value text) returns text language sql immutable as $$
  select string_agg((r ->> p_key) || ':' || coalesce(r ->> p_value, 'null'), ' ' order by n)
  from jsonb_array_elements(p_rows) with ordinality x (r, n)
$$;

select tests.act_as('35000000-0000-4000-8000-000000000001');
select pg_temp.keep('admin');
select tests.act_as('35000000-0000-4000-8000-000000000002');
select pg_temp.keep('community');
select tests.act_as('35000000-0000-4000-8000-000000000003');
select pg_temp.keep('worker');
select tests.act_as('35000000-0000-4000-8000-000000000004');
select pg_temp.keep('other');
select tests.act_as_anon();
select pg_temp.keep('anon');
select tests.act_as_owner();

-- Acting as the street admin: the figures, hand-counted.
select tests.is(pg_temp.m('admin') -> 'kpis',
  '{"received": 8, "resolved": 8, "resolution_rate": 1.0, "open": 1, "overdue": 1, "coordinating": 0,
    "median_hours": 28.0, "p90_hours": 259.2, "satisfaction": 3.00, "rated": 5}'::jsonb,
  'acting as street admin, G1 by months: received a b c d e f h k; resolved i a b k c e h f (times 2, 12, 24, 24, 24, '
  '48, 144, 240 h: the median, 4 of 8, 2 into the 24–30 h bin holding 3 = 28, the p90, 7.2 of 8, 0.2 into 240–336 h '
  '= 259.2); ratings 1 4 5 2 3; j open (and overdue)');
select tests.is(pg_temp.pairs(pg_temp.m('admin') -> 'trend', 'bucket', 'received'),
  '2021-02-01:1 2021-03-01:3 2021-04-01:3 2021-05-01:1',
  'acting as street admin, by months: received per month, the partial first and last months from the edge days');
select tests.is(pg_temp.pairs(pg_temp.m('admin') -> 'trend', 'bucket', 'resolved'),
  '2021-02-01:1 2021-03-01:3 2021-04-01:3 2021-05-01:1',
  'acting as street admin, by months: resolved per month (i on 16 Feb; d, resolved after the range, nowhere)');
select tests.is(pg_temp.pairs(pg_temp.m('admin') -> 'by_grid', 'code', 'received') || ' / '
                || pg_temp.pairs(pg_temp.m('admin') -> 'by_grid', 'code', 'resolved'),
  'T-ROLL-1-1:4 T-ROLL-1-2:3 / T-ROLL-1-1:4 T-ROLL-1-2:4',
  'acting as street admin, by months: the two 微网格 ranked (d, in G1 itself, in neither)');

-- The rollup path and the incident-by-incident path agree on every figure, for every role.
select tests.is(pg_temp.m('admin') - 'trend', pg_temp.w('admin') - 'trend',
  'acting as street admin: months from the rollups = weeks from the incidents, every figure but the trend');
select tests.is(
  (select sum((r ->> 'received')::int) || '/' || sum((r ->> 'resolved')::int) from jsonb_array_elements(pg_temp.m('admin') -> 'trend') r),
  (select count(*) filter (where i.reported_at >= '2021-02-15 00:00+08' and i.reported_at < '2021-05-11 00:00+08')
          || '/' || count(*) filter (where i.resolved_at >= '2021-02-15 00:00+08' and i.resolved_at < '2021-05-11 00:00+08'
                                      and i.status in ('resolved', 'closed'))
   from public.incidents i join public.grids g on g.id = i.grid_id where g.path @> array[(select g1 from sr_grid)]),
  'acting as street admin: the monthly trend adds up to the incidents table''s own counts');
select tests.is(pg_temp.m('community') - 'trend', pg_temp.w('community') - 'trend',
  'acting as the community''s admin: months = weeks');
select tests.is(pg_temp.m('community') -> 'kpis', pg_temp.m('admin') -> 'kpis', 'acting as the community''s admin: as the street admin');
select tests.is(pg_temp.m('worker') - 'trend', pg_temp.w('worker') - 'trend',
  'acting as a worker of M1 (sensitive incidents of M1 only, so G1 is counted from the incidents either way): months = weeks');
select tests.is(pg_temp.m('worker') -> 'kpis' ->> 'received', '7', 'acting as a worker of M1: k, sensitive and in M2, left out');
select tests.is(pg_temp.m('other') - 'trend', pg_temp.w('other') - 'trend',
  'acting as another community''s admin (the public view, from the rollups less the sensitive categories): months = weeks');
select tests.is(pg_temp.m('other') -> 'kpis' ->> 'received', '5', 'acting as another community''s admin: b h k left out');
select tests.is(pg_temp.pairs(pg_temp.m('other') -> 'trend', 'bucket', 'received'),
  '2021-02-01:1 2021-03-01:1 2021-04-01:2 2021-05-01:1', 'acting as another community''s admin: the public trend');
select tests.is(pg_temp.m('anon') - 'trend', pg_temp.w('anon') - 'trend', 'acting as anon: months = weeks');
select tests.is(pg_temp.m('anon') - 'trend', pg_temp.m('other') - 'trend', 'acting as anon: the same public figures');

-- The month path really reads the rollup: a row of it altered by hand shows in the months and not in the weeks.
update private.stats_months set received = received + 100
where node_id = (select g1 from sr_grid) and month = '2021-03-01' and category = 'sanitation' and source = 'hotline';
select tests.act_as('35000000-0000-4000-8000-000000000001');
select tests.is((public.stats_dashboard((select g1 from sr_grid), '2021-02-15', '2021-05-10', 'month') -> 'kpis' ->> 'received')
                || '/' || (public.stats_dashboard((select g1 from sr_grid), '2021-02-15', '2021-05-10', 'week') -> 'kpis' ->> 'received'),
  '108/8', 'G1 by months takes March from stats_months (altered by hand), by weeks from the incidents');
select tests.act_as_owner();
update private.stats_months set received = received - 100
where node_id = (select g1 from sr_grid) and month = '2021-03-01' and category = 'sanitation' and source = 'hotline';

-- Writes keep the rollups exact: a new incident, a reopened one, one moved to another 微网格, a rating given.
insert into public.incidents (title, category, source, status, location, grid_id, department_id, reported_at, due_at,
  resolved_at, closed_at, rating, rated_at)
values ('l', 'water_pipe', 'wechat', 'closed', pg_temp.pt('M1'), 0, null, '2021-04-05 10:00+08', '2021-04-08 10:00+08',
  '2021-04-06 10:00+08', '2021-04-07 10:00+08', 5, '2021-04-07 10:00+08');
update public.incidents set status = 'accepted', resolved_at = null, closed_at = null
where title = 'e' and grid_id = (select m2 from sr_grid);
update public.incidents set location = pg_temp.pt('M2') where title = 'b' and grid_id = (select m1 from sr_grid);
update public.incidents set rating = 4, rated_at = '2021-04-02 10:00+08' where title = 'c' and grid_id = (select m2 from sr_grid);
select tests.act_as('35000000-0000-4000-8000-000000000001');
select pg_temp.keep('admin after');
select tests.act_as('35000000-0000-4000-8000-000000000004');
select pg_temp.keep('other after');
select tests.act_as_owner();
select tests.is(pg_temp.m('admin after') - 'trend', pg_temp.w('admin after') - 'trend',
  'after an insert, a reopening, a move and a rating: months = weeks for the street admin');
select tests.is(pg_temp.m('other after') - 'trend', pg_temp.w('other after') - 'trend',
  'after the changes: months = weeks in the public view');
select tests.is((pg_temp.m('admin after') -> 'kpis') - 'median_hours' - 'p90_hours' - 'overdue',
  '{"received": 9, "resolved": 8, "resolution_rate": 0.8889, "open": 2, "coordinating": 0, "satisfaction": 3.43, "rated": 7}'::jsonb,
  'after the changes: l received and resolved (rated 5), e open again (received, no longer solved nor resolved), c '
  'rated 4: ratings 1 4 5 2 3 4 5');
select tests.is(pg_temp.pairs(pg_temp.m('admin after') -> 'by_grid', 'code', 'received'), 'T-ROLL-1-1:4 T-ROLL-1-2:4',
  'after the changes: b now counts in M2, l in M1');

-- The visit figures, counted as one set, agree with the cadence functions applied household by household.
create temp table sr_visits on commit drop as select 0::bigint grid_id, '{}'::jsonb v limit 0;
grant select, insert on sr_visits to authenticated;
select tests.act_as('d0000000-0000-4000-8000-000000000001');
insert into sr_visits
select g.id, public.stats_dashboard(g.id, '2020-01-01', '2022-12-31', 'month') -> 'visits'
from public.grids g where g.level = 'community' and g.code <> 'T-ROLL' order by g.code limit 1;
insert into sr_visits select null, public.stats_dashboard(null, '2020-01-01', '2022-12-31', 'month') -> 'visits';
select tests.act_as_owner();
select tests.is(s.v,
  jsonb_build_object(
    'made', (select count(*) from public.household_visits v join public.households h on h.id = v.household_id
             join public.grids hg on hg.id = h.grid_id where hg.path @> array[s.grid_id] and h.status <> 'moved_out'
               and v.visited_on between '2020-01-01' and '2022-12-31'),
    'due', (select count(*) from public.households h join public.grids hg on hg.id = h.grid_id
            where hg.path @> array[s.grid_id] and h.status <> 'moved_out'
              and (h.last_visit_at is null or private.visit_due(h.last_visit_at, h.tags) <= private.today() + 7)),
    'overdue', (select count(*) from public.households h join public.grids hg on hg.id = h.grid_id
                where hg.path @> array[s.grid_id] and private.visit_overdue(h.last_visit_at, h.tags, h.status, private.today()))),
  'acting as the demo street admin: a community''s visits made, due and overdue, as the cadence functions count them '
  'household by household')
from sr_visits s where s.grid_id is not null;
select tests.ok((select (v ->> 'due')::int > 0 from sr_visits where grid_id is null),
  'acting as the demo street admin: the demo district has households due for a visit');
