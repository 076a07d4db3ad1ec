-- 0008 Read functions behind the map page. All security invoker: row level security decides what comes back.

create or replace function public.grids_geojson()
returns jsonb
language sql
stable
set search_path = pg_catalog, public, extensions
as $$
  select jsonb_build_object(
    'type', 'FeatureCollection',
    'features', coalesce(jsonb_agg(jsonb_build_object(
      'type', 'Feature',
      'id', g.id,
      'geometry', st_asgeojson(g.geom, 7)::jsonb,
      'properties', jsonb_build_object(
        'id', g.id, 'parent_id', g.parent_id, 'level', g.level, 'code', g.code, 'name', g.name,
        'area_m2', round(g.area_m2::numeric), 'leader', leader.name)
    ) order by g.level, g.code), '[]'::jsonb))
  from public.grids g
  left join lateral (
    select s.name from public.grid_staff s
    where s.grid_id = g.id and s.role = 'grid_leader' and s.is_active
    order by s.id limit 1
  ) leader on true
$$;
comment on function public.grids_geojson() is
  'All grids as a GeoJSON FeatureCollection (id, parent, level, code, name, area, 网格长) for the map.';

create or replace function public.grid_households(p_grid_id bigint)
returns table (
  id bigint, grid_id bigint, grid_code text, courtyard_id bigint, building text, unit_no text, room text,
  address text, head_name text, phone_masked text, size smallint, tags text[], last_visit_at date)
language sql
stable
set search_path = pg_catalog, public, extensions
as $$
  select h.id, h.grid_id, g.code, h.courtyard_id, h.building, h.unit_no, h.room, h.address, h.head_name,
         h.phone_masked, h.size, h.tags, h.last_visit_at
  from public.households h
  join public.grids g on g.id = h.grid_id
  where g.path @> array[p_grid_id]
  order by g.code, h.building, h.unit_no, h.room
$$;
comment on function public.grid_households(bigint) is
  'Households in a grid and all grids below it, masked phone only; empty for users without access.';

create or replace function public.grid_summary(p_grid_id bigint)
returns jsonb
language sql
stable
set search_path = pg_catalog, public, extensions
as $$
  with subtree as (
    select g.id from public.grids g where g.path @> array[p_grid_id]
  ), hh as (
    select h.size, h.tags from public.households h where h.grid_id in (select id from subtree)
  )
  select jsonb_build_object(
    'id', g.id, 'parent_id', g.parent_id, 'level', g.level, 'code', g.code, 'name', g.name,
    'area_m2', round(g.area_m2::numeric),
    'parent', (select jsonb_build_object('id', p.id, 'code', p.code, 'name', p.name) from public.grids p where p.id = g.parent_id),
    'children', (select count(*) from public.grids c where c.parent_id = g.id),
    'staff', coalesce((
      select jsonb_agg(jsonb_build_object('name', s.name, 'role', s.role, 'phone_masked', s.phone_masked)
             order by s.role, s.id)
      from public.grid_staff s where s.grid_id = g.id and s.is_active), '[]'::jsonb),
    'households', (select count(*) from hh),
    'people', (select coalesce(sum(size), 0) from hh),
    'tag_counts', coalesce((
      select jsonb_object_agg(t, n) from (
        select t, count(*) n from hh, unnest(hh.tags) t group by t) x), '{}'::jsonb),
    'courtyards', (select count(*) from public.courtyards c where c.grid_id in (select id from subtree)),
    'open_incidents', (
      select count(*) from public.incidents i
      join public.incident_statuses st on st.code = i.status and st.is_open
      where i.grid_id in (select id from subtree))
  )
  from public.grids g
  where g.id = p_grid_id
$$;
comment on function public.grid_summary(bigint) is
  'Facts for a grid''s side panel: staff, household and people counts per tag, courtyards, open incidents '
  '(counts over the subtree, limited to what the caller may see).';

create or replace function public.map_incidents()
returns table (
  id bigint, lon double precision, lat double precision, status text, category text, source text,
  grid_id bigint, title text, reported_at timestamptz, due_at timestamptz, resolved_at timestamptz)
language sql
stable
set search_path = pg_catalog, public, extensions
as $$
  select i.id, st_x(i.location), st_y(i.location), i.status, i.category, i.source, i.grid_id, i.title,
         i.reported_at, i.due_at, i.resolved_at
  from public.incidents i
  order by i.reported_at desc
$$;
comment on function public.map_incidents() is 'Incident pins the caller may see, newest first.';

revoke all on function public.grids_geojson(), public.grid_households(bigint), public.grid_summary(bigint),
  public.map_incidents(), public.grid_at(double precision, double precision) from public;
grant execute on function public.grids_geojson(), public.grid_households(bigint), public.grid_summary(bigint),
  public.map_incidents(), public.grid_at(double precision, double precision) to anon, authenticated, service_role;
