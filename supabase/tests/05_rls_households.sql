-- 05 Row level security on the household register: nobody sees more than their role and grids allow.

-- Fixture users, one per role, scoped to the first grid of the first community.
create temp table fx on commit drop as
select c.id community_id, g.id grid_id, g2.id other_grid_id,
       '10000000-0000-4000-8000-000000000001'::uuid district_admin,
       '10000000-0000-4000-8000-000000000002'::uuid community_admin,
       '10000000-0000-4000-8000-000000000003'::uuid grid_worker,
       '10000000-0000-4000-8000-000000000004'::uuid department_staff,
       '10000000-0000-4000-8000-000000000005'::uuid resident,
       '10000000-0000-4000-8000-000000000006'::uuid inactive_worker
from public.grids c
join public.grids g on g.parent_id = c.id
join public.grids g2 on g2.parent_id = c.id and g2.id <> g.id
where c.level = 'community' order by c.code, g.code, g2.code limit 1;
grant select on fx to anon, authenticated;

insert into auth.users (id, email)
select u, 'fixture-' || u || '@example.test'
from fx, unnest(array[district_admin, community_admin, grid_worker, department_staff, resident, inactive_worker]) u;

insert into public.profiles (user_id, display_name, role, grid_id, department_id, is_active)
select district_admin, '街道管理员', 'district_admin'::public.app_role, null::bigint, null::smallint, true from fx union all
select community_admin, '社区管理员', 'community_admin', community_id, null, true from fx union all
select grid_worker, '网格员', 'grid_worker', grid_id, null, true from fx union all
select department_staff, '部门人员', 'department_staff', null, 1, true from fx union all
select resident, '居民', 'resident', null, null, true from fx union all
select inactive_worker, '停用网格员', 'grid_worker', grid_id, null, false from fx;

create temp table expected on commit drop as
select (select count(*) from public.households) as total,
       (select count(*) from public.households h join public.grids g on g.id = h.grid_id
        where g.path @> array[(select community_id from fx)]) as in_community,
       (select count(*) from public.households h join public.grids g on g.id = h.grid_id
        where g.path @> array[(select grid_id from fx)]) as in_grid;
grant select on expected to anon, authenticated;
select tests.ok((select in_grid > 0 and in_grid < in_community and in_community < total from expected),
  'fixture: the chosen grid holds some of its community''s households');

select tests.act_as_anon();
select tests.is((select count(*) from public.households), 0::bigint, 'acting as anon: no household is visible');
select tests.is((select count(*) from public.grid_households((select community_id from fx))), 0::bigint,
  'acting as anon: grid_households() returns nothing');
select tests.is(public.grid_households_json((select community_id from fx))::text, '[]',
  'acting as anon: grid_households_json() is an empty array');
select tests.is((select (public.grid_summary((select community_id from fx)) ->> 'households')::int), 0,
  'acting as anon: grid_summary() counts no household');
select tests.throws('select phone from public.households limit 1', '%permission denied%',
  'acting as anon: the phone column cannot be read');
select tests.throws('select phone from public.grid_staff limit 1', '%permission denied%',
  'acting as anon: grid staff phone numbers cannot be read');
select tests.throws('select reporter_name from public.incidents limit 1', '%permission denied%',
  'acting as anon: incident reporters cannot be read');
select tests.is(
  (select count(*) from public.incidents i join public.incident_categories c on c.code = i.category where c.sensitive),
  0::bigint, 'acting as anon: incidents of sensitive categories are not public');
select tests.ok((select count(*) > 0 from public.incidents), 'acting as anon: other incidents are public');
select tests.ok((select count(*) = (select count(*) from public.grids) from public.grids where true), 'acting as anon: grid boundaries are public');
select tests.throws($$insert into public.households (grid_id, building, room, address, head_name) values (1, '1', '1', 'x', 'x')$$,
  '%permission denied%', 'acting as anon: cannot add a household');

select tests.act_as((select district_admin from fx));
select tests.is((select count(*) from public.households), (select total from expected),
  'acting as district admin: every household is visible');
select tests.throws('select phone from public.households limit 1', '%permission denied%',
  'acting as district admin: full phone numbers still need the audited reveal');
select tests.ok((select bool_and(phone_masked ~ '^1[3-9][0-9]\*{4}[0-9]{4}$') from public.households where phone_masked is not null),
  'acting as district admin: phone numbers come masked');

select tests.act_as((select community_admin from fx));
select tests.is((select count(*) from public.households), (select in_community from expected),
  'acting as community admin: exactly the households of their community');

select tests.act_as((select grid_worker from fx));
select tests.is((select count(*) from public.households), (select in_grid from expected),
  'acting as grid worker: exactly the households of their grid subtree');
select tests.is((select count(*) from public.grid_households((select other_grid_id from fx))), 0::bigint,
  'acting as grid worker: none from a neighbouring grid');
select tests.is(
  (select array_agg((e ->> 'id')::bigint order by k)
   from json_array_elements(public.grid_households_json((select grid_id from fx))) with ordinality e(e, k)),
  (select array_agg(h.id order by k) from public.grid_households((select grid_id from fx)) with ordinality h(id, grid_id, grid_code, courtyard_id, building, unit_no, room, address, head_name, phone_masked, size, tags, last_visit_at, k)),
  'acting as grid worker: grid_households_json() holds the rows of grid_households(), in its order');
select tests.is(
  (select jsonb_agg(to_jsonb(h)) from public.grid_households((select grid_id from fx)) h),
  public.grid_households_json((select grid_id from fx))::jsonb,
  'acting as grid worker: each row of grid_households_json() carries the same fields and values');
select tests.is(public.grid_households_json((select other_grid_id from fx))::text, '[]',
  'acting as grid worker: grid_households_json() of a neighbouring grid is an empty array');

select tests.act_as((select department_staff from fx));
select tests.is((select count(*) from public.households), 0::bigint, 'acting as department staff: no household data');

select tests.act_as((select resident from fx));
select tests.is((select count(*) from public.households), 0::bigint, 'acting as resident: no household data');

select tests.act_as((select inactive_worker from fx));
select tests.is((select count(*) from public.households), 0::bigint, 'acting as a deactivated worker: nothing');

select tests.act_as('10000000-0000-4000-8000-0000000000ff');
select tests.is((select count(*) from public.households), 0::bigint, 'acting as a user without a profile: nothing');

select tests.act_as((select grid_worker from fx));
select tests.throws(format('update public.profiles set grid_id = %s where user_id = auth.uid()', (select community_id from fx)),
  '%permission denied%', 'acting as grid worker: cannot widen their own scope');
select tests.act_as_owner();
