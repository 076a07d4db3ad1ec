-- 33 The household import's set-based writes (statement triggers for the tag vocabulary and the tag history): a
-- mixed batch sent whole answers and stores exactly what the same rows sent one at a time do; history and audit
-- lines are written; the importer's scope holds; the vocabulary is still enforced for every writer.

select tests.wf_setup();
create temp table fx on commit drop as
select (select min(u.code) from public.grids u where u.level = 'unit' and u.path @> array[g.id]) unit, o.code other_grid
from public.grids g, public.grids o where g.id = tests.wf_grid() and o.id = tests.wf_grid(true);
grant select on fx to anon, authenticated;

create or replace function pg_temp.hh(p_row integer, p_building text, p_grid text, p_room text, p_name text,
  p_phone text default null, p_tags text[] default '{party_member}')
returns jsonb language sql as $$
  select jsonb_build_object('row_no', p_row, 'grid_code', p_grid, 'building', p_building, 'unit_no', '2', 'room', p_room,
    'address', null, 'head_name', p_name, 'phone', p_phone, 'size', '4', 'tags', p_tags)
$$;
-- Good rows (one with two tags, one with none), a repeated key, a bad phone, an unknown grid, another community.
create or replace function pg_temp.mixed(p_building text)
returns jsonb language sql as $$
  select jsonb_build_array(
    pg_temp.hh(2, p_building, (select unit from fx), '101', '周一', '13912345678'),
    pg_temp.hh(3, p_building, (select unit from fx), '102', '周二', null, '{elderly_alone,low_income}'),
    pg_temp.hh(4, p_building, (select unit from fx), '103', '周三', null, '{}'),
    pg_temp.hh(5, p_building, (select unit from fx), '101', '周一又'),
    pg_temp.hh(6, p_building, (select unit from fx), '104', '周四', '0351-7654321'),
    pg_temp.hh(7, p_building, '99-99-99', '105', '周五'),
    pg_temp.hh(8, p_building, (select other_grid from fx), '106', '周六'))
$$;
create temp table seen (step text, row_no integer, result text, id bigint, reason text) on commit drop;
grant select, insert on seen to anon, authenticated;

select tests.wf_as('community_admin');
insert into seen select 'whole', * from public.import_households(pg_temp.mixed('整批楼'));
insert into seen select 'single', r.* from jsonb_array_elements(pg_temp.mixed('逐行楼')) e,
  lateral public.import_households(jsonb_build_array(e.value)) r;
select tests.is((select string_agg(format('%s:%s:%s', row_no, result, coalesce(reason, '-')), ' ' order by row_no) from seen where step = 'whole'),
  '2:inserted:- 3:inserted:- 4:inserted:- 5:refused:duplicate 6:refused:bad_phone 7:refused:unknown_grid 8:refused:out_of_scope',
  'acting as community admin: a mixed batch sent whole: good rows in, repeated key, bad phone, unknown grid, other community refused');
-- Sent alone, the repeated key is no repeat within its batch: it meets the stored row 2 and updates it.
select tests.is((select string_agg(format('%s:%s:%s', row_no, result, coalesce(reason, '-')), ' ' order by row_no) from seen where step = 'single'),
  '2:inserted:- 3:inserted:- 4:inserted:- 5:updated:- 6:refused:bad_phone 7:refused:unknown_grid 8:refused:out_of_scope',
  'acting as community admin: the same rows one at a time give the same answers (the repeat updating its first row)');

select tests.act_as_owner();
create temp table stored on commit drop as
select h.building, h.room, h.head_name, h.phone, h.size, h.tags::text tags, h.grid_id, h.courtyard_id,
  (select string_agg(concat_ws('/', t.tag, t.since = private.today(), t.until, t.added_by), ',' order by t.tag)
   from public.household_tag_history t where t.household_id = h.id) history
from public.households h where h.building in ('整批楼', '逐行楼');
select tests.is((select string_agg(concat_ws('|', room, head_name, phone, size, tags, history), '; ' order by room) from stored where building = '整批楼'),
  '101|周一|13912345678|4|{party_member}|party_member/t/社区 测试; '
  '102|周二|4|{elderly_alone,low_income}|elderly_alone/t/社区 测试,low_income/t/社区 测试; 103|周三|4|{}',
  'the batch stored its rows with one open history line per tag, since today, by the importer');
select tests.is((select count(*)::integer from (
    select room, head_name, phone, size, tags, grid_id, courtyard_id, history from stored where building = '整批楼' and room <> '101'
    except
    select room, head_name, phone, size, tags, grid_id, courtyard_id, history from stored where building = '逐行楼' and room <> '101') d), 0,
  'row by row stores the same households and history (row 101 aside, which the repeat renamed)');

-- Re-importing changes nothing; a changed row is updated with its audit and history lines.
select tests.wf_as('community_admin');
insert into seen select 'again', * from public.import_households(pg_temp.mixed('整批楼') - 6 - 5 - 4 - 3);
select tests.is((select string_agg(format('%s:%s', row_no, result), ' ' order by row_no) from seen where step = 'again'),
  '2:unchanged 3:unchanged 4:unchanged', 'acting as community admin: the same rows again are unchanged');
insert into seen select 'changed', * from public.import_households(jsonb_build_array(
  pg_temp.hh(3, '整批楼', (select unit from fx), '102', '周二', '13800002222', '{elderly_alone,party_member}')));
select tests.is((select result from seen where step = 'changed'), 'updated', 'acting as community admin: a changed row is updated');
select tests.act_as_owner();
select tests.is((select string_agg(concat_ws('/', t.tag, t.until = private.today(), t.removed_by), ',' order by t.tag, t.since)
                 from public.household_tag_history t where t.household_id = (select id from seen where step = 'whole' and row_no = 3)),
  'elderly_alone,low_income/t/社区 测试,party_member', 'the lost tag''s line is closed today, the gained tag''s opened, the kept one left open');
select tests.is((select string_agg(concat_ws('|', field, old_value, new_value, actor_role), '; ' order by field) from public.audit_log
                 where object_type = 'households' and object_id = (select id::text from seen where step = 'whole' and row_no = 3)),
  'phone|138****2222|community_admin; tags|["elderly_alone", "low_income"]|["elderly_alone", "party_member"]|community_admin',
  'the update is in the audit log, the number masked');

-- Scope: what the importer wrote is visible to the grid's worker, not to another community's.
select tests.wf_as('grid_worker');
select tests.is((select count(*)::integer from public.households where building = '整批楼'), 3, 'acting as grid worker: sees the imported households of their grid');
select tests.wf_as('outside_worker');
select tests.is((select count(*)::integer from public.households where building = '整批楼'), 0, 'acting as a grid worker of another community: sees none of them');

-- The vocabulary holds for any writer, per statement: one unknown tag refuses the whole statement.
select tests.act_as_owner();
select tests.throws($$insert into public.households (grid_id, building, room, address, head_name, tags)
  select tests.wf_grid(), '规则楼', r, '规则楼' || r, '某人', t from (values ('1', '{tenant}'::text[]), ('2', '{tenant,alien}')) v(r, t)$$,
  'error.unknown_household_tag', 'an insert carrying an unknown tag is refused');
select tests.throws($$update public.households set tags = tags || '{alien}' where building = '整批楼'$$,
  'error.unknown_household_tag', 'an update adding an unknown tag is refused');
select tests.is((select count(*)::integer from public.households where building = '规则楼'), 0, 'nothing of the refused insert is stored');
insert into public.households (grid_id, building, room, address, head_name, tags)
values (tests.wf_grid(), '规则楼', '3', '规则楼3', '某人', '{veteran,tenant,veteran}');
select tests.is((select tags::text from public.households where building = '规则楼'), '{tenant,veteran}', 'tags written out of order are sorted, repeats dropped');
