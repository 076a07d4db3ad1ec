-- 19 Managing users: invitations turned into profiles at first sign-in, role and scope changes and deactivation,
-- each only within the admin's own scope and never above it, all in the audit log.

select tests.wf_setup();
create temp table fx on commit drop as
select tests.wf_grid() grid, tests.wf_grid(true) other_grid,
       (select parent_id from public.grids where id = tests.wf_grid()) community,
       (select id from public.departments where code = 'water') water;
grant select on fx to anon, authenticated;

create or replace function pg_temp.invite(p_email text, p_role text, p_grid bigint default null, p_department smallint default null)
returns text language sql as $$
  select format('select public.invite_user(%L, %L, %L, %s, %s)', p_email, '新同事', p_role, coalesce(p_grid::text, 'null'),
    coalesce(p_department::text || '::smallint', 'null'))
$$;

-- Who may invite whom.
select tests.wf_as('grid_worker');
select tests.throws(pg_temp.invite('a@test.cn', 'grid_worker', (select grid from fx)), 'error.admin_only', 'acting as grid worker: may not invite');
select tests.act_as_anon();
select tests.throws(pg_temp.invite('a@test.cn', 'grid_worker', (select grid from fx)), '%permission denied%', 'acting as anon: may not invite');
select tests.wf_as('community_admin');
select tests.throws(pg_temp.invite('a@test.cn', 'grid_worker', (select other_grid from fx)), 'error.assignment_forbidden',
  'acting as community admin: not for a grid of another community');
select tests.throws(pg_temp.invite('a@test.cn', 'community_admin', (select community from fx)), 'error.assignment_forbidden',
  'acting as community admin: may not make another community admin');
select tests.throws(pg_temp.invite('a@test.cn', 'district_admin'), 'error.assignment_forbidden',
  'acting as community admin: may not make a street admin');
select tests.throws(pg_temp.invite('a@test.cn', 'grid_worker'), 'error.grid_required', 'acting as community admin: a grid worker needs a grid');
select tests.throws(pg_temp.invite('not an email', 'grid_worker', (select grid from fx)), 'error.bad_email',
  'acting as community admin: a malformed email is refused');
select tests.lives(pg_temp.invite(' Wang.Fang@Test.cn ', 'grid_worker', (select grid from fx)), 'acting as community admin: invites a grid worker for their grid');
select tests.throws(pg_temp.invite('wang.fang@test.cn', 'grid_leader', (select grid from fx)), 'error.already_invited',
  'acting as community admin: the same email twice is refused');
select tests.throws(pg_temp.invite('grid_worker@workflow.test', 'grid_leader', (select grid from fx)), 'error.already_user',
  'acting as community admin: someone who already has an account is changed, not invited');
select tests.is((select count(*)::integer from public.invitations), 1, 'acting as community admin: sees the invitation');
select tests.wf_as('district_admin');
select tests.throws(pg_temp.invite('b@test.cn', 'community_admin', (select grid from fx)), 'error.community_grid_required',
  'acting as district admin: a community admin''s scope must be a community');
select tests.throws(pg_temp.invite('b@test.cn', 'department_staff'), 'error.department_required',
  'acting as district admin: department staff need a department');
select tests.lives(pg_temp.invite('b@test.cn', 'department_staff', null, (select water from fx)), 'acting as district admin: invites water company staff');
select tests.wf_as('outside_worker');
select tests.is((select count(*)::integer from public.invitations), 0, 'acting as a grid worker: sees no invitation');

-- First sign-in: the invitation becomes the profile.
select tests.act_as_owner();
insert into auth.users (id, email) values ('40000000-0000-4000-8000-000000000001', 'WANG.FANG@test.cn'),
  ('40000000-0000-4000-8000-000000000002', 'stranger@test.cn');
select tests.is((select concat_ws('|', display_name, role, grid_id = (select grid from fx), is_active) from public.profiles
                 where user_id = '40000000-0000-4000-8000-000000000001'), '新同事|grid_worker|t|t',
  'the invited worker''s first sign-in gives them the role and grid they were invited with (email case ignored)');
select tests.ok((select accepted_at is not null from public.invitations where email = 'wang.fang@test.cn'), 'the invitation is marked accepted');
select tests.is((select count(*)::integer from public.profiles where user_id = '40000000-0000-4000-8000-000000000002'), 0,
  'someone who signs up uninvited gets no role at all');

-- Changing roles and scope.
select tests.wf_as('community_admin');
select tests.lives(format('select public.set_user_role(%L, %L, %s)', '40000000-0000-4000-8000-000000000001', 'grid_leader', (select grid from fx)),
  'acting as community admin: makes the new worker 网格长 of their grid');
select tests.throws(format('select public.set_user_role(%L, %L)', '40000000-0000-4000-8000-000000000001', 'district_admin'),
  'error.assignment_forbidden', 'acting as community admin: may not promote anyone to street admin');
select tests.throws(format('select public.set_user_role(%L, %L, %s)', tests.wf_user('outside_worker'), 'grid_worker', (select grid from fx)),
  'error.user_not_found', 'acting as community admin: may not touch a worker of another community');
select tests.throws(format('select public.set_user_role(%L, %L)', tests.wf_user('district_admin'), 'resident'),
  'error.user_not_found', 'acting as community admin: may not demote the street admin');
select tests.throws(format('select public.set_user_role(%L, %L, %s)', tests.wf_user('community_admin'), 'community_admin', (select community from fx)),
  'error.not_yourself', 'acting as community admin: may not change their own role');
select tests.act_as_owner();
select tests.is((select concat_ws('|', actor_name, field, old_value, new_value) from public.audit_log
                 where object_type = 'profiles' and object_id = '40000000-0000-4000-8000-000000000001'),
  '社区 测试|role|grid_worker|grid_leader', 'the change of role is in the audit log, with who made it');

-- Deactivation takes effect with the next request.
select tests.wf_as('grid_worker');
select tests.ok((select count(*) from public.households) > 0, 'acting as grid worker: sees households');
select tests.wf_as('community_admin');
select tests.lives(format('select public.set_user_active(%L, false)', tests.wf_user('grid_worker')),
  'acting as community admin: deactivates the grid worker');
select tests.wf_as('grid_worker');
select tests.is((select count(*)::integer from public.households), 0, 'acting as the deactivated worker: sees no household at once');
select tests.wf_as('grid_leader');
select tests.throws(format('select public.set_user_active(%L, true)', tests.wf_user('grid_worker')), 'error.admin_only',
  'acting as grid leader: may not reactivate anyone');
select tests.act_as_owner();
create temp table everyone on commit drop as select count(*)::integer n from public.profiles;
grant select on everyone to authenticated;
select tests.wf_as('district_admin');
select tests.is((select count(*)::integer from public.profiles), (select n from everyone), 'acting as district admin: sees every profile');
select tests.wf_as('community_admin');
select tests.ok((select count(*) from public.profiles) < (select n from everyone), 'acting as community admin: sees only the profiles of their community');

-- What the admin page reads.
select tests.wf_as('community_admin');
select tests.ok((select count(*) from public.managed_users() where user_id = tests.wf_user('grid_worker') and not is_active) = 1,
  'acting as community admin: the deactivated worker is listed as inactive');
select tests.is((select count(*)::integer from public.managed_users() where role in ('district_admin', 'community_admin', 'department_staff')), 0,
  'acting as community admin: admins and department staff are not theirs to manage');
select tests.is((select count(*)::integer from public.pending_invitations()), 0, 'acting as community admin: no waiting invitation in their scope');
select tests.ok((select count(*) from public.audit_entries(5)) between 1 and 5, 'acting as community admin: the newest audit lines, at most as many as asked');
select tests.wf_as('grid_leader');
select tests.is((select count(*)::integer from public.managed_users()), 0, 'acting as grid leader: manages nobody');
