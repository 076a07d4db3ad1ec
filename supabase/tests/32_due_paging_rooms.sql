-- 32 The due list in pages: walking my_due_visits_page from the first page to the last returns every due household
-- of the caller's grids exactly once, in order (never visited first, then by due date), each page telling the true
-- total — also past the 2,000 rows a single call of my_due_visits stops at. A room registered twice is refused in
-- words, on creation and on an edit. Editing a member without numbers keeps the stored ones. A tag gained beside
-- one already held gets its history line.

select tests.wf_setup();

-- Walks the whole due list, p_page rows at a time, as the current user; one row per household returned.
create temp table walked (n serial, household_id bigint, due_on date, total bigint) on commit drop;
grant all on walked to authenticated;
grant usage on sequence walked_n_seq to authenticated;
create or replace function pg_temp.walk(p_within integer, p_page integer)
returns integer language plpgsql as $$
declare
  after_due date;
  after_id bigint;
  got integer;
  pages integer := 0;
begin
  delete from walked;
  loop
    insert into walked (household_id, due_on, total)
    select d.household_id, d.due_on, d.total from public.my_due_visits_page(p_within, after_due, after_id, p_page) d
    order by d.due_on nulls first, d.household_id;
    get diagnostics got = row_count;
    exit when got = 0;
    pages := pages + 1;
    select w.due_on, w.household_id into after_due, after_id from walked w order by w.n desc limit 1;
  end loop;
  return pages;
end
$$;
-- What the due list must hold for a user: their grids' households, moved-out ones aside, due within p_within days.
create or replace function pg_temp.expected(p_grid bigint, p_within integer)
returns setof bigint language sql stable as $$
  select h.id from public.households h join public.grids g on g.id = h.grid_id
  where g.path @> array[p_grid] and h.status <> 'moved_out'
    and (h.last_visit_at is null or private.visit_due(h.last_visit_at, h.tags) <= private.today() + p_within)
$$;

-- Make the never-visited head of the list long enough to span pages.
update public.households set last_visit_at = null
where id in (select h.id from public.households h join public.grids g on g.id = h.grid_id
             where g.path @> array[tests.wf_grid()] and h.status <> 'moved_out' order by h.id limit 30);

select tests.wf_as('grid_worker');
select tests.ok(pg_temp.walk(7, 13) > 3, 'acting as grid worker: the week''s due list takes several pages of 13');
select tests.is((select count(*) from walked), (select count(distinct household_id) from walked), 'acting as grid worker: no household twice');
select tests.ok((select bool_and(total = (select count(*) from walked)) from walked), 'acting as grid worker: every page tells the true total');
select tests.is((select array_agg(household_id order by household_id) from walked),
  (select array_agg(e order by e) from pg_temp.expected(tests.wf_grid(), 7) e), 'acting as grid worker: exactly the households due');
select tests.ok((select bool_and(w.n < v.n) from walked w join walked v on w.due_on is null and v.due_on is not null),
  'acting as grid worker: the never-visited come first');
select tests.ok((select bool_and((w.due_on, w.household_id) < (v.due_on, v.household_id)) from walked w join walked v on v.n = w.n + 1
                 where w.due_on is not null), 'acting as grid worker: then by due date and id');
select tests.is((select array_agg(household_id order by n) from walked),
  (select array_agg(d.household_id order by d.due_on nulls first, d.household_id) from public.my_due_visits_page(7, null, null, 1000) d),
  'acting as grid worker: the pages joined are the list in one page');

-- A community admin's due list within the year is longer than what one call of my_due_visits returns.
select tests.wf_as('community_admin');
select tests.ok(pg_temp.walk(365, 1000) > 2, 'acting as community admin: the list takes several pages of 1,000');
select tests.ok((select count(*) from walked) > 2000, 'acting as community admin: more than 2,000 households are due');
select tests.is((select count(*) from walked), (select count(distinct household_id) from walked), 'acting as community admin: no household twice');
select tests.is((select array_agg(household_id order by household_id) from walked),
  (select array_agg(e order by e) from pg_temp.expected((select parent_id from public.grids where id = tests.wf_grid()), 365) e),
  'acting as community admin: exactly the households due');
select tests.ok((select bool_and(total = (select count(*) from walked)) from walked), 'acting as community admin: the true total');

select tests.wf_as('department_staff');
select tests.is(pg_temp.walk(365, 100), 0, 'acting as department staff: no due list');
select tests.act_as_anon();
select tests.throws('select * from public.my_due_visits_page()', '%permission denied%', 'acting as anon: refused');

-- A room registered twice.
select tests.wf_as('grid_worker');
select tests.lives(format('select public.household_create(%s, %L, %L, %L, null, %L)', tests.wf_grid(), '99号楼', '1单元', '101', '甲'),
  'acting as grid worker: registers 99号楼1单元101');
select tests.throws(format('select public.household_create(%s, %L, %L, %L, null, %L)', tests.wf_grid(), ' 99号楼', '1单元', '101 ', '乙'),
  'error.household_duplicate_room', 'acting as grid worker: the same room again is refused');
select tests.lives(format('select public.household_create(%s, %L, %L, %L, null, %L)', tests.wf_grid(), '99号楼', '1单元', '102', '丙'),
  'acting as grid worker: the next room is fine');
select tests.throws(format('select public.household_update((select id from public.households where head_name = %L), %L::jsonb, %L::jsonb)',
  '丙', '{"room": "102"}', '{"room": "101"}'), 'error.household_duplicate_room', 'acting as grid worker: moving it onto a registered room is refused');
select tests.act_as_owner();
select tests.is((select string_agg(head_name || ':' || room, ',' order by room) from public.households where building = '99号楼'),
  '甲:101,丙:102', 'nothing refused was stored');

-- Editing a member: numbers left out are kept, numbers given replace them, a bad ID number is refused.
select tests.wf_as('grid_worker');
create temp table fx_member on commit drop as
select public.household_member_save((select id from public.households where head_name = '甲'), null, '王秀英', 'spouse', '60-79',
  '13812345678', '140105195603081235') id;
select tests.lives(format('select public.household_member_save(%s, %s, %L, %L, %L)', (select id from public.households where head_name = '甲'),
  (select id from fx_member), '王秀英', 'parent', '80+'), 'acting as grid worker: changes the relation and age band only');
select tests.is((select row(relation, age_band, phone_masked, id_number_masked)::text from public.household_members where id = (select id from fx_member)),
  '(parent,80+,138****5678,1401**********1235)', 'acting as grid worker: the phone and ID number are kept');
select tests.throws(format('select public.household_member_save(%s, %s, %L, %L, %L, null, %L)', (select id from public.households where head_name = '甲'),
  (select id from fx_member), '王秀英', 'parent', '80+', '140105195603081234'), 'error.bad_id_number', 'acting as grid worker: a wrong check digit is refused');
select tests.lives(format('select public.household_member_save(%s, %s, %L, %L, %L, %L)', (select id from public.households where head_name = '甲'),
  (select id from fx_member), '王秀英', 'parent', '80+', '13998765432'), 'acting as grid worker: a new phone replaces the old');
select tests.is((select phone_masked from public.household_members where id = (select id from fx_member)), '139****5432',
  'acting as grid worker: the new phone is stored');
select tests.act_as_owner();

-- A tag gained beside one already held gets its own line in the history (marking vacant adds 空房).
select tests.wf_as('grid_worker');
select tests.lives(format('select public.household_set_status((select id from public.households where head_name = %L), %L, %L)', '丙',
  'vacant', '外出务工'), 'acting as grid worker: marks a household vacant');
select tests.act_as_owner();
select tests.is((select string_agg(t.tag || ':' || (t.until is null), ',' order by t.tag) from public.household_tag_history t
                 join public.households h on h.id = t.household_id where h.head_name = '丙'), 'vacant:true',
  'the 空房 tag has its history line');
select tests.wf_as('grid_worker');
select tests.lives(format('select public.household_update((select id from public.households where head_name = %L), %L::jsonb, %L::jsonb)', '丙',
  '{"tags": ["vacant"]}', '{"tags": ["vacant", "veteran"]}'), 'acting as grid worker: adds a second tag');
select tests.act_as_owner();
select tests.is((select string_agg(t.tag || ':' || (t.until is null), ',' order by t.tag) from public.household_tag_history t
                 join public.households h on h.id = t.household_id where h.head_name = '丙'), 'vacant:true,veteran:true',
  'the second tag has its line too, the first is still open');
