-- 06 The incident timeline is append-only and records every status change.

create temp table fx on commit drop as
select id, status,
       (select count(*) from public.incident_events e where e.incident_id = i.id) as events_before
from public.incidents i where status = 'pending' order by id limit 1;
grant select on fx to anon, authenticated;

update public.incidents set status = 'accepted' where id = (select id from fx);
select tests.is(
  (select from_status || '→' || to_status from public.incident_events
   where incident_id = (select id from fx) order by id desc limit 1),
  'pending→accepted', 'a status change is written to the timeline with from and to');
select tests.is((select count(*) from public.incident_events where incident_id = (select id from fx)),
  (select events_before + 1 from fx), 'exactly one event was added');

select tests.throws(format('update public.incident_events set note = %L where incident_id = %s', '改写', (select id from fx)),
  'error.timeline_append_only', 'timeline events cannot be edited');
select tests.throws(format('delete from public.incident_events where incident_id = %s', (select id from fx)),
  'error.timeline_append_only', 'timeline events cannot be deleted');
select tests.is((select count(*) from public.incident_events where incident_id = (select id from fx)),
  (select events_before + 1 from fx), 'the timeline is intact after the refused edits');

select tests.act_as_anon();
select tests.throws(format($$update public.incidents set status = 'closed' where id = %s$$, (select id from fx)),
  '%permission denied%', 'acting as anon: cannot change an incident');
select tests.throws(format($$insert into public.incident_events (incident_id, kind) values (%s, 'comment')$$, (select id from fx)),
  '%permission denied%', 'acting as anon: cannot write to a timeline');
select tests.act_as_owner();
