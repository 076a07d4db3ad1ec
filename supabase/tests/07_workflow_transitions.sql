-- 07 The status machine: every legal transition passes for every role that may take it, every other change is
-- refused with its reason and leaves the incident and its timeline as they were.

select tests.wf_setup();

select tests.is((select count(*)::int from public.incident_transitions), 15, 'the transitions table lists 15 legal changes');
select tests.act_as_anon();
select tests.is((select string_agg(action, ',' order by sort) from public.incident_transitions),
  'accept,reject,dispatch,dispatch,dispatch,coordinate,coordinate,resolve,resolve,resolve,return,close,reopen,reopen,reopen',
  'acting as anon: the transitions are public, in workflow order');
select tests.act_as_owner();

-- Every (transition, role) pair, and the reporter where the transition allows it, on a fresh incident each time.
do $$
declare
  t record;
  actor text;
  inc_id bigint;
  last_event record;
begin
  for t in select * from public.incident_transitions order by sort loop
    foreach actor in array t.roles::text[] || case when t.reporter then array['resident'] else '{}'::text[] end loop
      inc_id := tests.wf_incident(t.from_status);
      perform tests.wf_as(actor);
      if t.action = 'dispatch' then
        perform tests.lives(format('select public.incident_dispatch(%s, %s::smallint, %L, %L)', inc_id,
            (select d.id from public.departments d where d.code = 'water'), '李师傅', '请尽快处理'),
          format('acting as %s: %s %s → %s (incident_dispatch)', actor, t.action, t.from_status, t.to_status));
      else
        perform tests.lives(format('select public.incident_transition(%s, %L, %L)', inc_id, t.to_status, '处理说明'),
          format('acting as %s: %s %s → %s', actor, t.action, t.from_status, t.to_status));
      end if;
      perform tests.act_as_owner();
      select e.kind, e.from_status, e.to_status, e.note, e.actor_name into last_event
      from public.incident_events e where e.incident_id = inc_id order by e.id desc limit 1;
      perform tests.is(
        (select i.status from public.incidents i where i.id = inc_id) || ' ' || last_event.kind || ' ' || last_event.from_status
          || '→' || last_event.to_status,
        t.to_status || ' ' || case t.action when 'reopen' then 'reopen' when 'dispatch' then 'dispatch' else 'status' end
          || ' ' || t.from_status || '→' || t.to_status,
        format('acting as %s: %s is stored and written to the timeline once', actor, t.action));
      perform tests.is((select count(*)::int from public.incident_events e where e.incident_id = inc_id), 2,
        format('acting as %s: %s adds exactly one event (the logging trigger does not add a second)', actor, t.action));
      perform tests.is(last_event.actor_name is not null, actor <> 'resident',
        format('acting as %s: the timeline names staff, never residents', actor));
    end loop;
  end loop;
end
$$;

-- Every change the table does not list is refused, whatever the status, even for the street admin.
do $$
declare
  f text;
  t text;
  id bigint;
begin
  for f, t in
    select a.code, b.code from public.incident_statuses a cross join public.incident_statuses b
    where not exists (select 1 from public.incident_transitions x where x.from_status = a.code and x.to_status = b.code)
    order by a.sort, b.sort
  loop
    id := tests.wf_incident(f);
    perform tests.wf_as('district_admin');
    perform tests.wf_refused(id, format('select public.incident_transition(%s, %L, %L)', id, t, '说明'),
      'error.illegal_transition', format('acting as district admin: %s → %s is refused', f, t));
    perform tests.act_as_owner();
  end loop;
end
$$;

create temp table fx on commit drop as
select tests.wf_incident('pending') pending,
       tests.wf_incident('pending', 'dispute') sensitive_pending,
       tests.wf_incident('pending', 'other', true) other_grid_pending,
       tests.wf_incident('dispatched') dispatched,
       tests.wf_incident('dispatched', 'dispute') sensitive_dispatched,
       tests.wf_incident('resolved') resolved;
grant select on fx to anon, authenticated;

select tests.wf_as('district_admin');
select tests.wf_refused((select pending from fx), format('select public.incident_transition(%s, %L, null)', (select pending from fx), 'rejected'),
  'error.note_required', 'acting as district admin: 不予受理 without a note is refused');
select tests.wf_refused((select pending from fx), format('select public.incident_transition(%s, %L, %L)', (select pending from fx), 'rejected', '   '),
  'error.note_required', 'acting as district admin: a note of spaces is no note');
select tests.wf_refused((select pending from fx), format('select public.incident_transition(%s, %L, %L)', (select pending from fx), 'accepted', repeat('长', 2001)),
  'error.note_too_long', 'acting as district admin: a note over 2,000 characters is refused');
select tests.wf_refused((select pending from fx), format('select public.incident_transition(%s, %L, null)', (select pending from fx), 'teleported'),
  'error.unknown_status', 'acting as district admin: an unknown status is refused');
select tests.wf_refused((select pending from fx), format('select public.incident_transition(%s, %L, null)', (select pending from fx), 'dispatched'),
  'error.illegal_transition', 'acting as district admin: 待受理 cannot be dispatched before it is accepted');
select tests.throws('select public.incident_transition(999999999, ''accepted'', null)', 'error.incident_not_found',
  'acting as district admin: an incident that does not exist is refused');

select tests.wf_as('grid_worker');
select tests.wf_refused((select other_grid_pending from fx),
  format('select public.incident_transition(%s, %L, null)', (select other_grid_pending from fx), 'accepted'),
  'error.out_of_scope', 'acting as grid worker: an incident in another community''s grid is refused');
select tests.wf_as('community_admin');
select tests.wf_refused((select other_grid_pending from fx),
  format('select public.incident_transition(%s, %L, null)', (select other_grid_pending from fx), 'accepted'),
  'error.out_of_scope', 'acting as community admin: an incident in another community is refused');
select tests.wf_as('outside_worker');
select tests.wf_refused((select pending from fx), format('select public.incident_transition(%s, %L, null)', (select pending from fx), 'accepted'),
  'error.out_of_scope', 'acting as another grid''s worker: refused');
select tests.wf_refused((select sensitive_pending from fx),
  format('select public.incident_transition(%s, %L, null)', (select sensitive_pending from fx), 'accepted'),
  'error.incident_not_found', 'acting as another grid''s worker: a dispute elsewhere is not even visible');

select tests.wf_as('resident');
select tests.wf_refused((select pending from fx), format('select public.incident_transition(%s, %L, null)', (select pending from fx), 'accepted'),
  'error.role_forbidden', 'acting as the reporter: cannot accept their own report');
select tests.wf_refused((select resolved from fx), format('select public.incident_transition(%s, %L, null)', (select resolved from fx), 'closed'),
  'error.role_forbidden', 'acting as the reporter: cannot close (反馈销号 is the grid''s)');
select tests.wf_as('other_resident');
select tests.wf_refused((select resolved from fx), format('select public.incident_transition(%s, %L, %L)', (select resolved from fx), 'accepted', '没修好'),
  'error.role_forbidden', 'acting as another resident: cannot reopen someone else''s report');

select tests.wf_as('department_staff');
select tests.wf_refused((select pending from fx), format('select public.incident_transition(%s, %L, null)', (select pending from fx), 'accepted'),
  'error.role_forbidden', 'acting as department staff: cannot accept (受理 is the grid''s)');
select tests.wf_refused((select dispatched from fx), format('select public.incident_transition(%s, %L, null)', (select dispatched from fx), 'returned'),
  'error.note_required', 'acting as department staff: 退回 needs a reason');
select tests.wf_as('other_department_staff');
select tests.wf_refused((select dispatched from fx), format('select public.incident_transition(%s, %L, %L)', (select dispatched from fx), 'resolved', '已修'),
  'error.other_department', 'acting as another department: cannot resolve what was sent to the water company');
select tests.wf_refused((select sensitive_dispatched from fx),
  format('select public.incident_transition(%s, %L, %L)', (select sensitive_dispatched from fx), 'resolved', '已修'),
  'error.incident_not_found', 'acting as another department: a dispute sent elsewhere is not visible');
select tests.wf_as('grid_leader');
select tests.wf_refused((select dispatched from fx), format('select public.incident_transition(%s, %L, %L)', (select dispatched from fx), 'returned', '不归我们'),
  'error.role_forbidden', 'acting as grid leader: only the department can return what it was sent');

select tests.act_as_anon();
select tests.throws(format('select public.incident_transition(%s, %L, null)', (select pending from fx), 'accepted'),
  '%permission denied%', 'acting as anon: cannot call the workflow at all');
select tests.wf_as('district_admin');
select tests.throws(format('update public.incidents set status = %L where id = %s', 'accepted', (select pending from fx)),
  '%permission denied%', 'acting as district admin: no direct UPDATE on incidents');
select tests.throws(format('insert into public.incident_events (incident_id, kind) values (%s, %L)', (select pending from fx), 'comment'),
  '%permission denied%', 'acting as district admin: no direct INSERT into the timeline');
select tests.act_as_owner();
select tests.is(tests.wf_state((select pending from fx)), concat_ws('|', 'pending', 'other', (select id from public.departments where code = 'water'),
  null, (select due_at from public.incidents where id = (select pending from fx)), 0, null, 0, 1, 0, 0),
  'after all the refusals the pending incident still has only its creation event');
