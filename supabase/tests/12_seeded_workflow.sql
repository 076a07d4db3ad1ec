-- 12 The demo district's timelines follow the workflow: every status event is a legal transition with the note it
-- needs, ratings and "me too" counts agree with the timeline, and each demo role has something to do.

select tests.is(
  (select string_agg(distinct e.from_status || '→' || e.to_status, ', ') from public.incident_events e
   where e.kind <> 'created' and e.to_status is not null
     and not exists (select 1 from public.incident_transitions t where t.from_status = e.from_status and t.to_status = e.to_status)),
  null, 'every seeded status change is listed in incident_transitions');
select tests.is(
  (select count(*)::int from public.incident_events e join public.incident_transitions t
     on t.from_status = e.from_status and t.to_status = e.to_status
   where t.note_required and coalesce(btrim(e.note), '') = ''), 0,
  'every seeded change that needs a note has one');
select tests.is(
  (select count(*)::int from public.incident_events e where e.kind in ('dispatch', 'reroute')
   and (e.to_status <> 'dispatched' or e.to_value is null or not exists (select 1 from public.departments d where d.id::text = e.to_value))), 0,
  'every seeded dispatch names a real department');
select tests.is(
  (select count(*)::int from public.incidents i where i.department_id::text is distinct from (
     select e.to_value from public.incident_events e where e.incident_id = i.id and e.kind in ('dispatch', 'reroute')
     order by e.at desc, e.id desc limit 1)), 0,
  'each incident''s department is the last one it was dispatched to');
select tests.is(
  (select count(*)::int from public.incident_events e where e.kind = 'reroute'
   and (e.from_value is null or e.from_value = e.to_value)), 0,
  'every seeded re-route names the department it came from');

select tests.ok((select count(*) > 1000 from public.incidents where rating is not null), 'over a thousand closed incidents are rated');
select tests.ok((select avg(rating) between 4 and 4.7 and count(*) filter (where rating <= 2) > 0 from public.incidents),
  'ratings are mostly good (average 4–4.7) with some poor ones');
select tests.is((select count(*)::int from public.incidents where rating is not null
   and (status <> 'closed' or rated_at <= resolved_at or rated_at > closed_at)), 0,
  'ratings belong to closed incidents, given after 办结 and before 销号');
select tests.is((select count(*)::int from public.incidents i where i.rating is distinct from (
   select e.to_value::smallint from public.incident_events e where e.incident_id = i.id and e.kind = 'feedback')), 0,
  'every rating has its feedback event, and no feedback event is without one');
select tests.ok((select count(*) between 20 and 60 from public.incidents where me_too_count > 0), 'a few dozen incidents have "me too"s');
select tests.is((select count(*)::int from public.incidents i where i.me_too_count <> (
   select count(*) from public.incident_events e where e.incident_id = i.id and e.kind = 'support')), 0,
  'every "me too" count matches the support events in the timeline');
select tests.is((select count(*)::int from public.incident_events e join public.incidents i on i.id = e.incident_id
   where e.kind = 'support' and (e.at <= i.reported_at or e.at >= coalesce(i.resolved_at, 'infinity'))), 0,
  'every "me too" came while the incident was open');

-- The demo users have something to show.
create temp table own on commit drop as
select id from public.incidents where reporter_id = 'd0000000-0000-4000-8000-000000000006';
grant select on own to authenticated;
select tests.act_as('d0000000-0000-4000-8000-000000000006');
select tests.ok((select count(*) between 6 and 10 from own where (public.incident_detail(own.id) ->> 'is_reporter')::boolean),
  'acting as the demo resident: about eight own reports');
select tests.ok((select count(*) between 2 and 3 from own where (public.incident_detail(own.id) ->> 'can_rate')::boolean),
  'acting as the demo resident: two or three solved reports wait for a rating');
select tests.ok((select count(distinct public.incident_detail(own.id) ->> 'status') >= 4 from own),
  'acting as the demo resident: their reports are in at least four different states');
select tests.ok((select count(*) >= 1 from own where public.incident_detail(own.id) ->> 'status' = 'pending'),
  'acting as the demo resident: one report still waits to be accepted');
select tests.act_as('d0000000-0000-4000-8000-000000000005');
select tests.ok((select count(*) >= 3 from public.department_queue()), 'acting as the demo water company staff: the queue has work');
select tests.act_as_owner();
