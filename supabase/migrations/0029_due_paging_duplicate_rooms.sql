-- 0029 The due list in pages: my_due_visits (0021) stops at its limit, so a worker with more households due than
-- that never saw the rest. my_due_visits_page walks the whole list by keyset — never-visited households first (by
-- id), then by due date and id — and tells the true total with every page.
-- And a room registered twice (the natural key of the register, grid + building + unit + room) is refused in
-- words when a worker creates or edits a household, instead of the bare unique-index violation. And editing a
-- member keeps the phone and ID number when none is given: the phone form only ever holds the masked ones.
-- Fix: the tag history trigger (0020) compared the history's tag with itself (an unqualified name inside the
-- subquery), so a household that already had an open tag never got a line for a tag it gained.

create or replace function public.my_due_visits_page(p_within_days integer default 7, p_after_due date default null,
  p_after_id bigint default null, p_limit integer default 100)
returns table (household_id bigint, grid_id bigint, grid_code text, address text, head_name text, phone_masked text,
  tags text[], status text, last_visit_at date, interval_days smallint, due_on date, overdue boolean,
  lon double precision, lat double precision, total bigint)
language sql
stable
set search_path = pg_catalog, public, extensions
as $$
  with due as (
    select h.id, h.grid_id, g.code, h.address, h.head_name, h.phone_masked, h.tags, h.status, h.last_visit_at,
           private.visit_interval(h.tags) interval_days, private.visit_due(h.last_visit_at, h.tags) due_on,
           private.visit_overdue(h.last_visit_at, h.tags, h.status, private.today()) overdue,
           st_x(h.location) lon, st_y(h.location) lat
    from public.households h
    join public.grids g on g.id = h.grid_id
    where h.grid_id = any (private.scoped_grid_ids())
      and (select (private.current_profile()).role = any (private.grid_staff_roles()))
      and h.status <> 'moved_out'
      and (h.last_visit_at is null or private.visit_due(h.last_visit_at, h.tags) <= private.today() + greatest(p_within_days, 0))
  ),
  n as (select count(*) total from due)
  select due.*, n.total
  from due cross join n
  -- After a never-visited row (p_after_due null): the never-visited with a larger id, then every dated row.
  where p_after_id is null
     or (p_after_due is null and (due.due_on is not null or due.id > p_after_id))
     or (due.due_on, due.id) > (p_after_due, p_after_id)
  order by due.due_on nulls first, due.id
  limit least(greatest(p_limit, 1), 1000)
$$;
comment on function public.my_due_visits_page(integer, date, bigint, integer) is
  'One page of the caller''s due list (households of their grids due within p_within_days; never visited first, '
  'then by due date and id), after the row (p_after_due, p_after_id) — pass the last row''s due_on and household_id '
  'for the next page, nulls for the first. total = how many are due in all. Empty for anyone who does not look '
  'after grids.';

select private.grant_execute(array['public.my_due_visits_page(integer, date, bigint, integer)'], false);

create or replace function private.duplicate_room(p_building text, p_unit_no text, p_room text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  perform private.fail('error.household_duplicate_room',
    format('%s%s%s 已登记住户，请打开原有档案修改', btrim(p_building), coalesce(btrim(p_unit_no), ''), btrim(p_room)),
    jsonb_build_object('address', btrim(p_building) || coalesce(btrim(p_unit_no), '') || btrim(p_room)));
end
$$;
comment on function private.duplicate_room(text, text, text) is
  'Refuses a household whose grid, building, unit and room are already registered (error.household_duplicate_room).';

create or replace function public.household_create(p_grid_id bigint, p_building text, p_unit_no text, p_room text,
  p_address text, p_head_name text, p_phone text default null, p_size integer default 1, p_tags text[] default '{}',
  p_lon double precision default null, p_lat double precision default null)
returns bigint
language plpgsql
set search_path = ''
as $$
declare
  broken text;
begin
  return private.household_create(p_grid_id, p_building, p_unit_no, p_room, p_address, p_head_name, p_phone, p_size,
    p_tags, p_lon, p_lat);
exception when unique_violation then
  get stacked diagnostics broken = constraint_name;
  if broken = 'households_natural_key_idx' then
    perform private.duplicate_room(p_building, p_unit_no, p_room);
  end if;
  raise;
end
$$;
comment on function public.household_create(bigint, text, text, text, text, text, text, integer, text[], double precision, double precision) is
  'Registers a household in one of the caller''s grids; returns its id. A room already registered is refused '
  '(error.household_duplicate_room).';

create or replace function public.household_update(p_id bigint, p_base jsonb, p_changes jsonb)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  broken text;
  h record;
begin
  return private.household_update(p_id, p_base, p_changes);
exception when unique_violation then
  get stacked diagnostics broken = constraint_name;
  if broken = 'households_natural_key_idx' then
    select coalesce(p_changes ->> 'building', x.building) building, coalesce(p_changes ->> 'unit_no', x.unit_no) unit_no,
           coalesce(p_changes ->> 'room', x.room) room into h
    from public.households x where x.id = p_id;
    perform private.duplicate_room(h.building, h.unit_no, h.room);
  end if;
  raise;
end
$$;
comment on function public.household_update(bigint, jsonb, jsonb) is
  'Edits a household; p_base = the values the client read for the changed fields; conflicts are refused, and so is '
  'moving it onto a room already registered. Returns the record.';

select private.grant_execute(array['private.duplicate_room(text, text, text)'], false);

create or replace function private.member_save(p_household_id bigint, p_member_id bigint, p_name text, p_relation text,
  p_age_band text, p_phone text, p_id_number text, p_notes text)
returns bigint
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_id_number text := upper(nullif(regexp_replace(coalesce(p_id_number, ''), '\s', '', 'g'), ''));
  v_id bigint;
begin
  perform private.require_household(p_household_id);
  if nullif(btrim(p_name), '') is null then
    perform private.fail('error.member_name_required', '请填写成员姓名', '{}'::jsonb);
  end if;
  if v_id_number is not null and not private.valid_id_number(v_id_number) then
    perform private.fail('error.bad_id_number', '身份证号码不正确（18 位，末位校验码不符）', jsonb_build_object('id_number', private.mask_id_number(v_id_number)));
  end if;
  if p_member_id is null then
    insert into public.household_members (household_id, name, relation, age_band, phone, id_number, notes)
    values (p_household_id, btrim(p_name), p_relation, p_age_band, private.clean_phone(p_phone), v_id_number, nullif(btrim(p_notes), ''))
    returning id into v_id;
    perform private.audit('create', 'household_members', p_household_id::text, 'name', null, btrim(p_name));
  else
    update public.household_members set name = btrim(p_name), relation = p_relation, age_band = p_age_band,
      phone = coalesce(private.clean_phone(p_phone), phone), id_number = coalesce(v_id_number, id_number),
      notes = nullif(btrim(p_notes), '')
    where id = p_member_id and household_id = p_household_id
    returning id into v_id;
    if v_id is null then
      perform private.fail('error.member_not_found', format('成员 %s 不存在', p_member_id), jsonb_build_object('id', p_member_id));
    end if;
  end if;
  return v_id;
end
$$;
comment on function private.member_save(bigint, bigint, text, text, text, text, text, text) is
  'Grid staff in scope add a member to a household (p_member_id null) or change one, keeping the stored phone and '
  'ID number when none is given; ID numbers are checked (18 characters, check digit). Logged.';

create or replace function private.households_tag_history()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  on_day date := case when tg_op = 'INSERT' then (new.created_at at time zone 'Asia/Shanghai')::date else private.today() end;
begin
  if private.bulk_loading() then
    return null;
  end if;
  update public.household_tag_history t set until = on_day, removed_by = private.actor_name()
  where t.household_id = new.id and t.until is null and not (t.tag = any (new.tags));
  insert into public.household_tag_history (household_id, tag, since, added_by)
  select new.id, n.code, on_day, private.actor_name()
  from unnest(new.tags) n(code)
  where not exists (select 1 from public.household_tag_history t where t.household_id = new.id and t.tag = n.code and t.until is null);
  return null;
end
$$;
comment on function private.households_tag_history() is
  'Trigger: opens a history line for each tag a household gains (since today, or its creation day) and closes the '
  'line of each tag it loses. Security definer: the API roles cannot write the history themselves. A bulk loader '
  'that writes the history with real since-dates (the demo seed) turns it off with gridgov.bulk_load.';
