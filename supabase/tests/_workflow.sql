-- Fixtures for the incident workflow tests (07 onward), installed by the runner after _helpers.sql. Users exist
-- only inside the test file that calls tests.wf_setup(): the file's transaction is rolled back at the end.
--
-- One user per role around one grid (the first 小网格 of the first community), staff of the water company and of
-- the police, two residents, and a grid worker of a grid in another community.

create or replace function tests.wf_user(p_name text)
returns uuid language sql immutable as $$
  select ('20000000-0000-4000-8000-0000000000' || lpad(array_position(array[
    'district_admin', 'community_admin', 'grid_leader', 'grid_worker', 'department_staff', 'other_department_staff',
    'resident', 'other_resident', 'outside_worker'], p_name)::text, 2, '0'))::uuid
$$;
comment on function tests.wf_user(text) is 'Fixed id of a workflow fixture user, by name (see tests.wf_setup).';

create or replace function tests.wf_grid(p_other boolean default false)
returns bigint language sql stable as $$
  select g.id from public.grids c join public.grids g on g.parent_id = c.id
  where c.level = 'community'
  order by case when p_other then -c.id else c.id end, g.code limit 1
$$;
comment on function tests.wf_grid(boolean) is
  'The fixture grid (first grid of the first community), or one in the last community when p_other.';

create or replace function tests.wf_point(p_grid bigint)
returns extensions.geometry language sql stable as $$
  select extensions.st_pointonsurface(u.geom) from public.grids u
  where u.level = 'unit' and u.path @> array[p_grid] order by u.code limit 1
$$;
comment on function tests.wf_point(bigint) is 'A point inside the first unit grid under a grid.';

create or replace function tests.wf_setup()
returns void language sql security definer as $$
  insert into auth.users (id, email)
  select tests.wf_user(n), n || '@workflow.test'
  from unnest(array['district_admin', 'community_admin', 'grid_leader', 'grid_worker', 'department_staff',
    'other_department_staff', 'resident', 'other_resident', 'outside_worker']) n;
  insert into public.profiles (user_id, display_name, role, grid_id, department_id)
  select tests.wf_user(n), dn, r::public.app_role, gid, did
  from (values
    ('district_admin', '街道 测试', 'district_admin', null::bigint, null::smallint),
    ('community_admin', '社区 测试', 'community_admin', (select parent_id from public.grids where id = tests.wf_grid()), null),
    ('grid_leader', '网格长 测试', 'grid_leader', tests.wf_grid(), null),
    ('grid_worker', '网格员 测试', 'grid_worker', tests.wf_grid(), null),
    ('department_staff', '自来水 测试', 'department_staff', null, (select id from public.departments where code = 'water')),
    ('other_department_staff', '派出所 测试', 'department_staff', null, (select id from public.departments where code = 'police')),
    ('resident', '居民 测试', 'resident', null, null),
    ('other_resident', '邻居 测试', 'resident', null, null),
    ('outside_worker', '外网格员 测试', 'grid_worker', tests.wf_grid(true), null)) v(n, dn, r, gid, did);
$$;
comment on function tests.wf_setup() is 'Creates the workflow fixture users and their profiles.';

-- An incident in a given state, reported by the fixture resident, dispatched to the water company unless told
-- otherwise. Security definer so a test can make one while acting as anybody.
create or replace function tests.wf_incident(p_status text, p_category text default 'other', p_other_grid boolean default false,
  p_department text default 'water')
returns bigint language sql security definer as $$
  insert into public.incidents (category, source, status, title, description, location, reporter_id, reporter_name,
    reporter_phone, department_id, resolved_at)
  values (p_category, 'wechat', p_status, '测试事件', '测试描述', tests.wf_point(tests.wf_grid(p_other_grid)),
    tests.wf_user('resident'), '测试居民', '13900001234', (select id from public.departments where code = p_department),
    case when p_status in ('resolved', 'closed') then now() - interval '1 hour' end)
  returning id
$$;
comment on function tests.wf_incident(text, text, boolean, text) is 'A fixture incident in the given status.';

create or replace function tests.wf_as(p_name text)
returns void language sql as $$
  select tests.act_as(tests.wf_user(p_name))
$$;
comment on function tests.wf_as(text) is 'Continue as the named workflow fixture user.';

-- What a refusal must leave alone: the row's state and its timeline.
create or replace function tests.wf_state(p_id bigint)
returns text language sql stable security definer as $$
  select concat_ws('|', i.status, i.category, i.department_id, i.assignee_name, i.due_at, i.me_too_count, i.rating,
    i.reopened_count, (select count(*) from public.incident_events e where e.incident_id = i.id),
    (select count(*) from public.incident_photos p where p.incident_id = i.id),
    (select count(*) from public.incident_supporters s where s.incident_id = i.id))
  from public.incidents i where i.id = p_id
$$;
comment on function tests.wf_state(bigint) is 'Fingerprint of an incident and its timeline, photos and supporters.';

-- Runs sql as the current user, expects the error key, and checks the incident is exactly as before.
create or replace function tests.wf_refused(p_id bigint, sql text, expected text, description text)
returns void language plpgsql as $$
declare
  before text := tests.wf_state(p_id);
begin
  perform tests.throws(sql, expected, description);
  perform tests.is(tests.wf_state(p_id), before, description || ' — row and timeline unchanged');
end
$$;
comment on function tests.wf_refused(bigint, text, text, text) is
  'tests.throws plus a check that the incident, its timeline, photos and supporters did not change.';

grant execute on all functions in schema tests to anon, authenticated;
