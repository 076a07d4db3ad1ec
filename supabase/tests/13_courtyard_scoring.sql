-- 13 Courtyard scoring: the documented rule (migration 0015) on crafted inspections, open safety incidents,
-- rectifications, overrides, the overdue flag and rule changes. Weights of the default checklist: 98 in all;
-- safety 59 (fire_lane 10, ebike_charging 10, gas 9, wiring 8, escape_route 8, extinguishers 7, structure 7),
-- harmony 22 (tenant_register 8, lease_pledge 5, disputes 6, notice_board 3), peace 17 (sanitation 5,
-- gate_light_camera 5, no_overcrowding 7).

-- The seeded district was scored by the same rule (before this file changes anything): what is stored is what
-- the rule gives today.
select tests.is((select count(*)::integer from public.courtyards c, private.courtyard_rating(c.id) r
                 where c.code like 'YZ-%' and (c.risk_level is distinct from r.risk or c.stars is distinct from r.stars or c.score is distinct from r.score)),
  0, 'every seeded courtyard''s stars, risk and score are the rule''s');
select tests.is((select count(distinct risk_level)::integer from public.courtyards where code like 'YZ-%'), 4,
  'the demo district has courtyards of all four colours');
select tests.is((select count(*)::integer from public.courtyard_inspections n
                 where (select count(*) from public.inspection_results a where a.inspection_id = n.id) <> (select count(*) from public.inspection_items where active)),
  0, 'every seeded inspection answers the whole checklist');

select tests.wf_setup();
create temp table cy on commit drop as select tests.cy_new() id;
grant select on cy to anon, authenticated;

select tests.is(tests.cy_rating((select id from cy)), 'yellow',
  'never inspected: no score, no stars, and yellow (nobody has looked)');
select tests.is((select inspection_overdue from public.map_courtyards() where id = (select id from cy)), true,
  'never inspected: flagged overdue on the map');

-- Crafted inspections, one after another (the latest counts).
select tests.cy_inspect((select id from cy), p_days_ago => 60);
select tests.is(tests.cy_rating((select id from cy)), '100.0|5|blue|5|5|5', 'all pass: 100, five stars, blue');

select tests.cy_inspect((select id from cy), '{notice_board}', p_days_ago => 50);
select tests.is(tests.cy_rating((select id from cy)), '96.9|5|blue|5|4|5',
  'notice board missing (3 of 98): 96.9 overall, harmony 86.4 → four harmony stars, still blue');

select tests.cy_inspect((select id from cy), '{fire_lane}', p_days_ago => 40);
select tests.is(tests.cy_rating((select id from cy)), '89.8|4|orange|4|5|5',
  'fire lane blocked (critical, 10): 89.8 → four stars, one critical failure → orange');

select tests.cy_inspect((select id from cy), '{fire_lane,gas}', p_days_ago => 39);
select tests.is(tests.cy_rating((select id from cy)), '80.6|4|red|2|5|5',
  'fire lane and gas (two critical): 80.6, safety 67.8 → two safety stars, red');

select tests.cy_inspect((select id from cy), '{tenant_register,disputes,notice_board}', p_days_ago => 38);
select tests.is(tests.cy_rating((select id from cy)), '82.7|4|yellow|5|1|5',
  'three harmony items (17): 82.7 → yellow (below 85), harmony 22.7 → one harmony star');

select tests.cy_inspect((select id from cy), '{extinguishers,structure,tenant_register,lease_pledge,disputes}', p_days_ago => 37);
select tests.is(tests.cy_rating((select id from cy)), '66.3|2|orange|3|1|5',
  'five non-critical items (33): 66.3 → two stars (safety 76.3 → three, harmony 13.6 → one), orange (below 70)');

select tests.cy_inspect((select id from cy), '{extinguishers,structure,tenant_register,lease_pledge,disputes,notice_board,sanitation,gate_light_camera,no_overcrowding}', p_days_ago => 36);
select tests.is(tests.cy_rating((select id from cy)), '45.9|1|red|3|1|1',
  'everything but the fire-critical safety items (53): 45.9 → one star, nothing passed in harmony and peace (0), red (below 50)');

select tests.cy_inspect((select id from cy), '{fire_lane}', '{gas}', p_days_ago => 35);
select tests.is(tests.cy_rating((select id from cy)), '88.8|4|orange|4|5|5',
  'gas not applicable: counted out of 89, fire lane failing → 88.8, orange');

select tests.is((select count(*)::integer from public.courtyard_rectifications where courtyard_id = (select id from cy) and closed_at is null), 1,
  'one open rectification: fire lane (the others passed at the re-inspection and were closed)');
select tests.is((select string_agg(distinct note, ',') from public.courtyard_rectifications
                 where courtyard_id = (select id from cy) and closed_at is not null), '复查合格',
  'rectifications of items that passed a later inspection were closed as 复查合格');

-- Open safety incidents at the courtyard weigh in the risk level.
select tests.cy_inspect((select id from cy), p_days_ago => 30);
create or replace function pg_temp.safety_incident(p_category text default 'safety_hazard')
returns bigint language sql as $$
  insert into public.incidents (category, source, status, title, location, courtyard_id)
  select p_category, 'patrol', 'pending', '院内隐患', c.location, c.id from public.courtyards c where c.id = (select id from cy)
  returning id
$$;
create temp table hazards on commit drop as select pg_temp.safety_incident() id;
select tests.is(tests.cy_rating((select id from cy)), '100.0|5|yellow|5|5|5', 'one open safety incident: yellow');
insert into hazards select pg_temp.safety_incident();
select tests.is(tests.cy_rating((select id from cy)), '100.0|5|orange|5|5|5', 'two open safety incidents: orange');
insert into hazards select pg_temp.safety_incident() from generate_series(1, 2);
select tests.is(tests.cy_rating((select id from cy)), '100.0|5|red|5|5|5', 'four open safety incidents: red');
select pg_temp.safety_incident('drain_blocked');
select tests.is(tests.cy_rating((select id from cy)), '100.0|5|red|5|5|5', 'a blocked drain is not a safety incident: unchanged');
update public.incidents set status = 'resolved', resolved_at = now() where id in (select id from hazards);
select tests.is(tests.cy_rating((select id from cy)), '100.0|5|blue|5|5|5', 'all four resolved: back to blue');
select tests.ok((select count(*) from public.courtyard_events where courtyard_id = (select id from cy) and kind = 'rescored') >= 4,
  'each change of rating caused by an incident is in the courtyard''s history');

-- An incident reported at the courtyard (within 30 m) is linked to it; one 88 m away is not.
insert into public.incidents (category, source, status, title, location)
select 'other', 'patrol', 'pending', '近处', extensions.st_translate(c.location, 0.00005, 0) from public.courtyards c where c.id = (select id from cy);
select tests.ok((select courtyard_id = (select id from cy) from public.incidents where title = '近处'),
  'an incident 4 m from the courtyard is linked to it');
insert into public.incidents (category, source, status, title, location)
select 'other', 'patrol', 'pending', '远处', extensions.st_translate(c.location, 0.001, 0) from public.courtyards c where c.id = (select id from cy);
select tests.ok((select courtyard_id is distinct from (select id from cy) from public.incidents where title = '远处'),
  'an incident 88 m away is not linked to it');
update public.incidents set status = 'resolved', resolved_at = now() where courtyard_id = (select id from cy) and status = 'pending';

-- Rectification through the API: closing it scores the courtyard again.
select tests.cy_inspect((select id from cy), '{ebike_charging}', p_days_ago => 20);
select tests.is(tests.cy_rating((select id from cy)), '89.8|4|orange|4|5|5', 'e-bike charging indoors: orange');
create temp table rect on commit drop as
select id from public.courtyard_rectifications where courtyard_id = (select id from cy) and closed_at is null and item = 'ebike_charging';
grant select on rect to anon, authenticated;
select tests.is((select (due_at - opened_at)::text from public.courtyard_rectifications where id = (select id from rect)), '3 days',
  'the rectification is due in the item''s 3 days');
select tests.wf_as('grid_worker');
select tests.cy_refused((select id from cy), format('select public.rectification_close(%s, %L)', (select id from rect), ' '),
  'error.rectification_note_required', 'acting as grid worker: closing without saying what was done is refused');
select tests.wf_as('outside_worker');
select tests.cy_refused((select id from cy), format('select public.rectification_close(%s, %L)', (select id from rect), '已搬出'),
  'error.rectification_not_found', 'acting as a worker of another grid: the rectification is not theirs');
select tests.wf_as('department_staff');
select tests.cy_refused((select id from cy), format('select public.rectification_close(%s, %L)', (select id from rect), '已搬出'),
  'error.rectification_not_found', 'acting as department staff: refused');
select tests.wf_as('grid_worker');
select tests.lives(format('select public.rectification_close(%s, %L)', (select id from rect), '电动车已移至集中充电棚'),
  'acting as grid worker: closes the rectification');
select tests.act_as_owner();
select tests.is(tests.cy_rating((select id from cy)), '100.0|5|blue|5|5|5', 'closed rectification counts as passed: 100, blue');
select tests.is((select concat_ws('|', kind, to_value, note, actor_name, risk_level) from public.courtyard_events
                 where courtyard_id = (select id from cy) order by id desc limit 1),
  'rectification_closed|ebike_charging|电动车已移至集中充电棚|网格员 测试|blue', 'the closing is logged with who, what and the new rating');
select tests.wf_as('grid_worker');
select tests.cy_refused((select id from cy), format('select public.rectification_close(%s, %L)', (select id from rect), '再次销号'),
  'error.rectification_closed', 'acting as grid worker: a closed rectification cannot be closed again');

-- Overrides: admins only, with a reason, logged; the computed rating is kept beside it.
select tests.act_as_owner();
select tests.wf_as('grid_worker');
select tests.cy_refused((select id from cy), format('select public.courtyard_override(%s, %L, null, %L)', (select id from cy), 'red', '群众反映较多'),
  'error.courtyard_forbidden', 'acting as grid worker: may not override');
select tests.wf_as('community_admin');
select tests.cy_refused((select id from cy), format('select public.courtyard_override(%s, %L, null, %L)', (select id from cy), 'red', ' '),
  'error.override_reason_required', 'acting as community admin: an override without a reason is refused');
select tests.cy_refused((select id from cy), format('select public.courtyard_override(%s, null, null, %L)', (select id from cy), '群众反映较多'),
  'error.override_empty', 'acting as community admin: an override of nothing is refused');
select tests.cy_refused((select id from cy), format('select public.courtyard_override(%s, null, 6, %L)', (select id from cy), '群众反映较多'),
  'error.stars_range', 'acting as community admin: six stars are refused');
select tests.cy_refused((select id from cy), format('select public.courtyard_override(%s, %L, null, %L)', (select id from cy), 'purple', '群众反映较多'),
  '%invalid input value for enum%', 'acting as community admin: an unknown risk colour is refused');
select tests.lives(format('select public.courtyard_override(%s, %L, 3, %L)', (select id from cy), 'red', '夜间多次发现群租，待联合执法'),
  'acting as community admin: sets red and three stars with a reason');
select tests.act_as_owner();
select tests.is((select concat_ws('|', stars, risk_level, computed_stars, computed_risk, override_by_name) from public.courtyards where id = (select id from cy)),
  '3|red|5|blue|社区 测试', 'effective red and 3 stars; computed 5 stars and blue kept beside them; who set it');
select tests.is((select concat_ws('|', kind, from_value, to_value, note, actor_name) from public.courtyard_events
                 where courtyard_id = (select id from cy) order by id desc limit 1),
  'override|blue|red|夜间多次发现群租，待联合执法|社区 测试', 'the override is logged with old and new level and the reason');
select tests.is((select overridden from public.map_courtyards() where id = (select id from cy)), true, 'the map knows it was set by hand');
select tests.cy_inspect((select id from cy), '{sanitation}', p_days_ago => 10);
select tests.is((select concat_ws('|', stars, risk_level, computed_stars, computed_risk) from public.courtyards where id = (select id from cy)),
  '3|red|5|blue', 'a new inspection updates the computed rating; the override still decides what is shown');
select tests.wf_as('grid_worker');
select tests.cy_refused((select id from cy), format('select public.courtyard_clear_override(%s, %L)', (select id from cy), '联合执法已完成'),
  'error.courtyard_forbidden', 'acting as grid worker: may not clear an override');
select tests.wf_as('district_admin');
select tests.lives(format('select public.courtyard_clear_override(%s, %L)', (select id from cy), '联合执法已完成'),
  'acting as district admin: clears the override with a reason');
select tests.cy_refused((select id from cy), format('select public.courtyard_clear_override(%s, %L)', (select id from cy), '再清一次'),
  'error.override_none', 'acting as district admin: clearing twice is refused');
select tests.act_as_owner();
select tests.is(tests.cy_rating((select id from cy)), '94.9|5|blue|5|5|3', 'back to the computed rating (peace 70.6 → three peace stars)');

-- Overdue: the interval of the risk level since the last inspection.
select tests.is(private.inspection_overdue(now() - interval '179 days', 'blue', now()), false, 'blue, inspected 179 days ago: not overdue');
select tests.is(private.inspection_overdue(now() - interval '181 days', 'blue', now()), true, 'blue, inspected 181 days ago: overdue');
select tests.is(private.inspection_overdue(now() - interval '31 days', 'red', now()), true, 'red, inspected 31 days ago: overdue');
select tests.is(private.inspection_overdue(now() - interval '29 days', 'red', now()), false, 'red, inspected 29 days ago: not overdue');
select tests.is(private.inspection_overdue(null, 'blue', now()), true, 'never inspected: overdue');
create temp table old_cy on commit drop as select tests.cy_new(p_code => 'T-0002') id;
select tests.cy_inspect((select id from old_cy), p_days_ago => 200);
select tests.is((select concat_ws('|', risk_level, inspection_overdue) from public.map_courtyards() where id = (select id from old_cy)),
  'blue|t', 'a blue courtyard last inspected 200 days ago is flagged on the map');

-- The rule is configurable by the street admin only; a change re-scores every courtyard at once.
select tests.cy_inspect((select id from old_cy), '{tenant_register,disputes,notice_board}', p_days_ago => 5);
select tests.is(tests.cy_rating((select id from old_cy)), '82.7|4|yellow|5|1|5', '82.7 is yellow under the default rule');
select tests.wf_as('community_admin');
update public.courtyard_scoring_rule set yellow_score_below = 80;
select tests.act_as_owner();
select tests.is((select yellow_score_below from public.courtyard_scoring_rule)::integer, 85, 'acting as community admin: the rule does not change');
select tests.wf_as('district_admin');
select tests.throws('update public.courtyard_scoring_rule set star_min = ''{60,90,80,95}''', '%courtyard_scoring_rule_star_min_check%',
  'acting as district admin: star thresholds out of order are refused');
select tests.throws('update public.courtyard_scoring_rule set yellow_score_below = 40', '%courtyard_scoring_rule_order%',
  'acting as district admin: a yellow threshold below the orange one is refused');
select tests.lives('update public.courtyard_scoring_rule set yellow_score_below = 80', 'acting as district admin: lowers the yellow threshold to 80');
select tests.act_as_owner();
select tests.is(tests.cy_rating((select id from old_cy)), '82.7|4|blue|5|1|5', 'the same 82.7 is blue at once under the new rule');
select tests.is((public.courtyard_scoring_rule_get() ->> 'yellow_score_below')::integer, 80, 'the rule as the app reads it');

-- The history cannot be rewritten.
select tests.throws(format('delete from public.courtyard_events where courtyard_id = %s', (select id from cy)),
  'error.history_append_only', 'as the owner even: the history cannot be deleted');
select tests.throws(format('update public.courtyard_events set note = %L where courtyard_id = %s', 'x', (select id from cy)),
  'error.history_append_only', 'as the owner even: the history cannot be edited');
select tests.wf_as('grid_worker');
select tests.throws(format('insert into public.courtyard_events (courtyard_id, kind) values (%s, %L)', (select id from cy), 'override'),
  '%permission denied%', 'acting as grid worker: cannot write history directly');
select tests.throws(format('update public.courtyards set risk_level = %L where id = %s', 'blue', (select id from cy)),
  '%permission denied%', 'acting as grid worker: cannot set a risk level directly');
