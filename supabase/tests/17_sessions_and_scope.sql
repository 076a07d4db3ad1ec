-- 17 Role and scope come from the profiles table, never from what a client sends: tampered JWT claims, a
-- user without a profile, a deactivated account, a worker moved to another grid (access follows at once), and
-- hostile text stored as text.

select tests.wf_setup();
create temp table fx on commit drop as
select tests.wf_grid() grid, tests.wf_grid(true) other_grid, tests.cy_new() courtyard,
       (select count(*) from public.households h join public.grids g on g.id = h.grid_id where g.path @> array[tests.wf_grid()]) grid_households,
       (select count(*) from public.households h join public.grids g on g.id = h.grid_id where g.path @> array[tests.wf_grid(true)]) other_households;
grant select on fx to anon, authenticated;

create or replace function pg_temp.act_with_claims(p_claims jsonb)
returns void language sql as $$
  select set_config('request.jwt.claims', p_claims::text, true), set_config('role', 'authenticated', true)
$$;
create or replace function pg_temp.visible_households()
returns bigint language sql stable as $$ select count(*) from public.households $$;

-- Tampered claims: a resident's token that claims more.
select pg_temp.act_with_claims(jsonb_build_object('sub', tests.wf_user('resident'), 'role', 'service_role',
  'app_role', 'district_admin', 'grid_id', (select grid from fx), 'user_role', 'district_admin'));
select tests.is(pg_temp.visible_households(), 0::bigint, 'a resident claiming service_role and district_admin in the token still sees no household');
select tests.throws(format('select public.courtyard_inspect(%s, %L::jsonb)', (select courtyard from fx), tests.cy_answers()),
  'error.courtyard_forbidden', 'and may not inspect a courtyard');
select tests.is((select count(*) from public.profiles), 1::bigint, 'and sees only their own profile');

-- A valid-looking token for someone with no profile.
select pg_temp.act_with_claims(jsonb_build_object('sub', '99999999-0000-4000-8000-000000000000', 'role', 'authenticated'));
select tests.is(pg_temp.visible_households(), 0::bigint, 'a user without a profile sees no household');
select tests.throws(format('select public.courtyard_inspect(%s, %L::jsonb)', (select courtyard from fx), tests.cy_answers()),
  'error.sign_in_required', 'and is asked to sign in before inspecting');
select tests.throws('select public.report_incident(''other'', ''wechat'', ''标题'', ''描述'', 112.55, 37.8)', 'error.sign_in_required',
  'and before reporting');

-- A malformed subject is refused outright, not read as someone.
select pg_temp.act_with_claims('{"sub": "1 or 1=1", "role": "authenticated"}');
select tests.throws('select count(*) from public.households', '%invalid input syntax for type uuid%',
  'a token whose subject is not a UUID is refused');

-- Deactivated: the same user, the same token, nothing more.
select tests.wf_as('grid_worker');
select tests.is(pg_temp.visible_households(), (select grid_households from fx), 'acting as grid worker: sees the households of their grid');
select tests.act_as_owner();
update public.profiles set is_active = false where user_id = tests.wf_user('grid_worker');
select tests.wf_as('grid_worker');
select tests.is(pg_temp.visible_households(), 0::bigint, 'deactivated: the same worker sees no household at once');
select tests.throws(format('select public.courtyard_inspect(%s, %L::jsonb)', (select courtyard from fx), tests.cy_answers()),
  'error.sign_in_required', 'deactivated: may not inspect');
select tests.is((select string_agg(is_active::text, ',') from public.profiles), 'false', 'deactivated: their own profile says so (the app can tell them why)');
select tests.act_as_owner();
update public.profiles set is_active = true where user_id = tests.wf_user('grid_worker');

-- Moved to a grid in another community: the old grid is gone and the new one there within the same transaction.
update public.profiles set grid_id = (select other_grid from fx) where user_id = tests.wf_user('grid_worker');
select tests.wf_as('grid_worker');
select tests.is(pg_temp.visible_households(), (select other_households from fx), 'moved: sees the households of the new grid only');
select tests.throws(format('select public.courtyard_inspect(%s, %L::jsonb)', (select courtyard from fx), tests.cy_answers()),
  'error.courtyard_forbidden', 'moved: the old grid''s courtyard is no longer theirs');
select tests.is((select count(*) from public.courtyard_events where courtyard_id = (select courtyard from fx)), 0::bigint,
  'moved: the old courtyard''s history is hidden');

-- Hostile text is stored as text: nothing runs, nothing is lost.
create temp table hostile (id bigint) on commit drop;
grant select, insert on hostile to authenticated;
create temp table spot on commit drop as
select extensions.st_x(tests.wf_point(tests.wf_grid())) lon, extensions.st_y(tests.wf_point(tests.wf_grid())) lat;
grant select on spot to anon, authenticated;
select tests.wf_as('resident');
insert into hostile select public.report_incident('other', 'wechat', $t$'); drop table public.incidents; --$t$,
  '<script>alert(1)</script><img src=x onerror=alert(2)>', lon, lat) from spot;
select tests.act_as_owner();
select tests.is((select title || ' | ' || description from public.incidents where id = (select id from hostile)),
  $t$'); drop table public.incidents; -- | <script>alert(1)</script><img src=x onerror=alert(2)>$t$,
  'SQL-looking and script-looking text is stored exactly as typed');
select tests.ok(to_regclass('public.incidents') is not null, 'and the incidents table is still there');
select tests.throws(format('select public.courtyard_detail(%L)', 'abc'), '%invalid input syntax for type bigint%',
  'a malformed id is refused with Postgres''s own message');
