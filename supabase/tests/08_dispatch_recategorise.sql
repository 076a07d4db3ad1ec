-- 08 Dispatch (交办), re-routing to another department, re-categorising, and the department's work queue.

select tests.wf_setup();

create temp table fx on commit drop as
select tests.wf_incident('accepted', 'drain_blocked', false, null) accepted,
       tests.wf_incident('dispatched', 'other', false, 'police') police_job,
       tests.wf_incident('closed') closed,
       (select id from public.departments where code = 'water') water,
       (select id from public.departments where code = 'property') property;
grant select on fx to anon, authenticated;

select tests.wf_as('grid_worker');
select tests.wf_refused((select accepted from fx), format('select public.incident_dispatch(%s, 99::smallint, null, null)', (select accepted from fx)),
  'error.unknown_department', 'acting as grid worker: an unknown department is refused');
select tests.wf_refused((select accepted from fx),
  format('select public.incident_dispatch(%s, %s::smallint, %L, null)', (select accepted from fx), (select water from fx), repeat('名', 61)),
  'error.assignee_too_long', 'acting as grid worker: an assignee name over 60 characters is refused');
select tests.lives(format('select public.incident_dispatch(%s, %s::smallint, %L, %L)', (select accepted from fx), (select water from fx), ' 王师傅 ', '请今天处理'),
  'acting as grid worker: dispatches an accepted incident to the water company');
select tests.is((select concat_ws('|', status, department_id, assignee_name, dispatched_at = now()) from public.incidents where id = (select accepted from fx)),
  concat_ws('|', 'dispatched', (select water from fx), '王师傅', true), 'the incident is 已交办 to the water company, with the person named');
select tests.is((select concat_ws('|', kind, from_status, to_status, from_value, to_value, note, actor_name)
  from public.incident_events where incident_id = (select accepted from fx) order by id desc limit 1),
  concat_ws('|', 'dispatch', 'accepted', 'dispatched', (select water from fx), '请今天处理', '网格员 测试'),
  'one dispatch event records the status change, the department and who did it');
select tests.wf_refused((select accepted from fx),
  format('select public.incident_dispatch(%s, %s::smallint, %L, null)', (select accepted from fx), (select water from fx), '王师傅'),
  'error.already_dispatched', 'acting as grid worker: dispatching again to the same department and person is refused');

select tests.lives(format('select public.incident_dispatch(%s, %s::smallint, null, %L)', (select accepted from fx), (select property from fx), '属于物业维修范围'),
  'acting as grid worker: re-routes the incident to property management');
select tests.is((select concat_ws('|', kind, from_status, to_status, from_value, to_value, note)
  from public.incident_events where incident_id = (select accepted from fx) order by id desc limit 1),
  concat_ws('|', 'reroute', (select water from fx), (select property from fx), '属于物业维修范围'),
  're-routing is recorded as reroute from one department to the other, status unchanged');
select tests.is((select concat_ws('|', status, department_id, assignee_name) from public.incidents where id = (select accepted from fx)),
  concat_ws('|', 'dispatched', (select property from fx)), 'the incident now sits with property management, no person named');

select tests.wf_as('department_staff');
select tests.wf_refused((select police_job from fx),
  format('select public.incident_dispatch(%s, %s::smallint, null, null)', (select police_job from fx), (select water from fx)),
  'error.role_forbidden', 'acting as department staff: cannot re-route work themselves');
select tests.wf_as('outside_worker');
select tests.wf_refused((select police_job from fx),
  format('select public.incident_dispatch(%s, %s::smallint, null, null)', (select police_job from fx), (select water from fx)),
  'error.out_of_scope', 'acting as another grid''s worker: cannot re-route');

-- Returned by the police, dispatched to the water company: a reroute with the status change.
select tests.wf_as('other_department_staff');
select tests.lives(format('select public.incident_transition(%s, %L, %L)', (select police_job from fx), 'returned', '不属于派出所职责'),
  'acting as the police: returns what is not theirs, with a reason');
select tests.wf_as('grid_leader');
select tests.lives(format('select public.incident_dispatch(%s, %s::smallint, null, null)', (select police_job from fx), (select water from fx)),
  'acting as grid leader: dispatches the returned incident to the water company');
select tests.act_as_owner();
select tests.is((select string_agg(concat_ws(' ', kind, from_status || '→' || to_status, from_value || '→' || to_value), '; ' order by id)
  from public.incident_events where incident_id = (select police_job from fx) and kind <> 'created'),
  format('status dispatched→returned; reroute returned→dispatched %s→%s',
    (select id from public.departments where code = 'police'), (select water from fx)),
  'the timeline shows the return and the re-route from police to water');

-- Re-categorising: recorded from → to, due time from the new category's deadline.
select tests.wf_as('grid_worker');
select tests.lives(format('select public.incident_recategorise(%s, %L, %L)', (select accepted from fx), 'water_pipe', '现场看是供水管破裂'),
  'acting as grid worker: re-categorises a blocked drain as a burst pipe');
select tests.act_as_owner();
select tests.is((select concat_ws('|', category, due_at = reported_at + interval '24 hours') from public.incidents where id = (select accepted from fx)),
  'water_pipe|t', 'the category changed and the due time is now 24 h after the report (was 48 h)');
select tests.is((select concat_ws('|', kind, from_value, to_value, note) from public.incident_events
  where incident_id = (select accepted from fx) order by id desc limit 1),
  'recategorise|drain_blocked|water_pipe|现场看是供水管破裂', 'the timeline records the old and the new category');
select tests.wf_as('grid_worker');
select tests.wf_refused((select accepted from fx), format('select public.incident_recategorise(%s, %L, null)', (select accepted from fx), 'water_pipe'),
  'error.same_category', 'acting as grid worker: the same category again is refused');
select tests.wf_refused((select accepted from fx), format('select public.incident_recategorise(%s, %L, null)', (select accepted from fx), 'aliens'),
  'error.unknown_category', 'acting as grid worker: an unknown category is refused');
select tests.wf_refused((select closed from fx), format('select public.incident_recategorise(%s, %L, null)', (select closed from fx), 'heating'),
  'error.not_open', 'acting as grid worker: a closed incident keeps its category');
select tests.wf_as('department_staff');
select tests.wf_refused((select accepted from fx), format('select public.incident_recategorise(%s, %L, null)', (select accepted from fx), 'heating'),
  'error.role_forbidden', 'acting as department staff: cannot re-categorise');

-- The water company's queue: what was sent to it and is still being handled, soonest due first.
select tests.wf_as('department_staff');
select tests.ok((select bool_and(q.id in (select i.id from public.incidents i
                   where i.department_id = (select water from fx) and i.status in ('dispatched', 'coordinating')))
                 and count(*) > 0 from public.department_queue() q),
  'acting as water staff: the queue holds only open work dispatched to the water company');
select tests.ok((select (select police_job from fx) in (select id from public.department_queue())),
  'acting as water staff: the incident re-routed to them is in the queue');
select tests.ok((select (select accepted from fx) not in (select id from public.department_queue())),
  'acting as water staff: the incident re-routed away from them is not');
select tests.ok((select bool_and(due_at >= coalesce(prev, due_at)) from (
  select due_at, lag(due_at) over (order by ordinality) prev from public.department_queue() with ordinality) x),
  'acting as water staff: soonest due first');
select tests.wf_as('grid_worker');
select tests.is((select count(*) from public.department_queue()), 0::bigint, 'acting as grid worker: no department, empty queue');
select tests.act_as_anon();
select tests.is((select count(*) from public.department_queue()), 0::bigint, 'acting as anon: empty queue');
select tests.act_as_owner();
