-- 21 The household record: members with masked phone and ID numbers (full values only by a logged reveal, only for
-- grid staff in scope), ID check digits, tag history kept by a trigger, edits with conflict detection, move out and
-- vacant, and the change history in the audit log.

select tests.wf_setup();
create temp table fx on commit drop as
select (select h.id from public.households h join public.grids g on g.id = h.grid_id
        where g.path @> array[tests.wf_grid()] and h.status = 'active' and not ('vacant' = any (h.tags)) order by h.id limit 1) hh,
       (select h.id from public.households h join public.grids g on g.id = h.grid_id
        where g.path @> array[tests.wf_grid(true)] order by h.id limit 1) other_hh;
alter table fx add column members0 bigint;
update fx set members0 = (select count(*) from public.household_members m where m.household_id = fx.hh);
create temp table fx_member (id bigint) on commit drop;
grant select on fx to anon, authenticated;
grant select, insert on fx_member to anon, authenticated;

-- ID numbers: 18 characters, the last one the check character of the first 17.
select tests.is(private.valid_id_number('11010519491231002X'), true, 'an ID number with check character X is valid');
select tests.is(private.valid_id_number('140105195603081235'), true, 'an ID number with a digit check character is valid');
select tests.is(private.valid_id_number('140105195603081234'), false, 'a wrong check digit is invalid');
select tests.is(private.valid_id_number('14010519560308123'), false, '17 characters are invalid');
select tests.is(private.valid_id_number('1401051956030812AB'), false, 'letters other than a final X are invalid');
select tests.is(private.mask_id_number('140105195603081235'), '1401**********1235', 'ID numbers are masked like 1401**********1235');

-- Members: bad input refused, nothing stored.
select tests.wf_as('grid_worker');
select tests.throws(format('select public.household_member_save(%s, null, %L, %L, %L, null, %L)', (select hh from fx), '王秀英',
  'spouse', '60-79', '140105195603081234'), 'error.bad_id_number', 'acting as grid worker: a wrong ID check digit is refused');
select tests.throws(format('select public.household_member_save(%s, null, %L, %L, %L, %L)', (select hh from fx), '王秀英',
  'spouse', '60-79', '1390000123'), 'error.bad_phone', 'acting as grid worker: a malformed phone is refused');
select tests.throws(format('select public.household_member_save(%s, null, %L, %L, %L)', (select hh from fx), ' ',
  'spouse', '60-79'), 'error.member_name_required', 'acting as grid worker: a member without a name is refused');
select tests.is((select count(*) from public.household_members where household_id = (select hh from fx)), (select members0 from fx),
  'nothing was stored by the refused saves');

select tests.lives(format('select public.household_member_save(%s, null, %L, %L, %L, %L, %L)', (select hh from fx), '王秀英',
  'spouse', '60-79', '139 0000 1234', '140105195603081235'), 'acting as grid worker: a member with phone and ID number is added');
select tests.is((select row(phone_masked, id_number_masked)::text from public.household_members where household_id = (select hh from fx) and name = '王秀英'),
  '(139****1234,1401**********1235)', 'acting as grid worker: the member is listed with masked phone and ID number');
select tests.throws('select phone from public.household_members', '%permission denied%',
  'acting as grid worker: the full phone column cannot be selected');
select tests.throws('select id_number from public.household_members', '%permission denied%',
  'acting as grid worker: the full ID number column cannot be selected');
insert into fx_member select id from public.household_members where household_id = (select hh from fx) and name = '王秀英';
select tests.is(public.household_member_id_number((select id from fx_member)),
  '140105195603081235', 'acting as grid worker: the full ID number is revealed on request');
select tests.is(public.household_member_phone((select id from fx_member)),
  '13900001234', 'acting as grid worker: the full phone number is revealed on request');
select tests.throws(format('select public.household_member_save(%s, null, %L, %L, %L, null, %L)', (select hh from fx), '王秀英',
  'spouse', '60-79', '140105195603081235'), 'error.member_duplicate_id_number',
  'acting as grid worker: the same ID number added again to the household is refused');
select tests.throws(format('select public.household_member_save(%s, null, %L, %L, %L, null, %L)', (select hh from fx), '王秀',
  'other', '18-59', ' 1401 0519 5603 0812 35'), '%1401**********1235%王秀英%',
  'acting as grid worker: the refusal names the masked ID number and who holds it, however it was typed');
select tests.is((select count(*) from public.household_members where household_id = (select hh from fx)), (select members0 from fx) + 1,
  'acting as grid worker: the refused member was not added');
select tests.lives(format('select public.household_member_save(%s, %s, %L, %L, %L, null, %L)', (select hh from fx),
  (select id from fx_member), '王秀英', 'spouse', '60-79', '140105195603081235'),
  'acting as grid worker: saving the member again with their own ID number is allowed');

-- Masking per role: who may reveal, who sees the member at all.
select tests.wf_as('community_admin');
select tests.is(public.household_member_phone((select id from fx_member)),
  '13900001234', 'acting as community admin: may reveal the phone of a member in the community');
select tests.wf_as('outside_worker');
select tests.is((select count(*) from public.household_members where household_id = (select hh from fx)), 0::bigint,
  'acting as a worker of another grid: the household''s members are not visible');
select tests.throws(format('select public.household_member_phone(%s)', (select id from fx_member)),
  'error.reveal_forbidden', 'acting as a worker of another grid: reveal refused');
select tests.wf_as('department_staff');
select tests.is((select count(*) from public.household_members), 0::bigint, 'acting as department staff: no member is visible');
select tests.throws(format('select public.household_member_id_number(%s)', (select id from fx_member)),
  'error.reveal_forbidden', 'acting as department staff: reveal refused');
select tests.wf_as('resident');
select tests.throws(format('select public.household_member_save(%s, null, %L, %L, %L)', (select hh from fx), '张三', 'child', '0-17'),
  'error.household_out_of_scope', 'acting as resident: adding a member is refused');
select tests.act_as_anon();
select tests.throws('select count(*) from public.household_members', '%permission denied%', 'acting as anon: members are refused');

select tests.act_as_owner();
select tests.is((select count(*) from public.audit_log where action = 'reveal' and object_type = 'household_members'
                 and object_id = (select hh from fx)::text), 3::bigint, 'each successful reveal wrote one audit line, refusals none');
select tests.is((select count(*) from public.audit_log where action = 'create' and object_type = 'household_members'
                 and object_id = (select hh from fx)::text), 1::bigint, 'adding the member was logged');

-- Tag history: kept by a trigger when tags change.
select tests.wf_as('grid_worker');
select tests.lives(format('select public.household_update(%s, %L::jsonb, %L::jsonb)', (select hh from fx),
  jsonb_build_object('tags', (select to_jsonb(tags) from public.households where id = (select hh from fx))),
  jsonb_build_object('tags', (select to_jsonb(array_append(array_remove(tags, 'elderly_alone'), 'elderly_alone')) from public.households where id = (select hh from fx)))),
  'acting as grid worker: adds the tag 孤寡/独居老人');
select tests.is((select since::text from public.household_tag_history where household_id = (select hh from fx) and tag = 'elderly_alone' and until is null),
  private.today()::text, 'the added tag has a history line since today');
select tests.lives(format('select public.household_update(%s, %L::jsonb, %L::jsonb)', (select hh from fx),
  jsonb_build_object('tags', (select to_jsonb(tags) from public.households where id = (select hh from fx))),
  jsonb_build_object('tags', (select to_jsonb(array_remove(tags, 'elderly_alone')) from public.households where id = (select hh from fx)))),
  'acting as grid worker: removes it again');
select tests.is((select count(*) from public.household_tag_history where household_id = (select hh from fx) and tag = 'elderly_alone'
                 and until = private.today() and removed_by = '网格员 测试'), 1::bigint, 'the removed tag''s line is closed today, by whom');
select tests.is((select count(*) from public.household_tag_history t join public.households h on h.id = t.household_id
                 where h.id = (select hh from fx) and t.until is null and t.tag = any (h.tags)),
  (select cardinality(tags)::bigint from public.households where id = (select hh from fx)), 'every current tag has an open history line');

-- Edits: a field someone changed since it was read is a conflict, not overwritten.
select tests.lives(format('select public.household_update(%s, %L::jsonb, %L::jsonb)', (select hh from fx),
  jsonb_build_object('size', (select size from public.households where id = (select hh from fx))), '{"size": 4}'),
  'acting as grid worker: edits the size');
select tests.throws(format('select public.household_update(%s, %L::jsonb, %L::jsonb)', (select hh from fx), '{"size": 1}', '{"size": 5}'),
  'error.household_conflict', 'acting as grid worker: an edit based on a stale size is refused as a conflict');
select tests.is((select size from public.households where id = (select hh from fx)), 4::smallint, 'the stored size is kept');
select tests.lives(format('select public.household_update(%s, %L::jsonb, %L::jsonb)', (select hh from fx), '{"notes": null}', '{"notes": "行动不便，需上门"}'),
  'acting as grid worker: a change to another field goes through');
select tests.throws(format('select public.household_update(%s, %L::jsonb, %L::jsonb)', (select hh from fx), '{}', '{"grid_id": 1}'),
  'error.household_field_not_editable', 'acting as grid worker: the grid cannot be edited directly');
select tests.throws(format('select public.household_update(%s, %L::jsonb, %L::jsonb)', (select other_hh from fx), '{"size": 1}', '{"size": 2}'),
  'error.household_out_of_scope', 'acting as grid worker: a household of another grid cannot be edited');

-- Move out and vacant.
select tests.throws(format('select public.household_set_status(%s, %L)', (select hh from fx), 'moved_out'),
  'error.household_status_note', 'acting as grid worker: moving out needs a reason');
select tests.lives(format('select public.household_set_status(%s, %L, %L)', (select hh from fx), 'vacant', '全家外出务工'),
  'acting as grid worker: marks the household vacant');
select tests.is((select row(status, 'vacant' = any (tags), size)::text from public.households where id = (select hh from fx)),
  '(vacant,t,0)', 'vacant: the 空房 tag follows and the size is 0');
select tests.lives(format('select public.household_set_status(%s, %L)', (select hh from fx), 'active'), 'acting as grid worker: active again');
select tests.is((select 'vacant' = any (tags) from public.households where id = (select hh from fx)), false, 'active: the 空房 tag is gone');

-- Creation: in scope only; logged.
select tests.throws(format('select public.household_create(%s, %L, null, %L, null, %L)', tests.wf_grid(true), '3号楼', '101', '新住户'),
  'error.household_create_out_of_scope', 'acting as grid worker: registering a household in another grid is refused');
select tests.lives(format('select public.household_create(%s, %L, null, %L, null, %L, %L, 2, %L)', tests.wf_grid(), '3号楼', '101',
  '新住户', '13912345678', '{tenant}'), 'acting as grid worker: registers a household in their grid');

-- The record and its history.
select tests.is((select jsonb_array_length(public.household_record((select hh from fx)) -> 'members'))::bigint, (select members0 + 1 from fx),
  'the record lists the members, the new one too');
select tests.ok((select (public.household_record((select hh from fx)) -> 'changes') @> '[{"field": "size", "old": "4"}]'::jsonb
                    and (public.household_record((select hh from fx)) -> 'changes') @> '[{"field": "status", "new": "vacant"}]'::jsonb),
  'the record''s history shows the edits old → new');
select tests.is(public.household_record((select other_hh from fx)), null, 'acting as grid worker: no record of another grid''s household');
select tests.wf_as('department_staff');
select tests.is(public.household_record((select hh from fx)), null, 'acting as department staff: no record');
select tests.act_as_owner();
select tests.is((select count(*) from public.audit_log where object_type = 'households' and action = 'create' and new_value = '新住户'),
  1::bigint, 'registering the household was logged');
select tests.is((select count(*) from public.household_tag_history t join public.households h on h.id = t.household_id
                 where h.head_name = '新住户' and t.tag = 'tenant' and t.until is null), 1::bigint, 'the new household''s tag has its history line');
