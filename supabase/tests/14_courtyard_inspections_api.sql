-- 14 Inspections through the API: who may inspect which courtyard, what an incomplete or malformed checklist
-- gets (a clear refusal, nothing stored), double submissions, photos, and what the card shows to each role.

select tests.wf_setup();
create temp table cy on commit drop as select tests.cy_new() id, tests.cy_new(true, 'T-0009') other_id;
grant select on cy to anon, authenticated;

create or replace function pg_temp.inspect(p_answers jsonb, p_id bigint default null, p_findings text default '整体良好',
  p_tenants integer default null)
returns text language sql as $$
  select format('select public.courtyard_inspect(%s, %L::jsonb, %L, %s)', coalesce(p_id, (select id from cy)), p_answers,
    p_findings, coalesce(p_tenants::text, 'null'))
$$;

-- Bad input: refused with the reason, nothing stored.
select tests.wf_as('grid_worker');
select tests.cy_refused((select id from cy), pg_temp.inspect(tests.cy_answers() - 1 - 0),
  'error.checklist_incomplete', 'acting as grid worker: a checklist with two items missing is refused');
select tests.throws(pg_temp.inspect(tests.cy_answers() - 1 - 0), '检查表不完整，还有 2 项未填写：消防通道畅通、电动车不在室内或楼道充电',
  'the refusal names the missing items in Chinese');
select tests.cy_refused((select id from cy), pg_temp.inspect('[]'::jsonb), 'error.checklist_incomplete',
  'acting as grid worker: an empty checklist is refused');
select tests.cy_refused((select id from cy), pg_temp.inspect('{"fire_lane": "pass"}'::jsonb), 'error.checklist_incomplete',
  'acting as grid worker: answers that are not a list are refused');
select tests.cy_refused((select id from cy), pg_temp.inspect(tests.cy_answers() || '[{"item": "unicorns", "result": "pass"}]'::jsonb),
  'error.checklist_unknown_item', 'acting as grid worker: an item not on the checklist is refused');
select tests.cy_refused((select id from cy), pg_temp.inspect(tests.cy_answers() || '[{"item": "gas", "result": "pass"}]'::jsonb),
  'error.checklist_duplicate_item', 'acting as grid worker: an item answered twice is refused');
select tests.cy_refused((select id from cy), pg_temp.inspect(jsonb_set(tests.cy_answers(), '{0,result}', '"maybe"')),
  'error.checklist_bad_result', 'acting as grid worker: a result other than pass/fail/na is refused');
select tests.cy_refused((select id from cy), pg_temp.inspect(jsonb_set(tests.cy_answers(), '{0,result}', '"fail"')),
  'error.checklist_note_required', 'acting as grid worker: a failed item without a note is refused');
select tests.cy_refused((select id from cy), pg_temp.inspect(jsonb_set(tests.cy_answers('{fire_lane}'), '{0,note}', to_jsonb(repeat('堵', 501)))),
  'error.checklist_note_too_long', 'acting as grid worker: a note over 500 characters is refused');
select tests.cy_refused((select id from cy),
  pg_temp.inspect((select jsonb_agg(jsonb_set(a, '{result}', '"na"')) from jsonb_array_elements(tests.cy_answers()) a)),
  'error.checklist_nothing_applicable', 'acting as grid worker: all not applicable cannot be scored');
select tests.cy_refused((select id from cy), pg_temp.inspect(tests.cy_answers(), p_findings => repeat('多', 2001)),
  'error.findings_too_long', 'acting as grid worker: findings over 2,000 characters are refused');
select tests.cy_refused((select id from cy), pg_temp.inspect(tests.cy_answers(), p_tenants => -3),
  'error.headcount_range', 'acting as grid worker: a negative headcount is refused');
select tests.cy_refused((select id from cy), pg_temp.inspect('[{"item": 7}]'::jsonb), 'error.checklist_malformed',
  'acting as grid worker: an item that is not a code is refused');
select tests.throws(format('select public.courtyard_inspect(%s, %L::jsonb)', (select id from cy), 'not json'),
  '%invalid input syntax for type json%', 'acting as grid worker: text that is not JSON is refused');

-- Who may inspect.
select tests.wf_as('outside_worker');
select tests.cy_refused((select id from cy), pg_temp.inspect(tests.cy_answers()), 'error.courtyard_forbidden',
  'acting as a worker of another grid: refused');
select tests.wf_as('department_staff');
select tests.cy_refused((select id from cy), pg_temp.inspect(tests.cy_answers()), 'error.courtyard_forbidden',
  'acting as department staff: refused');
select tests.wf_as('resident');
select tests.cy_refused((select id from cy), pg_temp.inspect(tests.cy_answers()), 'error.courtyard_forbidden',
  'acting as resident: refused');
select tests.act_as_anon();
select tests.cy_refused((select id from cy), pg_temp.inspect(tests.cy_answers()), '%permission denied%',
  'acting as anon: refused');
select tests.wf_as('grid_worker');
select tests.throws(pg_temp.inspect(tests.cy_answers(), 987654321), 'error.courtyard_not_found',
  'acting as grid worker: a courtyard that does not exist');
select tests.cy_refused((select other_id from cy), pg_temp.inspect(tests.cy_answers(), (select other_id from cy)),
  'error.courtyard_forbidden', 'acting as grid worker: a courtyard in another community is not theirs');

-- A real inspection, then a double tap.
create temp table done on commit drop as
select public.courtyard_inspect((select id from cy), tests.cy_answers('{fire_lane,sanitation}'), ' 通道堆放杂物 ', 24, 9) id;
grant select on done to anon, authenticated;
select tests.act_as_owner();
select tests.is((select concat_ws('|', n.inspector_name, n.findings, n.score, n.stars, n.risk_level, n.tenants)
                 from public.courtyard_inspections n where n.id = (select id from done)),
  '网格员 测试|通道堆放杂物|84.7|4|orange|24', 'acting as grid worker: stored with who, findings trimmed, score, stars and level of that moment');
select tests.is((select concat_ws('|', tenants, floating_people, risk_level) from public.courtyards where id = (select id from cy)),
  '24|9|orange', 'the courtyard takes the headcounts found and the new level');
select tests.is((select string_agg(item, ',' order by item) from public.courtyard_rectifications where courtyard_id = (select id from cy) and closed_at is null),
  'fire_lane,sanitation', 'a rectification per failed item');
select tests.is((select string_agg(kind, ',' order by id) from public.courtyard_events where courtyard_id = (select id from cy)),
  'rectification_opened,rectification_opened,inspected', 'history: two rectifications opened, one inspection');
select tests.wf_as('grid_worker');
select tests.cy_refused((select id from cy), pg_temp.inspect(tests.cy_answers('{fire_lane,sanitation}')),
  'error.inspection_duplicate', 'acting as grid worker: the same inspection sent again within two minutes is refused');
select tests.wf_as('grid_leader');
select tests.lives(pg_temp.inspect(tests.cy_answers('{fire_lane}')), 'acting as grid leader: a second person may inspect at once');
select tests.act_as_owner();
select tests.is((select count(*)::integer from public.courtyard_rectifications where courtyard_id = (select id from cy) and item = 'fire_lane'), 1,
  'a failure already being rectified does not open a second task');

-- Photos.
select tests.wf_as('grid_worker');
select tests.lives(format('select public.inspection_add_photo(%s, %L, %L, 2048, 800, 600)', (select id from done),
  (select id from done) || '/0f8fad5b-d9cb-469f-a165-70867728950e.jpg', 'image/jpeg'), 'acting as grid worker: adds a photo');
select tests.throws(format('select public.inspection_add_photo(%s, %L, %L, 2048, 800, 600)', (select id from done),
  '999/0f8fad5b-d9cb-469f-a165-70867728950f.jpg', 'image/jpeg'), 'error.photo_path', 'acting as grid worker: a path under another inspection is refused');
select tests.throws(format('select public.inspection_add_photo(%s, %L, %L, 2048, 800, 600)', (select id from done),
  (select id from done) || '/0f8fad5b-d9cb-469f-a165-70867728950f.gif', 'image/gif'), 'error.photo_type', 'acting as grid worker: a GIF is refused');
select tests.throws(format('select public.inspection_add_photo(%s, %L, %L, 9000000, 800, 600)', (select id from done),
  (select id from done) || '/0f8fad5b-d9cb-469f-a165-70867728950f.jpg', 'image/jpeg'), 'error.photo_too_large', 'acting as grid worker: 9 MB is refused');
select tests.wf_as('outside_worker');
select tests.throws(format('select public.inspection_add_photo(%s, %L, %L, 2048, 800, 600)', (select id from done),
  (select id from done) || '/0f8fad5b-d9cb-469f-a165-70867728950f.jpg', 'image/jpeg'), 'error.inspection_photo_forbidden',
  'acting as a worker of another grid: may not add photos');

-- The card, per role.
select tests.wf_as('grid_worker');
select tests.is((select concat_ws('|', d ->> 'landlord_phone', d ->> 'may_reveal_phone', d ->> 'risk_level', jsonb_array_length(d -> 'inspections'),
                   jsonb_array_length(d -> 'rectifications') > 0, d ->> 'may_inspect', d ->> 'may_override', d ->> 'may_issue_plate',
                   d -> 'inspections' -> 0 -> 'photos' ->> 0 is null, d -> 'inspections' -> 1 -> 'photos' ->> 0 like 'courtyard-photos/%')
                 from public.courtyard_detail((select id from cy)) d),
  '139****5678|true|orange|2|t|true|false|false|t|t',
  'acting as grid worker: landlord phone masked but revealable, both inspections (newest first, the photo on the first), may inspect only');
select tests.wf_as('community_admin');
select tests.is((select concat_ws('|', d ->> 'may_override', d ->> 'may_issue_plate') from public.courtyard_detail((select id from cy)) d),
  'true|true', 'acting as community admin: may override and issue plates');
select tests.wf_as('department_staff');
select tests.is((select concat_ws('|', d ->> 'landlord_phone', jsonb_array_length(d -> 'inspections'), jsonb_array_length(d -> 'events'),
                   d ->> 'may_inspect', d ->> 'plate_token' is null)
                 from public.courtyard_detail((select id from cy)) d),
  '139****5678|0|0|false|t', 'acting as department staff: phone masked, no inspections, no history, no actions');
select tests.is((select count(*)::integer from public.courtyard_inspections where courtyard_id = (select id from cy)), 0,
  'acting as department staff: reading the inspections table directly shows none');
select tests.wf_as('resident');
select tests.is((select concat_ws('|', d ->> 'landlord_phone', jsonb_array_length(d -> 'open_incidents')) from public.courtyard_detail((select id from cy)) d),
  '139****5678|0', 'acting as resident: phone masked, no incident list');
select tests.is((select count(*)::integer from public.courtyard_events where courtyard_id = (select id from cy)), 0,
  'acting as resident: the history table shows nothing');
select tests.is((select open_rectifications from public.map_courtyards() where id = (select id from cy)), 0,
  'acting as resident: the map shows no work in progress');
select tests.act_as_anon();
select tests.throws(format('select public.courtyard_detail(%s)', (select id from cy)), '%permission denied%',
  'acting as anon: no card (the plate''s public page is the way in)');
select tests.is((select risk_level::text from public.map_courtyards() where id = (select id from cy)), 'orange',
  'acting as anon: the map layer shows the colour');
select tests.throws('select landlord_name from public.courtyards limit 1', '%permission denied%',
  'acting as anon: the landlord''s name cannot be read');
select tests.throws('select token from public.courtyard_plates limit 1', '%permission denied%',
  'acting as anon: plate tokens cannot be read');
select tests.is((select count(*)::integer from public.inspection_checklist()), 14, 'acting as anon: the checklist is public (14 items)');
