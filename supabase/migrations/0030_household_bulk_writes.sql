-- 0030 Household writes by the thousand. A register import of 1,000 rows spent most of its time in two row
-- triggers (measured with auto_explain on PostgreSQL 15: of 750 ms for the insert, 260 ms in households_before_write
-- and 380 ms in households_tag_history, each running queries once per row) and in a courtyard lookup that scanned
-- every courtyard per row. The rules stay the same and hold for every writer, not only imports:
--   * the tag vocabulary is checked once per statement (a statement trigger over the written rows), with the same
--     refusal as before; the row trigger only does what needs the row in hand, without a query unless the row has
--     a location to place or tags out of order;
--   * tag history lines are opened and closed once per statement, from the transition tables;
--   * the import's courtyard match goes through the courtyards' code or grid index.

create or replace function private.households_before_write()
returns trigger
language plpgsql
set search_path = pg_catalog, public, extensions
as $$
declare
  sorted boolean := true;
begin
  -- Tags come sorted and distinct from every writer that knows the rule; only the others pay for a sort.
  for i in 2 .. coalesce(cardinality(new.tags), 0) loop
    if new.tags[i - 1] >= new.tags[i] then
      sorted := false;
      exit;
    end if;
  end loop;
  if not sorted then
    new.tags := array(select distinct t from unnest(new.tags) t order by t);
  end if;
  if new.location is not null and (tg_op = 'INSERT' or new.location is distinct from old.location) then
    new.grid_id := private.assign_grid(new.location);
  end if;
  new.updated_at := now();
  return new;
end
$$;
comment on function private.households_before_write() is
  'Keeps tags sorted and distinct, a located household in the deepest grid covering it, updated_at current. The '
  'tag vocabulary is checked per statement by households_check_tags.';

create or replace function private.households_check_tags()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  unknown text[];
begin
  select array_agg(distinct t order by t) into unknown
  from written_rows w cross join unnest(w.tags) t
  where not exists (select 1 from public.household_tags ht where ht.code = t);
  if unknown is not null then
    perform private.fail('error.unknown_household_tag', format('未知的户标签：%s', array_to_string(unknown, '、')),
      jsonb_build_object('tags', unknown));
  end if;
  return null;
end
$$;
comment on function private.households_check_tags() is
  'Statement trigger: refuses the whole statement if any household it wrote carries a tag outside the vocabulary.';

create trigger households_check_tags_insert after insert on public.households
  referencing new table as written_rows for each statement execute function private.households_check_tags();
create trigger households_check_tags_update after update on public.households
  referencing new table as written_rows for each statement execute function private.households_check_tags();

-- Same lines as the row trigger it replaces: a new household's tags since its creation day, a changed household's
-- gained tags since today and lost tags until today, by the acting user.
create or replace function private.households_tag_history_rows()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  -- Once per statement: with "set search_path" the function is not inlined and would run once per line.
  actor text := private.actor_name();
  today date := private.today();
begin
  if private.bulk_loading() then
    return null;
  end if;
  if tg_op = 'UPDATE' then
    update public.household_tag_history t set until = today, removed_by = actor
    from new_rows n join old_rows o on o.id = n.id
    where o.tags is distinct from n.tags and t.household_id = n.id and t.until is null and not (t.tag = any (n.tags));
    insert into public.household_tag_history (household_id, tag, since, added_by)
    select n.id, g.tag, today, actor
    from new_rows n join old_rows o on o.id = n.id cross join unnest(n.tags) g(tag)
    where o.tags is distinct from n.tags
      and not exists (select 1 from public.household_tag_history t where t.household_id = n.id and t.tag = g.tag and t.until is null);
  else
    insert into public.household_tag_history (household_id, tag, since, added_by)
    select n.id, g.tag, (n.created_at at time zone 'Asia/Shanghai')::date, actor
    from new_rows n cross join unnest(n.tags) g(tag)
    where not exists (select 1 from public.household_tag_history t where t.household_id = n.id and t.tag = g.tag and t.until is null);
  end if;
  return null;
end
$$;
comment on function private.households_tag_history_rows() is
  'Statement trigger: opens a history line for each tag a household gains (since today, or its creation day) and '
  'closes the line of each tag it loses, for all rows of the statement at once. Security definer: the API roles '
  'cannot write the history themselves. Stands aside during a bulk load (gridgov.bulk_load), like the row trigger did.';
revoke all on function private.households_tag_history_rows() from public, anon, authenticated;

drop trigger households_tag_history on public.households;
drop function private.households_tag_history();
create trigger households_tag_history_insert after insert on public.households
  referencing new table as new_rows for each statement execute function private.households_tag_history_rows();
create trigger households_tag_history_update after update on public.households
  referencing old table as old_rows new table as new_rows for each statement execute function private.households_tag_history_rows();

create or replace function private.household_batch(p_rows jsonb, p_scope bigint[])
returns jsonb
language plpgsql
security definer
set search_path = pg_catalog, public, extensions
as $$
declare
  results jsonb;
begin
  -- Dropped and made afresh: a table of that name the caller made in their session must not stand in for it.
  drop table if exists pg_temp.import_households_rows;
  create temp table import_households_rows (
    row_no integer, grid_id bigint, building text, unit_no text, room text, address text, head_name text, phone text,
    size smallint, tags text[], courtyard_id bigint, last_visit_at date, reason text, existing_id bigint, same boolean
  ) on commit drop;
  truncate import_households_rows;

  insert into import_households_rows
  select r.row_no, g.id, b.building, b.unit_no, b.room, b.address, b.head_name, b.phone,
    case when r.size ~ '^[0-9]{1,2}$' then r.size::smallint end, b.tags, c.id, d.visit_day,
    case
      when r.grid_code is null or b.building is null or b.room is null or b.head_name is null then 'missing'
      when g.id is null then 'unknown_grid'
      when not (g.id = any (p_scope)) then 'out_of_scope'
      when length(b.building) > 40 or length(b.unit_no) > 20 or length(b.room) > 20 or length(b.address) > 200
        or length(b.head_name) > 60 then 'too_long'
      when b.phone !~ '^1[3-9][0-9]{9}$' then 'bad_phone'
      when r.size is not null and (r.size !~ '^[0-9]{1,2}$' or r.size::integer > 30) then 'bad_size'
      when exists (select 1 from unnest(b.tags) t where not exists (select 1 from public.household_tags ht where ht.code = t))
        then 'unknown_tag'
      when r.courtyard_code is not null and c.id is null then 'unknown_courtyard'
      when r.last_visit_at is not null and d.visit_day is null then 'bad_date'
    end
  from jsonb_to_recordset(p_rows) r(row_no integer, grid_code text, building text, unit_no text, room text, address text,
    head_name text, phone text, size text, tags text[], courtyard_code text, last_visit_at text)
  cross join lateral (select nullif(btrim(r.building), '') building, nullif(btrim(r.unit_no), '') unit_no,
    nullif(btrim(r.room), '') room, nullif(btrim(r.head_name), '') head_name, nullif(btrim(r.phone), '') phone,
    case when r.tags is not null then array(select distinct t from unnest(r.tags) t order by t) end tags,
    coalesce(nullif(btrim(r.address), ''), concat_ws('', btrim(r.building), btrim(r.unit_no), btrim(r.room))) address) b
  left join public.grids g on g.code = btrim(r.grid_code)
  -- The courtyard by its number, else the courtyard of the household's grid subtree whose address the household's
  -- address starts with: two lookups, each through its index (one condition choosing between them scanned them all).
  left join lateral (
    select coalesce(
      case when r.courtyard_code is not null then (select c.id from public.courtyards c where c.code = btrim(r.courtyard_code)) end,
      case when r.courtyard_code is null and g.id is not null then (
        select c.id from public.courtyards c
        where c.grid_id = any (array(select s.id from public.grids s where s.path @> array[g.id])) and b.address like c.address || '%'
        order by length(c.address) desc limit 1) end) id) c on true
  left join lateral (
    select case when r.last_visit_at ~ '^\d{4}-\d{2}-\d{2}$' then r.last_visit_at::date end visit_day) d on true;

  update import_households_rows set reason = 'duplicate'
  where reason is null and row_no in (
    select row_no from (select row_no, row_number() over (partition by grid_id, building, coalesce(unit_no, ''), room
      order by row_no) n from import_households_rows where reason is null) k where n > 1);

  update import_households_rows r set existing_id = h.id,
    same = (h.address, h.head_name, h.size, h.tags) is not distinct from (r.address, r.head_name, coalesce(r.size, h.size),
      coalesce(r.tags, h.tags))
      and (r.phone is null or r.phone = h.phone) and (r.courtyard_id is null or r.courtyard_id = h.courtyard_id)
      and (r.last_visit_at is null or r.last_visit_at = h.last_visit_at)
  from public.households h
  where r.reason is null and h.grid_id = r.grid_id and h.building = r.building
    and coalesce(h.unit_no, '') = coalesce(r.unit_no, '') and h.room = r.room;

  update public.households h set address = r.address, head_name = r.head_name, size = coalesce(r.size, h.size),
    tags = coalesce(r.tags, h.tags), phone = coalesce(r.phone, h.phone), courtyard_id = coalesce(r.courtyard_id, h.courtyard_id),
    last_visit_at = coalesce(r.last_visit_at, h.last_visit_at)
  from import_households_rows r
  where r.existing_id = h.id and not r.same;

  -- New rows get their ids first, so the results need no join back from what the insert returns.
  update import_households_rows set existing_id = nextval(pg_get_serial_sequence('public.households', 'id'))
  where reason is null and existing_id is null;
  insert into public.households (id, grid_id, building, unit_no, room, address, head_name, phone, size, tags, courtyard_id,
    last_visit_at)
  select existing_id, grid_id, building, unit_no, room, address, head_name, phone, coalesce(size, 1), coalesce(tags, '{}'),
    courtyard_id, last_visit_at
  from import_households_rows where reason is null and same is null;

  select coalesce(jsonb_agg(jsonb_build_object('row_no', row_no,
      'result', case when reason is not null then 'refused' when same is null then 'inserted' when same then 'unchanged' else 'updated' end,
      'id', case when reason is null then existing_id end, 'reason', reason) order by row_no), '[]'::jsonb)
    into results from import_households_rows;
  return results;
end
$$;
comment on function private.household_batch(jsonb, bigint[]) is
  'Checks, inserts and updates one batch of register rows set-based; answers one result per row. Called by '
  'import_households, which handles refusals the checks did not foresee.';

