-- 0025 Households and incidents out: rows for CSV/XLSX files with the filters of the map (grid subtree, statuses,
-- categories, sources, departments, China-time days, overdue, title text), and an Open311 GeoReport v2 feed.
-- All security invoker: row level security decides which rows the caller gets, exactly as on the map.
--
-- Personal data in files: phone numbers are exported masked, for every role. A full number is shown only through
-- the logged reveal functions (0018), one household at a time, and a file that leaves the office must not carry
-- them; reporters' names and numbers are never exported. The Open311 feed is public: public columns only, no
-- sensitive category, whoever asks.

create or replace function private.require_exporter(p_households boolean)
returns void
language plpgsql
stable
set search_path = ''
as $$
declare
  r public.app_role := private.current_role();
begin
  if r is null or r = 'resident' or (p_households and not (r = any (private.grid_staff_roles()))) then
    if p_households then
      perform private.fail('error.export_households_forbidden', '只有街道、社区和网格工作人员可以导出民情册', '{}'::jsonb);
    end if;
    perform private.fail('error.export_forbidden', '只有工作人员可以导出事件', '{}'::jsonb);
  end if;
end
$$;
comment on function private.require_exporter(boolean) is
  'Refuses exports to visitors and residents, and household exports to anyone but grid staff (department staff never '
  'get households).';

create or replace function public.export_households(p_grid_id bigint default null, p_tags text[] default null,
  p_q text default null)
returns table (id bigint, grid_code text, grid_name text, building text, unit_no text, room text, address text,
  head_name text, phone_masked text, size smallint, tags text[], courtyard_code text, last_visit_at date)
language plpgsql
stable
set search_path = pg_catalog, public, extensions
as $$
begin
  perform private.require_exporter(true);
  return query
  select h.id, g.code, g.name, h.building, h.unit_no, h.room, h.address, h.head_name, h.phone_masked, h.size, h.tags,
    c.code, h.last_visit_at
  from public.households h
  join public.grids g on g.id = h.grid_id
  left join public.courtyards c on c.id = h.courtyard_id
  where (p_grid_id is null or g.path @> array[p_grid_id])
    and (p_tags is null or h.tags @> p_tags)
    and (coalesce(p_q, '') = '' or strpos(lower(h.address || ' ' || h.head_name || ' ' || h.building || ' ' || h.room), lower(p_q)) > 0)
  order by g.code, h.building, h.unit_no, h.room, h.id;
end
$$;
comment on function public.export_households(bigint, text[], text) is
  'Household register rows the caller may read (grid staff), filtered by grid subtree, tags (all of them) and text; '
  'phone numbers masked. Refused to department staff, residents and visitors.';

create or replace function public.export_incidents(p_grid_id bigint default null, p_statuses text[] default null,
  p_categories text[] default null, p_sources text[] default null, p_departments text[] default null,
  p_from date default null, p_to date default null, p_overdue boolean default false, p_q text default null)
returns table (id bigint, external_ref text, reported_at timestamptz, category text, source text, status text,
  title text, description text, address text, lon double precision, lat double precision, grid_code text,
  department_code text, due_at timestamptz, resolved_at timestamptz, closed_at timestamptz, overdue boolean,
  rating smallint)
language plpgsql
stable
set search_path = pg_catalog, public, extensions
as $$
begin
  perform private.require_exporter(false);
  return query
  select i.id, i.external_ref, i.reported_at, i.category, i.source, i.status, i.title, i.description, i.address,
    round(st_x(i.location)::numeric, 7)::double precision, round(st_y(i.location)::numeric, 7)::double precision, g.code,
    d.code, i.due_at, i.resolved_at, i.closed_at, private.incident_overdue(s.is_open, i.due_at, now()), i.rating
  from public.incidents i
  join public.grids g on g.id = i.grid_id
  join public.incident_statuses s on s.code = i.status
  left join public.departments d on d.id = i.department_id
  where (p_grid_id is null or g.path @> array[p_grid_id])
    and (p_statuses is null or i.status = any (p_statuses))
    and (p_categories is null or i.category = any (p_categories))
    and (p_sources is null or i.source = any (p_sources))
    and (p_departments is null or coalesce(i.department_id::text, 'none') = any (p_departments))
    and (p_from is null or i.reported_at >= p_from::timestamp at time zone 'Asia/Shanghai')
    and (p_to is null or i.reported_at < (p_to + 1)::timestamp at time zone 'Asia/Shanghai')
    and (not coalesce(p_overdue, false) or private.incident_overdue(s.is_open, i.due_at, now()))
    and (coalesce(p_q, '') = '' or strpos(lower(i.title), lower(p_q)) > 0)
  order by i.reported_at desc, i.id desc;
end
$$;
comment on function public.export_incidents(bigint, text[], text[], text[], text[], date, date, boolean, text) is
  'Incidents the caller may read, with the map''s filters (null = no restriction; days in China time, both '
  'inclusive; departments as ids or ''none''); no reporter data. Refused to residents and visitors.';

create or replace function private.open311_time(p_at timestamptz)
returns text
language sql
immutable
set search_path = ''
as $$
  select to_char(p_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS') || '+08:00'
$$;
comment on function private.open311_time(timestamptz) is 'W3C datetime in China time, as GeoReport v2 expects.';

create or replace function public.open311_requests(p_grid_id bigint default null, p_statuses text[] default null,
  p_categories text[] default null, p_from date default null, p_to date default null, p_limit integer default 1000)
returns jsonb
language sql
stable
set search_path = pg_catalog, public, extensions
as $$
  select coalesce(jsonb_agg(r.doc order by r.reported_at desc, r.id desc), '[]'::jsonb)
  from (
    select i.id, i.reported_at, jsonb_build_object(
      'service_request_id', coalesce(substring(i.external_ref from '^open311:(.+)$'), 'gridgov-' || i.id),
      'status', case when s.is_open then 'open' else 'closed' end,
      'status_notes', s.name_zh,
      'service_code', i.category,
      'service_name', c.name_zh,
      'description', i.description,
      'agency_responsible', d.name_zh,
      'requested_datetime', private.open311_time(i.reported_at),
      'updated_datetime', private.open311_time(greatest(i.reported_at, i.accepted_at, i.dispatched_at, i.resolved_at, i.closed_at)),
      'expected_datetime', private.open311_time(i.due_at),
      'address', i.address,
      'lat', round(st_y(i.location)::numeric, 7),
      'long', round(st_x(i.location)::numeric, 7),
      'media_url', null,
      -- GeoReport v2 knows open/closed only; our status, title and source ride along so our own import reads them back.
      'extended_attributes', jsonb_build_object('status', i.status, 'title', i.title, 'source', i.source,
        'resolved_datetime', private.open311_time(i.resolved_at))) doc
    from public.incidents i
    join public.incident_categories c on c.code = i.category
    join public.incident_statuses s on s.code = i.status
    join public.grids g on g.id = i.grid_id
    left join public.departments d on d.id = i.department_id
    where not c.sensitive
      and (p_grid_id is null or g.path @> array[p_grid_id])
      and (p_statuses is null or i.status = any (p_statuses))
      and (p_categories is null or i.category = any (p_categories))
      and (p_from is null or i.reported_at >= p_from::timestamp at time zone 'Asia/Shanghai')
      and (p_to is null or i.reported_at < (p_to + 1)::timestamp at time zone 'Asia/Shanghai')
    order by i.reported_at desc, i.id desc
    limit least(greatest(coalesce(p_limit, 1000), 0), 10000)) r
$$;
comment on function public.open311_requests(bigint, text[], text[], date, date, integer) is
  'GeoReport v2 requests.json of public incidents (no reporter, no sensitive category, whoever asks), newest first, '
  'at most 10,000; extended_attributes carry our status, title, source and resolution time.';

create or replace function public.open311_services()
returns jsonb
language sql
stable
set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object('service_code', c.code, 'service_name', c.name_zh,
    'description', c.name_zh || ' / ' || c.name_en, 'metadata', false, 'type', 'realtime', 'keywords', c.name_en,
    'group', case when c.safety then '安全' else '民生' end) order by c.sort), '[]'::jsonb)
  from public.incident_categories c where not c.sensitive
$$;
comment on function public.open311_services() is 'GeoReport v2 services.json: the public incident categories.';

select private.grant_execute(array['private.require_exporter(boolean)',
  'public.export_households(bigint, text[], text)',
  'public.export_incidents(bigint, text[], text[], text[], text[], date, date, boolean, text)'], false);
select private.grant_execute(array['private.open311_time(timestamptz)',
  'public.open311_requests(bigint, text[], text[], date, date, integer)', 'public.open311_services()'], true);
