-- 18 The audit log: revealing a full phone number is allowed to the right people only and always logged; changes
-- to the register, people and landlords are logged old → new with phone numbers masked; the log is append-only
-- and read by admins.

select tests.wf_setup();
create temp table fx on commit drop as
select (select h.id from public.households h join public.grids g on g.id = h.grid_id
        where g.path @> array[tests.wf_grid()] and h.phone is not null order by h.id limit 1) household,
       tests.cy_new() courtyard,
       (select s.id from public.grid_staff s where s.phone is not null order by s.id limit 1) staff,
       (select count(*) from public.audit_log) lines_before;
grant select on fx to anon, authenticated;

-- Reveals.
select tests.wf_as('grid_worker');
create temp table revealed on commit drop as select public.household_phone((select household from fx)) phone;
grant select on revealed to anon, authenticated;
select tests.ok((select phone ~ '^1[3-9][0-9]{9}$' from revealed), 'acting as grid worker: the revealed number is the full one');
select tests.is((select count(*)::integer from public.households where id = (select household from fx)
                 and phone_masked = private.mask_phone((select phone from revealed))), 1,
  'acting as grid worker: and it is that household''s number');
select tests.ok(public.courtyard_landlord_phone((select courtyard from fx)) = '13912345678',
  'acting as grid worker: reveals the landlord''s phone of a courtyard in their grid');
select tests.act_as_owner();
select tests.is((select string_agg(concat_ws('|', action, object_type, object_id = (select household from fx)::text or object_id = (select courtyard from fx)::text,
                   field, actor_name, actor_role), ',' order by id)
                 from public.audit_log where action = 'reveal'),
  'reveal|households|t|phone|网格员 测试|grid_worker,reveal|courtyards|t|landlord_phone|网格员 测试|grid_worker',
  'both reveals are logged with who, their role, what and which field');

select tests.wf_as('outside_worker');
select tests.throws(format('select public.household_phone(%s)', (select household from fx)), 'error.reveal_forbidden',
  'acting as a worker of another grid: may not reveal that household''s phone');
select tests.throws(format('select public.courtyard_landlord_phone(%s)', (select courtyard from fx)), 'error.reveal_forbidden',
  'acting as a worker of another grid: nor that landlord''s');
select tests.wf_as('department_staff');
select tests.throws(format('select public.household_phone(%s)', (select household from fx)), 'error.reveal_forbidden',
  'acting as department staff: no household phone');
select tests.ok(public.grid_staff_phone((select staff from fx)) ~ '^1[3-9][0-9]{9}$',
  'acting as department staff: may reveal a grid worker''s phone to call about dispatched work');
select tests.wf_as('resident');
select tests.throws(format('select public.grid_staff_phone(%s)', (select staff from fx)), 'error.reveal_forbidden',
  'acting as resident: the grid worker''s number stays masked');
select tests.act_as_anon();
select tests.throws(format('select public.household_phone(%s)', (select household from fx)), '%permission denied%',
  'acting as anon: no reveal at all');
select tests.act_as_owner();
select tests.is((select count(*)::integer from public.audit_log where action = 'reveal'),
  3, 'three reveals logged (two by the worker, one by department staff), none for the refusals');

-- Changes.
update public.households set phone = '13700001111', tags = array['elderly_alone'] where id = (select household from fx);
select tests.is((select string_agg(concat_ws('|', action, field, old_value ~ '^1[0-9]{2}\*{4}[0-9]{4}$', new_value), ',' order by field)
                 from public.audit_log where object_type = 'households' and action = 'update'),
  'update|phone|t|137****1111,update|tags|f|["elderly_alone"]', 'a household''s changed phone (masked) and tags are logged old → new');
update public.profiles set role = 'grid_leader' where user_id = tests.wf_user('grid_worker');
select tests.is((select concat_ws('|', object_id, field, old_value, new_value) from public.audit_log where object_type = 'profiles'),
  tests.wf_user('grid_worker') || '|role|grid_worker|grid_leader', 'a change of role is logged');
update public.courtyards set score = 50 where id = (select courtyard from fx);
select tests.is((select count(*)::integer from public.audit_log where object_type = 'courtyards' and action = 'update'), 0,
  'a courtyard''s rating is not in the audit log (its history has it); only the landlord fields are audited');
delete from public.grid_staff where id = (select staff from fx);
select tests.ok((select count(*) from public.audit_log where object_type = 'grid_staff' and action = 'delete'
                 and object_id = (select staff from fx)::text and field = 'name') = 1, 'a removed staff member is logged');

-- Who reads the log, and nobody rewrites it.
select tests.wf_as('district_admin');
select tests.ok((select count(*) from public.audit_log) >= 6, 'acting as district admin: reads the whole log');
select tests.throws('delete from public.audit_log', '%permission denied%', 'acting as district admin: cannot delete from it');
select tests.wf_as('community_admin');
select tests.is((select count(*)::integer from public.audit_log where actor_id = tests.wf_user('grid_worker')), 2,
  'acting as community admin: reads what the people of their community did');
select tests.is((select count(*)::integer from public.audit_log where actor_id = tests.wf_user('department_staff')), 0,
  'acting as community admin: not what department staff did');
select tests.wf_as('grid_worker');
select tests.is((select count(*)::integer from public.audit_log), 0, 'acting as grid worker (now grid leader): reads nothing');
select tests.act_as_owner();
select tests.throws('update public.audit_log set actor_name = ''someone else''', 'error.audit_append_only',
  'as the owner even: the log cannot be edited');
select tests.throws('delete from public.audit_log', 'error.audit_append_only', 'as the owner even: the log cannot be deleted');
