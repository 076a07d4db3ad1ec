-- 20 Statistics (stats_dashboard, grid_metrics) against a hand-counted fixture: a community of two grids added far
-- from the demo district, its incidents in March 2020 (days in Asia/Shanghai) plus three open now, courtyards and
-- households. The demo data lies elsewhere and in the last twelve months, so every figure below is exact.
--
--   incident  grid  category      source   department  reported (+08)     resolved (+08)     status     rating  hours
--   A         T1    water_pipe    wechat   water       2020-03-02 10:00   2020-03-02 20:00   closed     5       10
--   B         T1    water_pipe    hotline  water       2020-03-03 09:00   2020-03-05 09:00   resolved   3       48
--   C         T1    dispute*      visit    police      2020-03-10 08:00   2020-03-20 18:00   closed     -       250
--   D         T2    water_pipe    wechat   -           2020-03-15 12:00   -                  rejected
--   E         T2    sanitation    wechat   -           2020-02-26 10:30   2020-03-01 00:30   closed     4       86
--   F         T2    sanitation    hotline  -           2020-03-31 23:30   2020-04-01 00:30   resolved
--   G         T1    water_pipe    wechat   -           2020-04-01 00:00   2020-04-02 00:00   closed
--   O1        T1    water_pipe    wechat   water       now - 2 h  (due in 10 h)              dispatched
--   O2        T1    dispute*      hotline  police      now - 2 d  (due 1 h ago)              coordinating
--   O3        T2    sanitation    wechat   -           now - 40 d (due 30 d ago)             pending
--   (* sensitive: staff only)
-- Range 2020-03-01 .. 2020-03-31: received A B C D F (E before, G after), of which A B C F are solved now;
-- resolved in range A B C E (F resolved the next day). Open now O1 O2 O3, overdue O2 O3.

create temp table st_grid on commit drop as select 0::bigint t, 0::bigint t1, 0::bigint t2;
grant select on st_grid to anon, authenticated;
insert into public.grids (parent_id, level, code, name, geom)
values (null, 'community', 'T-STATS', '统计测试社区', extensions.st_multi(extensions.st_makeenvelope(100.00, 30.00, 100.02, 30.01, 4326)));
insert into public.grids (parent_id, level, code, name, geom)
select g.id, 'grid', v.code, v.name, extensions.st_multi(extensions.st_makeenvelope(v.x0, 30.00, v.x0 + 0.01, 30.01, 4326))
from public.grids g, (values ('T-STATS-1', '统计测试一格', 100.00), ('T-STATS-2', '统计测试二格', 100.01)) v (code, name, x0)
where g.code = 'T-STATS';
update st_grid set t = (select id from public.grids where code = 'T-STATS'),
  t1 = (select id from public.grids where code = 'T-STATS-1'), t2 = (select id from public.grids where code = 'T-STATS-2');

create or replace function pg_temp.pt(p_grid int) returns extensions.geometry language sql immutable as $$
  select extensions.st_setsrid(extensions.st_makepoint(case p_grid when 1 then 100.005 else 100.015 end, 30.005), 4326)
$$;
create or replace function pg_temp.dept(p_code text) returns smallint language sql stable as $$
  select id from public.departments where code = p_code
$$;

insert into public.incidents (title, category, source, status, location, grid_id, department_id, reported_at, due_at,
  resolved_at, closed_at, rating, rated_at)
values
  ('A', 'water_pipe', 'wechat', 'closed', pg_temp.pt(1), 0, pg_temp.dept('water'), '2020-03-02 10:00+08', '2020-03-03 10:00+08',
    '2020-03-02 20:00+08', '2020-03-03 20:00+08', 5, '2020-03-03 12:00+08'),
  ('B', 'water_pipe', 'hotline', 'resolved', pg_temp.pt(1), 0, pg_temp.dept('water'), '2020-03-03 09:00+08', '2020-03-04 09:00+08',
    '2020-03-05 09:00+08', null, 3, '2020-03-05 12:00+08'),
  ('C', 'dispute', 'visit', 'closed', pg_temp.pt(1), 0, pg_temp.dept('police'), '2020-03-10 08:00+08', '2020-03-15 08:00+08',
    '2020-03-20 18:00+08', '2020-03-21 18:00+08', null, null),
  ('D', 'water_pipe', 'wechat', 'rejected', pg_temp.pt(2), 0, null, '2020-03-15 12:00+08', '2020-03-16 12:00+08',
    null, null, null, null),
  ('E', 'sanitation', 'wechat', 'closed', pg_temp.pt(2), 0, null, '2020-02-26 10:30+08', '2020-02-29 10:30+08',
    '2020-03-01 00:30+08', '2020-03-02 00:30+08', 4, '2020-03-01 12:00+08'),
  ('F', 'sanitation', 'hotline', 'resolved', pg_temp.pt(2), 0, null, '2020-03-31 23:30+08', '2020-04-03 23:30+08',
    '2020-04-01 00:30+08', null, null, null),
  ('G', 'water_pipe', 'wechat', 'closed', pg_temp.pt(1), 0, null, '2020-04-01 00:00+08', '2020-04-02 00:00+08',
    '2020-04-02 00:00+08', '2020-04-03 00:00+08', null, null),
  ('O1', 'water_pipe', 'wechat', 'dispatched', pg_temp.pt(1), 0, pg_temp.dept('water'), now() - interval '2 hours',
    now() + interval '10 hours', null, null, null, null),
  ('O2', 'dispute', 'hotline', 'coordinating', pg_temp.pt(1), 0, pg_temp.dept('police'), now() - interval '2 days',
    now() - interval '1 hour', null, null, null, null),
  ('O3', 'sanitation', 'wechat', 'pending', pg_temp.pt(2), 0, null, now() - interval '40 days',
    now() - interval '30 days', null, null, null, null);

-- Courtyards: T1 red (not rated) and orange 3★; T2 orange 3★ and blue 5★.
insert into public.courtyards (code, name, address, location, landlord_name)
values ('TS-Y1', '测试一院', '测试路1号', pg_temp.pt(1), '房东甲'),
       ('TS-Y2', '测试二院', '测试路2号', pg_temp.pt(1), '房东乙'),
       ('TS-Y3', '测试三院', '测试路3号', pg_temp.pt(2), '房东丙'),
       ('TS-Y4', '测试四院', '测试路4号', pg_temp.pt(2), '房东丁');
-- New courtyards are scored by the rule at once (0015); these fixed ratings are set by hand, as an admin would.
update public.courtyards c set override_risk = v.risk::public.risk_level, override_stars = v.stars, override_reason = '统计测试的固定评级'
from (values ('TS-Y1', 'red', null::smallint), ('TS-Y2', 'orange', 3), ('TS-Y3', 'orange', 3), ('TS-Y4', 'blue', 5)) v(code, risk, stars)
where c.code = v.code;
select private.rescore_courtyard(id) from public.courtyards where code like 'TS-Y%';

-- Households: H1 (T1) visited in the range, H2 (T1) 100 days ago, H3 (T2) never, H4 (T2) 10 days ago.
insert into public.households (grid_id, building, room, address, head_name, tags, last_visit_at, location)
values ((select t1 from st_grid), '1', '101', '测试路1号101', '户主甲', '{elderly_alone,aged_80}', '2020-03-10', pg_temp.pt(1)),
       ((select t1 from st_grid), '1', '102', '测试路1号102', '户主乙', '{tenant}',
         (now() at time zone 'Asia/Shanghai')::date - 100, pg_temp.pt(1)),
       ((select t2 from st_grid), '3', '301', '测试路3号301', '户主丙', '{}', null, pg_temp.pt(2)),
       ((select t2 from st_grid), '3', '302', '测试路3号302', '户主丁', '{tenant,floating}',
         (now() at time zone 'Asia/Shanghai')::date - 10, pg_temp.pt(2));
-- H1's visit in the range, recorded.
insert into public.household_visits (client_id, household_id, grid_id, visited_on, kind)
select '5e0f7a1c-0000-4000-8000-000000000001', h.id, h.grid_id, '2020-03-10', 'home' from public.households h where h.head_name = '户主甲';

-- Users: a street admin, the fixture community's admin, a worker of T1, the demo community's admin, water company
-- staff, a resident.
insert into auth.users (id, email) values
  ('30000000-0000-4000-8000-000000000001', 'admin@stats.test'), ('30000000-0000-4000-8000-000000000002', 'community@stats.test'),
  ('30000000-0000-4000-8000-000000000003', 'worker@stats.test'), ('30000000-0000-4000-8000-000000000004', 'other@stats.test'),
  ('30000000-0000-4000-8000-000000000005', 'water@stats.test'), ('30000000-0000-4000-8000-000000000006', 'resident@stats.test');
insert into public.profiles (user_id, display_name, role, grid_id, department_id) values
  ('30000000-0000-4000-8000-000000000001', '街道 统计', 'district_admin', null, null),
  ('30000000-0000-4000-8000-000000000002', '社区 统计', 'community_admin', (select t from st_grid), null),
  ('30000000-0000-4000-8000-000000000003', '网格员 统计', 'grid_worker', (select t1 from st_grid), null),
  ('30000000-0000-4000-8000-000000000004', '别的社区 统计', 'community_admin',
    (select id from public.grids where level = 'community' and code <> 'T-STATS' order by code limit 1), null),
  ('30000000-0000-4000-8000-000000000005', '自来水 统计', 'department_staff', null, pg_temp.dept('water')),
  ('30000000-0000-4000-8000-000000000006', '居民 统计', 'resident', null, null);

-- Each caller's dashboard, kept for the assertions below: who, scope, bucket, filters, the answer.
create temp table st on commit drop as select ''::text who, '{}'::jsonb j limit 0;
grant select, insert on st to anon, authenticated;
create or replace function pg_temp.keep(p_who text, p_grid bigint, p_bucket text default 'month', p_categories text[] default null,
  p_sources text[] default null) returns void language sql as $$
  insert into st values (p_who, public.stats_dashboard(p_grid, '2020-03-01', '2020-03-31', p_bucket, p_categories, p_sources))
$$;
create or replace function pg_temp.d(p_who text) returns jsonb language sql stable as $$
  select j from st where who = p_who
$$;
-- A breakdown as 'key:value key:value …' in the function's order, to compare with one string.
create or replace function pg_temp.pairs(p_rows jsonb, p_key text, p_value text) returns text language sql immutable as $$
  select string_agg((r ->> p_key) || ':' || coalesce(r ->> p_value, 'null'), ' ' order by n)
  from jsonb_array_elements(p_rows) with ordinality x (r, n)
$$;

select tests.act_as('30000000-0000-4000-8000-000000000001');
select pg_temp.keep('admin', (select t from st_grid));
select pg_temp.keep('admin week', (select t from st_grid), 'week');
select pg_temp.keep('admin day', (select t from st_grid), 'day');
select pg_temp.keep('admin water_pipe', (select t from st_grid), 'month', '{water_pipe}');
select pg_temp.keep('admin hotline', (select t from st_grid), 'month', null, '{hotline}');
select pg_temp.keep('admin T1', (select t1 from st_grid));
select pg_temp.keep('admin district', null);
select tests.act_as('30000000-0000-4000-8000-000000000002');
select pg_temp.keep('community', null);
select tests.act_as('30000000-0000-4000-8000-000000000003');
select pg_temp.keep('worker', null);
select tests.act_as('30000000-0000-4000-8000-000000000004');
select pg_temp.keep('other community', (select t from st_grid));
select pg_temp.keep('other community default', null);
select tests.act_as('30000000-0000-4000-8000-000000000005');
select pg_temp.keep('water', (select t from st_grid));
select tests.act_as('30000000-0000-4000-8000-000000000006');
select pg_temp.keep('resident', (select t from st_grid));
select tests.act_as_anon();
select pg_temp.keep('anon', (select t from st_grid));
select pg_temp.keep('anon district', null);
select tests.act_as_owner();

-- Acting as the street admin, the fixture community: every figure.
select tests.is(pg_temp.d('admin') -> 'kpis',
  '{"received": 5, "resolved": 4, "resolution_rate": 0.8, "open": 3, "overdue": 2, "coordinating": 1,
    "median_hours": 60.0, "p90_hours": 297.6, "satisfaction": 4.00, "rated": 3}'::jsonb,
  'acting as street admin: KPIs (received A B C D F, 4 of them solved; resolved A B C E; open O1 O2 O3, overdue O2 O3; '
  'ratings 5, 3, 4; times 10, 48, 86, 250 h fall in the bins 8–12, 48–60, 72–96 and 240–336 h: the median, 2 of 4, '
  'is the end of the 48–60 bin = 60, the p90, 3.6 of 4, 0.6 into the 240–336 bin = 297.6)');
select tests.is(pg_temp.d('admin') -> 'trend', '[{"bucket": "2020-03-01", "received": 5, "resolved": 4}]'::jsonb,
  'acting as street admin: one month bucket, starting on the 1st');
select tests.is(pg_temp.pairs(pg_temp.d('admin week') -> 'trend', 'bucket', 'received'),
  '2020-02-24:0 2020-03-02:2 2020-03-09:2 2020-03-16:0 2020-03-23:0 2020-03-30:1',
  'acting as street admin: weeks start on Monday, the first one before the range, empty weeks included');
select tests.is(pg_temp.pairs(pg_temp.d('admin week') -> 'trend', 'bucket', 'resolved'),
  '2020-02-24:1 2020-03-02:2 2020-03-09:0 2020-03-16:1 2020-03-23:0 2020-03-30:0',
  'acting as street admin: resolved per week (E at 00:30 on 1 March, Shanghai time, falls in the range)');
select tests.is(jsonb_array_length(pg_temp.d('admin day') -> 'trend'), 31, 'acting as street admin: 31 day buckets in March');
select tests.is((select r from jsonb_array_elements(pg_temp.d('admin day') -> 'trend') r where r ->> 'bucket' = '2020-03-31'),
  '{"bucket": "2020-03-31", "received": 1, "resolved": 0}'::jsonb,
  'acting as street admin: F, reported at 23:30 Shanghai time on the 31st, is that day''s');
select tests.is((select sum((r ->> 'received')::int) from jsonb_array_elements(pg_temp.d('admin day') -> 'trend') r), 5::bigint,
  'acting as street admin: the days add up to the month');
select tests.is(pg_temp.d('admin') -> 'by_category' -> 0, '{"code": "safety_hazard", "received": 0, "resolved": 0, "open": 0}'::jsonb,
  'acting as street admin: categories in the vocabulary''s order, empty ones with zeros');
select tests.is((select jsonb_agg(r order by r ->> 'code') from jsonb_array_elements(pg_temp.d('admin') -> 'by_category') r
                 where (r ->> 'received')::int + (r ->> 'resolved')::int + (r ->> 'open')::int > 0),
  '[{"code": "dispute", "received": 1, "resolved": 1, "open": 1},
    {"code": "sanitation", "received": 1, "resolved": 1, "open": 1},
    {"code": "water_pipe", "received": 3, "resolved": 2, "open": 1}]'::jsonb,
  'acting as street admin: by category');
select tests.is(pg_temp.d('admin') -> 'by_source',
  '[{"code": "patrol", "received": 0, "resolved": 0, "open": 0}, {"code": "visit", "received": 1, "resolved": 1, "open": 0},
    {"code": "hotline", "received": 2, "resolved": 1, "open": 1}, {"code": "wechat", "received": 2, "resolved": 2, "open": 2},
    {"code": "council", "received": 0, "resolved": 0, "open": 0}, {"code": "qr_plate", "received": 0, "resolved": 0, "open": 0}]'::jsonb,
  'acting as street admin: by source, in the vocabulary''s order');
select tests.is(pg_temp.d('admin') -> 'by_department' -> 0,
  jsonb_build_object('department_id', pg_temp.dept('water'), 'received', 2, 'resolved', 2, 'open', 1, 'overdue', 0,
    'median_hours', 12.0, 'satisfaction', 4.00),
  'acting as street admin: the water company leads the league (2 received; median 1 of 2, the end of 10 h''s 8–12 h '
  'bin = 12; ratings 5 and 3)');
select tests.is(pg_temp.d('admin') -> 'by_department' -> 1,
  jsonb_build_object('department_id', pg_temp.dept('police'), 'received', 1, 'resolved', 1, 'open', 1, 'overdue', 1,
    'median_hours', 288.0, 'satisfaction', null),
  'acting as street admin: then the police (C and O2; the median of one 250 h is the middle of its 240–336 h bin; '
  'nothing rated)');
select tests.is(jsonb_array_length(pg_temp.d('admin') -> 'by_department'), (select count(*)::int from public.departments),
  'acting as street admin: every department is listed');
select tests.is(pg_temp.d('admin') -> 'by_grid',
  jsonb_build_array(
    jsonb_build_object('grid_id', (select t1 from st_grid), 'code', 'T-STATS-1', 'name', '统计测试一格', 'received', 3,
      'resolved', 3, 'open', 2, 'overdue', 1, 'resolution_rate', 1.0),
    jsonb_build_object('grid_id', (select t2 from st_grid), 'code', 'T-STATS-2', 'name', '统计测试二格', 'received', 2,
      'resolved', 1, 'open', 1, 'overdue', 1, 'resolution_rate', 0.5)),
  'acting as street admin: the two grids, ranked by incidents received');
select tests.is(pg_temp.pairs(pg_temp.d('admin') -> 'backlog_age', 'key', 'count'), 'lt1d:1 1to3d:1 3to7d:0 7to30d:0 gt30d:1',
  'acting as street admin: open incidents by age (2 hours, 2 days, 40 days)');
select tests.is(pg_temp.pairs(pg_temp.d('admin') -> 'resolve_time', 'key', 'count'), 'lt1d:1 1to3d:1 3to7d:1 7to30d:1 gt30d:0',
  'acting as street admin: time to resolve (10, 48, 86, 250 hours)');
select tests.is(pg_temp.pairs(pg_temp.d('admin') -> 'satisfaction', 'key', 'count'), '1:0 2:0 3:1 4:1 5:1',
  'acting as street admin: ratings of the incidents resolved in the range');
select tests.is(pg_temp.pairs(pg_temp.d('admin') -> 'courtyard_risk', 'key', 'count'), 'red:1 orange:2 yellow:0 blue:1',
  'acting as street admin: courtyards by risk, red first');
select tests.is(pg_temp.pairs(pg_temp.d('admin') -> 'courtyard_stars', 'key', 'count'), '0:1 1:0 2:0 3:2 4:0 5:1',
  'acting as street admin: courtyards by stars (0 = not rated)');
select tests.is(pg_temp.pairs(pg_temp.d('admin') -> 'household_tags', 'key', 'count'),
  'vacant:0 tenant:2 floating:1 elderly_alone:1 aged_80:1 aged_90:0 disabled:0 veteran:0 low_income:0 party_member:0 key_person:0',
  'acting as street admin: household tags, every tag of the vocabulary');
select tests.is(pg_temp.d('admin') -> 'visits', '{"made": 1, "due": 3, "overdue": 3}'::jsonb,
  'acting as street admin: visits (H1''s recorded in the range; by the cadence rules H1 weekly, H2 monthly and H3 never '
  'visited are overdue, H4 monthly visited 10 days ago is not yet due)');

-- Filters and scope.
select tests.is(pg_temp.d('admin water_pipe') -> 'kpis' -> 'received', '3', 'filtered to burst pipes: A B D received');
select tests.is(pg_temp.pairs(pg_temp.d('admin water_pipe') -> 'by_category', 'code', 'received'), 'water_pipe:3',
  'filtered to burst pipes: only that category is listed');
select tests.is(pg_temp.d('admin hotline') -> 'kpis' ->> 'received' || '/' || (pg_temp.d('admin hotline') -> 'kpis' ->> 'resolved')
  || '/' || (pg_temp.d('admin hotline') -> 'kpis' ->> 'open'), '2/1/1', 'filtered to phone calls: B F received, B resolved, O2 open');
select tests.is(pg_temp.pairs(pg_temp.d('admin hotline') -> 'by_source', 'code', 'received'), 'hotline:2',
  'filtered to phone calls: only that source is listed');
select tests.is(pg_temp.d('admin T1') -> 'kpis' ->> 'received', '3', 'scope T1: A B C received');
select tests.is(pg_temp.d('admin T1') -> 'by_grid', '[]'::jsonb, 'scope T1: a grid without children ranks nothing');
select tests.is(pg_temp.pairs(pg_temp.d('admin T1') -> 'courtyard_risk', 'key', 'count'), 'red:1 orange:1 yellow:0 blue:0',
  'scope T1: its two courtyards');
select tests.is((select r from jsonb_array_elements(pg_temp.d('admin district') -> 'by_grid') r where r ->> 'code' = 'T-STATS'),
  jsonb_build_object('grid_id', (select t from st_grid), 'code', 'T-STATS', 'name', '统计测试社区', 'received', 5, 'resolved', 4,
    'open', 3, 'overdue', 2, 'resolution_rate', 0.8),
  'whole district: the communities are ranked, the fixture community among them with its figures');
select tests.is(jsonb_array_length(pg_temp.d('admin district') -> 'by_grid'),
  (select count(*)::int from public.grids where level = 'community'), 'whole district: one row per community');

-- Row level security: each role's figures.
select tests.is(pg_temp.d('community') - 'trend', pg_temp.d('admin') - 'trend',
  'acting as the fixture community''s admin: with no grid given, their community, every figure as the street admin sees it');
select tests.is(pg_temp.d('worker') -> 'kpis' ->> 'received', '3', 'acting as a worker of T1: their grid by default (A B C)');
select tests.is(pg_temp.pairs(pg_temp.d('worker') -> 'household_tags', 'key', 'count'),
  'vacant:0 tenant:1 floating:0 elderly_alone:1 aged_80:1 aged_90:0 disabled:0 veteran:0 low_income:0 party_member:0 key_person:0',
  'acting as a worker of T1: the households of T1 only');
select tests.is(pg_temp.d('other community') -> 'kpis',
  '{"received": 4, "resolved": 3, "resolution_rate": 0.75, "open": 2, "overdue": 1, "coordinating": 0,
    "median_hours": 54.0, "p90_hours": 88.8, "satisfaction": 4.00, "rated": 3}'::jsonb,
  'acting as another community''s admin: the fixture community''s public figures only (the dispute C and O2 left out; '
  'times 10, 48, 86 h: median 1.5 of 3 = halfway through 48–60 h, p90 2.7 of 3 = 0.7 into 72–96 h)');
select tests.ok(not (pg_temp.d('other community') -> 'by_category') @> '[{"code": "dispute"}]',
  'acting as another community''s admin: the sensitive category is not even listed there');
select tests.is(pg_temp.d('other community') -> 'household_tags', '[]'::jsonb,
  'acting as another community''s admin: no household figures outside their community');
select tests.is(pg_temp.d('other community') -> 'visits', '{"made": 0, "due": 0, "overdue": 0}'::jsonb,
  'acting as another community''s admin: no visit figures outside their community');
select tests.is(pg_temp.pairs(pg_temp.d('other community') -> 'courtyard_risk', 'key', 'count'), 'red:1 orange:2 yellow:0 blue:1',
  'acting as another community''s admin: courtyards are public');
select tests.is(
  (select string_agg(r ->> 'grid_id', ',' order by (r ->> 'grid_id')::bigint)
   from jsonb_array_elements(pg_temp.d('other community default') -> 'by_grid') r),
  (select string_agg(g.id::text, ',' order by g.id) from public.grids g join public.profiles p on g.parent_id = p.grid_id
   where p.user_id = '30000000-0000-4000-8000-000000000004'),
  'acting as another community''s admin: by default their own community, ranked by its grids');
select tests.is(pg_temp.d('water') -> 'kpis' ->> 'received', '2', 'acting as water company staff: only A and B, theirs');
select tests.is(pg_temp.d('water') -> 'kpis' ->> 'open', '1', 'acting as water company staff: only O1 open');
select tests.is(pg_temp.pairs(pg_temp.d('water') -> 'by_department', 'department_id', 'received'),
  pg_temp.dept('water') || ':2', 'acting as water company staff: their department only in the league');
select tests.is(pg_temp.d('water') -> 'household_tags', '[]'::jsonb, 'acting as water company staff: no household figures');
select tests.is(pg_temp.d('resident') - 'trend', pg_temp.d('other community') - 'trend',
  'acting as a resident: the public figures, as another community''s admin sees them');
select tests.is(pg_temp.d('anon') - 'trend', pg_temp.d('resident') - 'trend', 'acting as anon: the same public figures');
select tests.is((select r ->> 'received' from jsonb_array_elements(pg_temp.d('anon district') -> 'by_grid') r
                 where r ->> 'code' = 'T-STATS'), '4', 'acting as anon, whole district: the fixture community counts 4 public incidents');

-- Partial months at both ends: the rollup answers for March, the incidents themselves for 26–29 February and 1 April.
select tests.act_as('30000000-0000-4000-8000-000000000001');
select tests.is((select j -> 'kpis' ->> 'received' || '/' || (j -> 'kpis' ->> 'resolved')
                 from (select public.stats_dashboard((select t from st_grid), '2020-02-26', '2020-04-01', 'week') j) x), '7/5',
  'acting as street admin, 26 Feb – 1 Apr: E and G join the received (7), F the resolved (5)');
select tests.is((select pg_temp.pairs(j -> 'by_grid', 'code', 'received')
                 from (select public.stats_dashboard((select t from st_grid), '2020-02-26', '2020-04-01', 'week') j) x),
  'T-STATS-1:4 T-STATS-2:3', 'acting as street admin, 26 Feb – 1 Apr: the grids add the edge days to the month');
select tests.is((select pg_temp.pairs(j -> 'by_grid', 'code', 'received')
                 from (select public.stats_dashboard((select t from st_grid), '2020-03-31', '2020-04-01', 'day') j) x),
  'T-STATS-1:1 T-STATS-2:1', 'acting as street admin, 31 Mar – 1 Apr, no whole month: F and G from the incidents');
select tests.act_as_owner();

-- Refusals.
select tests.throws($$select public.stats_dashboard(null, '2020-03-31', '2020-03-01', 'day')$$, 'error.stats_range',
  'a range that ends before it starts is refused');
select tests.throws($$select public.stats_dashboard(null, '2020-01-01', '2023-01-01', 'month')$$, 'error.stats_range',
  'a range of more than 3 years is refused');
select tests.lives($$select public.stats_dashboard(null, '2020-01-01', '2022-12-31', 'month')$$, 'a range of exactly 3 years is accepted');
select tests.throws($$select public.stats_dashboard(null, null, '2020-03-01', 'day')$$, 'error.stats_range', 'a missing date is refused');
select tests.throws($$select public.stats_dashboard(null, '2020-03-01', '2020-03-31', 'year')$$, 'error.stats_bucket',
  'an unknown trend bucket is refused');
select tests.throws($$select public.stats_dashboard(-1, '2020-03-01', '2020-03-31', 'day')$$, 'error.grid_not_found',
  'an unknown grid is refused');
select tests.throws($$select * from public.grid_metrics('grid', '2020-03-31', '2020-03-01')$$, 'error.stats_range',
  'grid_metrics refuses a reversed range too');

-- The choropleth's figures.
select tests.act_as('30000000-0000-4000-8000-000000000001');
select tests.is((select count(*)::int from public.grid_metrics('grid', '2020-03-01', '2020-03-31')),
  (select count(*)::int from public.grids where level = 'grid'), 'grid_metrics: one row per grid of the level');
select tests.is((select row(m.*)::text from public.grid_metrics('grid', '2020-03-01', '2020-03-31') m where m.grid_id = (select t1 from st_grid)),
  row((select t1 from st_grid), 3, 3, 2, 1, 1.0000, 1, 1, 5)::text,
  'acting as street admin: T1 received 3, resolved 3, open 2, overdue 1, rate 1, a red and an orange courtyard (risk 3 + 2)');
select tests.is((select row(m.*)::text from public.grid_metrics('community', '2020-03-01', '2020-03-31') m where m.grid_id = (select t from st_grid)),
  row((select t from st_grid), 5, 4, 3, 2, 0.8000, 1, 2, 7)::text,
  'acting as street admin: the fixture community as a whole (risk 3 + 2 + 2 + 0)');
select tests.act_as_anon();
select tests.is((select row(m.*)::text from public.grid_metrics('community', '2020-03-01', '2020-03-31') m where m.grid_id = (select t from st_grid)),
  row((select t from st_grid), 4, 3, 2, 1, 0.7500, 1, 2, 7)::text, 'acting as anon: the public figures, courtyards all');
select tests.act_as('30000000-0000-4000-8000-000000000005');
select tests.is((select row(m.*)::text from public.grid_metrics('community', '2020-03-01', '2020-03-31') m where m.grid_id = (select t from st_grid)),
  row((select t from st_grid), 2, 2, 1, 0, 1.0000, 1, 2, 7)::text, 'acting as water company staff: their incidents only');
select tests.act_as('30000000-0000-4000-8000-000000000003');
select tests.is((select row(m.*)::text from public.grid_metrics('community', '2020-03-01', '2020-03-31') m where m.grid_id = (select t from st_grid)),
  row((select t from st_grid), 5, 4, 3, 2, 0.8000, 1, 2, 7)::text,
  'acting as the T1 grid worker: the community counts the dispute in their own grid, in whole months as on edge days');
select tests.is((select row(m.*)::text from public.grid_metrics('community', '2020-03-02', '2020-03-31') m where m.grid_id = (select t from st_grid)),
  row((select t from st_grid), 5, 3, 3, 2, 0.8000, 1, 2, 7)::text,
  'acting as the T1 grid worker: the same from the 2nd (no whole month), E resolved on the 1st left out');
select tests.act_as_owner();

-- The demo district: the dashboard agrees with the incidents table.
select tests.act_as('d0000000-0000-4000-8000-000000000001');
select tests.is(
  (public.stats_dashboard(null, ((now() at time zone 'Asia/Shanghai')::date - 364), (now() at time zone 'Asia/Shanghai')::date, 'month')
    -> 'kpis' ->> 'received')::int,
  (select count(*)::int from public.incidents
   where reported_at >= (((now() at time zone 'Asia/Shanghai')::date - 364)::timestamp at time zone 'Asia/Shanghai')),
  'acting as the demo street admin: a year''s received incidents are the table''s count');
select tests.is(
  (public.stats_dashboard(null, '2020-01-01', '2020-01-02', 'day') -> 'kpis' ->> 'open')::int,
  (select count(*)::int from public.incidents i join public.incident_statuses s on s.code = i.status and s.is_open),
  'acting as the demo street admin: open incidents are every open one, whatever the range');
select tests.act_as_owner();

-- The rollups stay exact through every kind of change: compared with a rebuild from the incidents.
update public.incidents set status = 'resolved', resolved_at = now(), rating = 2, rated_at = now() where title = 'O1';
update public.incidents set category = 'sanitation', source = 'council' where title = 'B';
update public.incidents set location = pg_temp.pt(2) where title = 'A';
update public.incidents set department_id = pg_temp.dept('police'), rating = 1 where title = 'E';
update public.incidents set status = 'accepted', resolved_at = null, closed_at = null where title = 'C';
create or replace function pg_temp.rollups() returns table (t text, r jsonb) language sql stable as $$
  select 'months', to_jsonb(m) from private.stats_months m where m.received <> 0 or m.resolved <> 0
  union all select 'grid_months', to_jsonb(m) from private.stats_grid_months m where m.received <> 0 or m.resolved <> 0
  union all select 'days', to_jsonb(d) from private.stats_days d where d.received <> 0 or d.resolved <> 0
$$;
create temp table st_kept on commit drop as select * from pg_temp.rollups();
select private.stats_rebuild();
select tests.is((select count(*)::int from ((select * from st_kept except all select * from pg_temp.rollups())
                                            union all (select * from pg_temp.rollups() except all select * from st_kept)) x), 0,
  'after the seed, the fixture and changes of status, resolution, rating, category, source, place and department, the '
  'trigger-kept rollups equal a rebuild from the incidents');
select tests.ok((select count(*) > 0 from st_kept where t = 'months') and (select count(*) > 0 from st_kept where t = 'days'),
  'the rollups hold the demo district''s months and days');
select tests.act_as('30000000-0000-4000-8000-000000000001');
select tests.is((select row(m.received, m.resolved)::text from public.grid_metrics('community', '2020-03-01', '2020-03-31') m
                 where m.grid_id = (select t from st_grid)), row(5, 3)::text,
  'after the changes: still 5 received (A moved to T2, inside the community); resolved 3 (C reopened no longer counts)');
select tests.act_as_owner();
