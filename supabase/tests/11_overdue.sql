-- 11 Overdue is computed by the database at read time: open and past the due time, whatever the session's zone.

create temp table fx on commit drop as
select (select id from public.incidents where status = 'dispatched' order by id limit 1) open_id,
       (select id from public.incidents where status = 'closed' order by id limit 1) closed_id;
grant select on fx to anon, authenticated;

-- The rule, at instants either side of a due time.
select tests.is(private.incident_overdue(true, '2026-03-01 12:00+08', '2026-03-01 11:59:59+08'), false,
  'an open incident one second before its due time is not overdue');
select tests.is(private.incident_overdue(true, '2026-03-01 12:00+08', '2026-03-01 12:00+08'), false,
  'at the due time itself it is not overdue yet');
select tests.is(private.incident_overdue(true, '2026-03-01 12:00+08', '2026-03-01 12:00:01+08'), true,
  'one second after the due time it is overdue');
select tests.is(private.incident_overdue(false, '2026-03-01 12:00+08', '2026-03-09 12:00+08'), false,
  'a closed incident is never overdue, however late it was');
select tests.is(private.incident_overdue(true, null, '2026-03-02 12:00+08'), false, 'no due time, not overdue');
-- Midnight in Shanghai is 16:00 UTC the day before: the same instant, whichever way it is written.
select tests.is(private.incident_overdue(true, '2026-03-02 00:00+08', '2026-03-01 16:00:01+00'), true,
  'instants compare across time zones (00:00 Shanghai = 16:00 UTC the day before)');
select tests.is((select string_agg(code, ',' order by sort) from public.incident_statuses where is_open),
  'pending,accepted,dispatched,coordinating,returned', 'open means 待受理, 已受理, 已交办, 协调中 and 退回');

-- Move the due time of one open incident around "now" and read it back through the map and the panel.
update public.incidents set due_at = now() - interval '1 minute' where id = (select open_id from fx);
select tests.act_as_anon();
select tests.is((select overdue from public.map_incidents() where id = (select open_id from fx)), true,
  'acting as anon: a minute past due, the pin is overdue');
select tests.act_as_owner();
update public.incidents set due_at = now() + interval '1 minute' where id = (select open_id from fx);
select tests.act_as_anon();
select tests.is((select overdue from public.map_incidents() where id = (select open_id from fx)), false,
  'acting as anon: a minute before due, it is not');
select tests.is((public.incident_detail((select open_id from fx)) ->> 'overdue')::boolean, false, 'acting as anon: the panel agrees');

select set_config('TimeZone', 'America/Los_Angeles', true);
select tests.is((select overdue from public.map_incidents() where id = (select open_id from fx)), false,
  'with the session in Los Angeles time: still not overdue');
select tests.is(
  (select count(*) filter (where overdue) from public.map_incidents()),
  (select count(*) from public.incidents i join public.incident_statuses s on s.code = i.status where s.is_open and i.due_at < now()),
  'with the session in Los Angeles time: the map counts exactly the open incidents past due');
select set_config('TimeZone', 'Asia/Shanghai', true);
select tests.is(
  (select count(*) filter (where overdue) from public.map_incidents()),
  (select count(*) from public.incidents i join public.incident_statuses s on s.code = i.status where s.is_open and i.due_at < now()),
  'with the session in Shanghai time: the same count');
select tests.is((select overdue from public.map_incidents() where id = (select closed_id from fx)), false,
  'a closed incident''s pin is not overdue');
select tests.act_as_owner();
