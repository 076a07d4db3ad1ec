-- 0024 Household registers and incidents in: batches of rows from a spreadsheet (the browser parses and checks them
-- first, see src/lib/household-rows.ts) go through one function per kind that answers for every row: inserted,
-- updated, unchanged or refused with a reason code. Street and community admins import, within their scope.
--
-- Natural keys, so that importing the same file twice changes nothing:
--   households  grid + building + unit + room (unique index below; an empty unit counts as one value)
--   incidents   external_ref, the source system's id: 'hotline:<工单编号>', 'open311:<service_request_id>'
-- Blank cells never erase what is stored (a phone, a last visit, a courtyard); a value in the file replaces it.
-- Changes to existing households are in the audit log like any other change (0018); creations are not, as there.
--
-- Imported incidents carry their status and timestamps from the source. Their timeline gets one 'created' event,
-- at the time the source says they were reported, with the status they arrived in and a note naming the source
-- ticket: the history in between happened elsewhere and is not invented. The workflow functions are not used (an
-- imported, already resolved ticket never passed through them here); statistics stay exact through their trigger.

create unique index households_natural_key_idx
  on public.households (grid_id, building, coalesce(unit_no, ''), room);
comment on index public.households_natural_key_idx is
  'A household is one room of one building and unit in one grid: the key a register re-import matches on.';

alter table public.incidents add column external_ref text unique check (length(external_ref) between 3 and 120);
comment on column public.incidents.external_ref is
  'Id of the incident in the system it was imported from (''hotline:12345-…'', ''open311:…''); null for our own.';
grant select (external_ref) on public.incidents to anon, authenticated;

create or replace function private.require_importer()
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if coalesce((private.current_profile()).role not in ('district_admin', 'community_admin'), true) then
    perform private.fail('error.import_forbidden', '只有街道或社区管理员可以导入数据', '{}'::jsonb);
  end if;
end
$$;
comment on function private.require_importer() is 'Refuses anyone but a street or community admin (importers).';

create or replace function private.import_batch_size(p_rows jsonb)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if jsonb_typeof(p_rows) is distinct from 'array' or jsonb_array_length(p_rows) > 5000 then
    perform private.fail('error.import_batch', '每批最多导入 5000 行（JSON 数组）', jsonb_build_object('max', 5000));
  end if;
end
$$;
comment on function private.import_batch_size(jsonb) is 'Refuses a batch that is not a JSON array of at most 5000 rows.';

-- One batch, set-based: every row checked, then the new ones inserted and the changed ones updated in two
-- statements. A row that breaks a rule the checks do not know makes the statement fail; the caller then retries
-- row by row so that row alone is refused.
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
  left join lateral (
    -- The courtyard by its number, else the courtyard of the household's grid subtree whose address the household's
    -- address starts with (through the courtyards' grid index, not a scan of every courtyard per row).
    select c.id from public.courtyards c
    where case when r.courtyard_code is not null then c.code = btrim(r.courtyard_code)
      else c.grid_id = any (array(select s.id from public.grids s where s.path @> array[g.id])) and b.address like c.address || '%' end
    order by length(c.address) desc limit 1) c on true
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

-- Runs a batch function; if the batch as a whole fails, runs it again one row at a time so that only the rows that
-- fail are refused, each with the error's i18n key as its reason.
create or replace function private.import_rows(p_batch text, p_rows jsonb, p_scope bigint[])
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  results jsonb := '[]'::jsonb;
  one jsonb;
  key text;
begin
  begin
    execute format('select private.%I($1, $2)', p_batch) into results using p_rows, p_scope;
    return results;
  exception when others then
    results := '[]'::jsonb;
  end;
  for one in select value from jsonb_array_elements(p_rows) loop
    begin
      execute format('select private.%I($1, $2)', p_batch) into strict key using jsonb_build_array(one), p_scope;
      results := results || key::jsonb;
    exception when others then
      get stacked diagnostics key = pg_exception_hint;
      results := results || jsonb_build_array(jsonb_build_object('row_no', (one ->> 'row_no')::integer, 'result', 'refused',
        'id', null, 'reason', coalesce(nullif(key, ''), 'rejected')));
    end;
  end loop;
  return results;
end
$$;
comment on function private.import_rows(text, jsonb, bigint[]) is
  'Runs household_batch or incident_batch on a batch; when the batch fails as a whole, row by row, refusing only '
  'the failing rows (reason = the error''s i18n key).';

create or replace function private.import(p_batch text, p_rows jsonb)
returns table (row_no integer, result text, id bigint, reason text)
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.require_importer();
  perform private.import_batch_size(p_rows);
  if p_batch not in ('household_batch', 'incident_batch') then
    perform private.fail('error.import_batch', '未知的导入类型', jsonb_build_object('max', 5000));
  end if;
  return query select * from jsonb_to_recordset(private.import_rows(p_batch, p_rows, private.scoped_grid_ids()))
    r(row_no integer, result text, id bigint, reason text);
end
$$;
comment on function private.import(text, jsonb) is
  'Imports a batch of register rows (household_batch) or incident rows (incident_batch) for a street or community '
  'admin, refusing rows outside their scope; see the top of this file.';

create or replace function public.import_households(p_rows jsonb)
returns table (row_no integer, result text, id bigint, reason text)
language sql
set search_path = ''
as $$ select * from private.import('household_batch', p_rows) $$;
comment on function public.import_households(jsonb) is
  'Imports a batch (≤ 5000) of household register rows {row_no, grid_code, building, unit_no, room, address, head_name, '
  'phone, size, tags, courtyard_code, last_visit_at}; one result per row: inserted, updated, unchanged or refused + reason.';

create or replace function private.incident_batch(p_rows jsonb, p_scope bigint[])
returns jsonb
language plpgsql
security definer
set search_path = pg_catalog, public, extensions
as $$
declare
  results jsonb;
begin
  drop table if exists pg_temp.import_incident_rows;
  create temp table import_incident_rows (
    row_no integer, ref text, category text, source text, status text, title text, description text, location geometry,
    address text, reported_at timestamptz, resolved_at timestamptz, closed_at timestamptz, reporter_name text,
    reporter_phone text, grid_id bigint, reason text, existing_id bigint, same boolean
  ) on commit drop;

  insert into import_incident_rows
  select r.row_no, nullif(btrim(r.ref), ''), r.category, coalesce(r.source, 'hotline'), r.status, btrim(r.title),
    coalesce(r.description, ''), p.pt, nullif(btrim(r.address), ''), t.reported, t.resolved, t.closed,
    nullif(btrim(r.reporter_name), ''), case when r.reporter_phone ~ '^1[3-9][0-9]{9}$' then r.reporter_phone end, g.id,
    case
      when nullif(btrim(r.ref), '') is null or nullif(btrim(r.title), '') is null or p.pt is null or t.reported is null then 'missing'
      when not exists (select 1 from public.incident_categories c where c.code = r.category) then 'unknown_category'
      when not exists (select 1 from public.incident_sources s where s.code = coalesce(r.source, 'hotline')) then 'unknown_source'
      when not exists (select 1 from public.incident_statuses s where s.code = r.status) then 'unknown_status'
      when length(btrim(r.ref)) not between 3 and 120 or length(btrim(r.title)) > 120 or length(r.description) > 4000
        or length(r.address) > 200 or length(r.reporter_name) > 60 then 'too_long'
      when g.id is null then 'outside_district'
      when not (g.id = any (p_scope)) then 'out_of_scope'
      when t.reported > now() + interval '1 day' or t.resolved < t.reported or t.closed < t.reported then 'bad_date'
    end
  from jsonb_to_recordset(p_rows) r(row_no integer, ref text, category text, source text, status text, title text,
    description text, lon double precision, lat double precision, address text, reported_at timestamptz,
    resolved_at timestamptz, closed_at timestamptz, reporter_name text, reporter_phone text)
  cross join lateral (select case when r.lon between -180 and 180 and r.lat between -90 and 90
    then st_setsrid(st_makepoint(r.lon, r.lat), 4326) end pt) p
  -- Timestamps the status implies: a resolved ticket was resolved some time, a closed one closed.
  cross join lateral (select r.reported_at reported,
    case when r.status in ('resolved', 'closed') then coalesce(r.resolved_at, r.closed_at, r.reported_at) end resolved,
    case when r.status = 'closed' then coalesce(r.closed_at, r.resolved_at, r.reported_at) end closed) t
  left join lateral (select private.grid_for_point(p.pt) id) g on true;

  update import_incident_rows set reason = 'duplicate'
  where reason is null and row_no in (
    select row_no from (select row_no, row_number() over (partition by ref order by row_no) n
      from import_incident_rows where reason is null) k where n > 1);

  update import_incident_rows r set existing_id = i.id,
    same = (i.category, i.source, i.status, i.title, i.description, i.address, i.reported_at, i.resolved_at, i.closed_at)
      is not distinct from (r.category, r.source, r.status, r.title, r.description, r.address, r.reported_at, r.resolved_at,
      r.closed_at) and st_equals(i.location, r.location)
  from public.incidents i
  where r.reason is null and i.external_ref = r.ref;

  -- An existing incident of another part of the district stays untouched by an importer who may not manage it.
  update import_incident_rows r set reason = 'out_of_scope'
  from public.incidents i
  where r.existing_id = i.id and not r.same and not (i.grid_id = any (p_scope));

  -- The timeline says what the import changed, from the status it had to the one the source now gives.
  insert into public.incident_events (incident_id, at, actor_id, actor_name, kind, from_status, to_status, note)
  select i.id, now(), (select auth.uid()), private.actor_name(), 'status', i.status, r.status, '按导入记录更新：' || r.ref
  from import_incident_rows r join public.incidents i on i.id = r.existing_id
  where not r.same and r.reason is null;
  perform set_config('gridgov.event_written', 'on', true);
  update public.incidents i set category = r.category, source = r.source, status = r.status, title = r.title,
    description = r.description, location = r.location, address = r.address, reported_at = r.reported_at,
    accepted_at = case when r.status = 'pending' then null else coalesce(i.accepted_at, r.reported_at) end,
    resolved_at = r.resolved_at, closed_at = r.closed_at
  from import_incident_rows r
  where r.existing_id = i.id and not r.same and r.reason is null;

  update import_incident_rows set existing_id = nextval(pg_get_serial_sequence('public.incidents', 'id'))
  where reason is null and existing_id is null;
  insert into public.incidents (id, external_ref, category, source, status, title, description, location, address,
    reporter_name, reporter_phone, reported_at, accepted_at, dispatched_at, resolved_at, closed_at)
  select existing_id, ref, category, source, status, title, description, location, address, reporter_name, reporter_phone,
    reported_at, case when status <> 'pending' then reported_at end,
    case when status in ('dispatched', 'coordinating') then reported_at end, resolved_at, closed_at
  from import_incident_rows where reason is null and same is null;
  insert into public.incident_events (incident_id, at, actor_id, actor_name, kind, to_status, note)
  select existing_id, reported_at, (select auth.uid()), private.actor_name(), 'created', status, '导入：' || ref
  from import_incident_rows where reason is null and same is null;
  perform set_config('gridgov.event_written', 'off', true);

  select coalesce(jsonb_agg(jsonb_build_object('row_no', row_no,
      'result', case when reason is not null then 'refused' when same is null then 'inserted' when same then 'unchanged' else 'updated' end,
      'id', case when reason is null then existing_id end, 'reason', reason) order by row_no), '[]'::jsonb)
    into results from import_incident_rows;
  return results;
end
$$;
comment on function private.incident_batch(jsonb, bigint[]) is
  'Checks, inserts and updates one batch of incident rows set-based, matched on external_ref; writes each new '
  'incident''s ''created'' event with its imported status. Called by import_incidents.';

create or replace function public.import_incidents(p_rows jsonb)
returns table (row_no integer, result text, id bigint, reason text)
language sql
set search_path = ''
as $$ select * from private.import('incident_batch', p_rows) $$;
comment on function public.import_incidents(jsonb) is
  'Imports a batch (≤ 5000) of incident rows {row_no, ref, category, source, status, title, description, lon, lat, '
  'address, reported_at, resolved_at, closed_at, reporter_name, reporter_phone} from a hotline export or an Open311 '
  'feed; one result per row: inserted, updated, unchanged or refused + reason.';

revoke all on function private.household_batch(jsonb, bigint[]), private.incident_batch(jsonb, bigint[]),
  private.import_rows(text, jsonb, bigint[]) from public, anon, authenticated;
select private.grant_execute(array['private.require_importer()', 'private.import_batch_size(jsonb)',
  'private.import(text, jsonb)', 'public.import_households(jsonb)', 'public.import_incidents(jsonb)'], false);
