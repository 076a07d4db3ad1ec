-- 09 After 办结: the reporter's rating, reopening what is not solved, "me too", and what the panel tells whom.

select tests.wf_setup();

create temp table fx on commit drop as
select tests.wf_incident('resolved') resolved,
       tests.wf_incident('dispatched') open_one,
       tests.wf_incident('rejected') rejected,
       tests.wf_incident('closed') closed_one,
       tests.wf_incident('pending', 'dispute') sensitive;
grant select on fx to anon, authenticated;

-- Rating: the reporter only, after 办结, 1–5, once.
select tests.wf_as('other_resident');
select tests.wf_refused((select resolved from fx), format('select public.incident_rate(%s, 5, null)', (select resolved from fx)),
  'error.rate_reporter_only', 'acting as another resident: cannot rate someone else''s report');
select tests.wf_as('grid_worker');
select tests.wf_refused((select resolved from fx), format('select public.incident_rate(%s, 5, null)', (select resolved from fx)),
  'error.rate_reporter_only', 'acting as grid worker: staff do not rate their own work');
select tests.wf_as('resident');
select tests.wf_refused((select open_one from fx), format('select public.incident_rate(%s, 5, null)', (select open_one from fx)),
  'error.rate_not_resolved', 'acting as the reporter: cannot rate before 办结');
select tests.wf_refused((select resolved from fx), format('select public.incident_rate(%s, 6, null)', (select resolved from fx)),
  'error.rating_range', 'acting as the reporter: 6 stars is out of range');
select tests.wf_refused((select resolved from fx), format('select public.incident_rate(%s, 0, null)', (select resolved from fx)),
  'error.rating_range', 'acting as the reporter: 0 stars is out of range');
select tests.wf_refused((select resolved from fx), format('select public.incident_rate(%s, null, null)', (select resolved from fx)),
  'error.rating_range', 'acting as the reporter: no rating is refused');
select tests.wf_refused((select resolved from fx), format('select public.incident_rate(%s, 4, %L)', (select resolved from fx), repeat('好', 501)),
  'error.comment_too_long', 'acting as the reporter: a comment over 500 characters is refused');
select tests.is((public.incident_detail((select resolved from fx)) ->> 'can_rate')::boolean, true,
  'acting as the reporter: the panel offers the rating');
select tests.lives(format('select public.incident_rate(%s, 2, %L)', (select resolved from fx), '只修了一半'),
  'acting as the reporter: rates 2 stars with a comment');
select tests.is((select concat_ws('|', d ->> 'rating', d ->> 'rating_comment', d ->> 'can_rate', d ->> 'rated_at' is not null)
  from public.incident_detail((select resolved from fx)) d), '2|只修了一半|false|t',
  'acting as the reporter: the rating is stored and no second one is offered');
select tests.is((select concat_ws('|', kind, to_value, note, actor_name is null) from public.incident_events
  where incident_id = (select resolved from fx) order by id desc limit 1), 'feedback|2|只修了一半|t',
  'the rating is a feedback event in the timeline, without the resident''s name');
select tests.wf_refused((select resolved from fx), format('select public.incident_rate(%s, 5, null)', (select resolved from fx)),
  'error.already_rated', 'acting as the reporter: cannot rate the same resolution twice');

-- Reopening after feedback: recorded, counted, fresh deadline, and a new rating round after the next 办结.
select tests.wf_refused((select resolved from fx), format('select public.incident_reopen(%s, null)', (select resolved from fx)),
  'error.note_required', 'acting as the reporter: reopening needs a reason');
select tests.wf_refused((select open_one from fx), format('select public.incident_reopen(%s, %L)', (select open_one from fx), '没修好'),
  'error.not_reopenable', 'acting as the reporter: an open incident cannot be reopened');
select tests.is((select string_agg(a ->> 'action', ',') from jsonb_array_elements(public.incident_detail((select resolved from fx)) -> 'actions') a),
  'reopen', 'acting as the reporter: the only step offered on their solved incident is reopening');
select tests.lives(format('select public.incident_reopen(%s, %L)', (select resolved from fx), '水还是漏，没修好'),
  'acting as the reporter: reopens the incident');
select tests.act_as_owner();
select tests.is((select concat_ws('|', status, reopened_count, resolved_at is null, rating is null, due_at > now())
  from public.incidents where id = (select resolved from fx)), 'accepted|1|t|t|t',
  'reopened: back to 已受理, counted, no longer resolved, rating cleared for the new round, a fresh deadline');
select tests.is((select concat_ws('|', kind, from_status, to_status, note) from public.incident_events
  where incident_id = (select resolved from fx) order by id desc limit 1), 'reopen|resolved|accepted|水还是漏，没修好',
  'the reopening is in the timeline with the reason');
select tests.ok((select count(*) = 1 from public.incident_events where incident_id = (select resolved from fx) and kind = 'feedback'),
  'the earlier rating stays in the timeline');
select tests.wf_as('grid_worker');
select tests.lives(format('select public.incident_transition(%s, %L, %L)', (select resolved from fx), 'resolved', '已彻底更换管件'),
  'acting as grid worker: resolves it again');
select tests.wf_as('resident');
select tests.lives(format('select public.incident_rate(%s, 5, %L)', (select resolved from fx), '这次修好了'),
  'acting as the reporter: rates the second resolution');
select tests.wf_as('grid_worker');
select tests.lives(format('select public.incident_transition(%s, %L, null)', (select resolved from fx), 'closed'),
  'acting as grid worker: closes it (反馈销号)');
select tests.lives(format('select public.incident_reopen(%s, %L)', (select resolved from fx), '回访发现又漏了'),
  'acting as grid worker: can reopen a closed incident too');
select tests.act_as_owner();
select tests.is((select reopened_count from public.incidents where id = (select resolved from fx)), 2, 'reopened twice, counted twice');

select tests.wf_as('grid_worker');
select tests.wf_refused((select rejected from fx), format('select public.incident_reopen(%s, %L)', (select rejected from fx), '重新受理'),
  'error.role_forbidden', 'acting as grid worker: reopening a refused incident is for admins');
select tests.wf_as('community_admin');
select tests.lives(format('select public.incident_reopen(%s, %L)', (select rejected from fx), '核实后属实，重新受理'),
  'acting as community admin: reopens a wrongly refused incident');

-- "Me too": once per user, on open incidents, not on one's own.
select tests.wf_as('other_resident');
select tests.is((public.incident_detail((select open_one from fx)) ->> 'supported')::boolean, false, 'acting as a neighbour: not supported yet');
select tests.lives(format('select public.incident_support(%s)', (select open_one from fx)), 'acting as a neighbour: says "me too"');
select tests.is((select concat_ws('|', d ->> 'me_too_count', d ->> 'supported') from public.incident_detail((select open_one from fx)) d),
  '1|true', 'acting as a neighbour: counted once and shown as supported');
select tests.wf_refused((select open_one from fx), format('select public.incident_support(%s)', (select open_one from fx)),
  'error.already_supported', 'acting as a neighbour: a second "me too" is refused');
select tests.wf_as('grid_worker');
select tests.lives(format('select public.incident_support(%s)', (select open_one from fx)), 'acting as grid worker: may add a "me too" too');
select tests.act_as_owner();
select tests.is((select concat_ws('|', me_too_count, (select count(*) from public.incident_events e where e.incident_id = i.id and e.kind = 'support'))
  from public.incidents i where id = (select open_one from fx)), '2|2', 'two supporters, two support events');
select tests.wf_as('resident');
select tests.wf_refused((select open_one from fx), format('select public.incident_support(%s)', (select open_one from fx)),
  'error.support_own', 'acting as the reporter: cannot "me too" their own report');
select tests.wf_as('other_resident');
select tests.wf_refused((select closed_one from fx), format('select public.incident_support(%s)', (select closed_one from fx)),
  'error.support_not_open', 'acting as a neighbour: a closed incident takes no "me too"');
select tests.act_as_anon();
select tests.throws(format('select public.incident_support(%s)', (select open_one from fx)), '%permission denied%',
  'acting as anon: "me too" needs an account');

-- Who sees who reported it: staff in scope (phone masked), nobody else; the reporter knows it is theirs.
select tests.is((select concat_ws('|', d ->> 'reporter_name', d ->> 'reporter_phone_masked', d ->> 'is_reporter', d ->> 'can_manage')
  from public.incident_detail((select open_one from fx)) d), 'false|false', 'acting as anon: no reporter, nothing to manage');
select tests.wf_as('other_resident');
select tests.is((select concat_ws('|', d ->> 'reporter_name', d ->> 'is_reporter') from public.incident_detail((select open_one from fx)) d),
  'false', 'acting as another resident: no reporter');
select tests.wf_as('resident');
select tests.is((public.incident_detail((select open_one from fx)) ->> 'is_reporter')::boolean, true, 'acting as the reporter: it is theirs');
select tests.wf_as('grid_worker');
select tests.is((select concat_ws('|', d ->> 'reporter_name', d ->> 'reporter_phone_masked', d ->> 'can_manage')
  from public.incident_detail((select open_one from fx)) d), '测试居民|139****1234|true',
  'acting as grid worker: the reporter''s name and masked phone, and may manage');
select tests.wf_as('department_staff');
select tests.is((select concat_ws('|', d ->> 'reporter_name', d ->> 'can_manage', (select string_agg(a ->> 'action', ',') from jsonb_array_elements(d -> 'actions') a))
  from public.incident_detail((select open_one from fx)) d), '测试居民|false|coordinate,resolve,return',
  'acting as the water company: sees whom to call, may coordinate, resolve or return, not manage');
select tests.wf_as('outside_worker');
select tests.is((select concat_ws('|', d ->> 'reporter_name', d ->> 'can_manage', jsonb_array_length(d -> 'actions'))
  from public.incident_detail((select open_one from fx)) d), 'false|0', 'acting as another grid''s worker: public view only');
select tests.wf_as('outside_worker');
select tests.is(public.incident_detail((select sensitive from fx)), null::jsonb, 'acting as another grid''s worker: a dispute elsewhere is null');
select tests.act_as_owner();
