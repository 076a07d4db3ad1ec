-- 0023 Grid boundaries in: a candidate set of grids is checked for coverage ("横到边、纵到底、无死角、无缝隙、全覆盖")
-- and applied in one transaction, all or nothing. The import page, the grid editor and any API caller use the same
-- two functions, grid_import_check and grid_import_apply.
--
-- The candidate set is a GeoJSON FeatureCollection in WGS84. Each feature's properties hold code, name, level
-- (community/grid/micro/unit) and parent (the parent's code; null for a community); its geometry is a Polygon or
-- MultiPolygon. What applying it means:
--   * Upsert by code. A code that exists updates that grid in place, so its id, staff, households and incidents stay
--     attached; a new code inserts a grid.
--   * Grids missing from the set are kept as they are: an import never deletes. The check runs on the merged tree
--     (the set laid over the current grids), so a kept grid that a new boundary overlaps, leaves outside its parent
--     or leaves uncovered is reported like any other.
--   * Merging is the one way a grid goes away, and only when asked: a top-level "remove": [{"code", "into"}] member
--     names grids to fold into a sibling. Their staff, user scopes, invitations and records without a location move
--     to that sibling; their children must be given a new parent in the same set.
--   * Problems: unreadable features, duplicate codes, invalid rings, unknown parents, wrong levels, overlaps between
--     siblings, children outside their parent, parents not covered by their children, and (for community admins)
--     anything outside their community. Each comes with the grids involved, its geometry and its area in m².
--     Parts under 0.01 m² are floating-point noise of shared edges and are not reported. Overlays run on a 1e-9°
--     (0.1 mm) precision grid: exact-arithmetic GEOS overlay of long shared edges with collinear vertices can fail
--     (in PGlite's build it fails silently), snap-rounded overlay does not.
--   * Slivers: an overlap, gap or overhang of at most the tolerance (m²) can be snapped: a gap goes to the child
--     sharing the longest border with it, an overlap is cut from one of the two grids (one from the set when only one
--     is), an overhang is cut from the child. Unsnapped slivers block like any other problem.
--   * All or nothing: apply checks again inside its own transaction and writes nothing while any problem remains.
--   * Afterwards households, courtyards and incidents with a location near a changed boundary are assigned again to
--     the deepest grid covering them (the household audit log records each move); a point left outside every grid
--     refuses the whole import. The statistics rollups follow incidents by trigger, and are rebuilt when a grid
--     changed parent or was merged away.
-- Who: the street admin anywhere, a community admin below their own community (never a community itself).

create or replace function private.geojson_polygonal(p_geometry jsonb)
returns extensions.geometry
language plpgsql
immutable
set search_path = pg_catalog, public, extensions
as $$
begin
  if p_geometry ->> 'type' not in ('Polygon', 'MultiPolygon') then
    return null;
  end if;
  return st_multi(st_setsrid(st_force2d(st_geomfromgeojson(p_geometry::text)), 4326));
exception when others then
  return null;
end
$$;
comment on function private.geojson_polygonal(jsonb) is
  'A GeoJSON Polygon or MultiPolygon as a WGS84 MultiPolygon, or null when it is anything else or unreadable.';

create or replace function private.grid_candidates(p_set jsonb)
returns table (idx integer, code text, name text, level text, parent text, geom extensions.geometry, valid boolean,
  in_file boolean, grid_id bigint)
language sql
stable
set search_path = pg_catalog, public, extensions
as $$
  with file as (
    select f.i::integer idx, nullif(btrim(f.v -> 'properties' ->> 'code'), '') code,
           nullif(btrim(f.v -> 'properties' ->> 'name'), '') name, nullif(btrim(f.v -> 'properties' ->> 'level'), '') level,
           nullif(btrim(f.v -> 'properties' ->> 'parent'), '') parent, private.geojson_polygonal(f.v -> 'geometry') geom
    from jsonb_array_elements(coalesce(p_set -> 'features', '[]'::jsonb)) with ordinality f(v, i)
  ), removed as (
    select r ->> 'code' code from jsonb_array_elements(coalesce(p_set -> 'remove', '[]'::jsonb)) r
  )
  select f.idx, f.code, f.name, f.level, f.parent, f.geom, f.geom is not null and (st_isvaliddetail(f.geom)).valid, true, g.id
  from file f left join public.grids g on g.code = f.code
  union all
  select null, g.code, g.name, g.level::text, p.code, g.geom, true, false, g.id
  from public.grids g left join public.grids p on p.id = g.parent_id
  where g.code not in (select code from file where code is not null) and g.code not in (select code from removed where code is not null)
$$;
comment on function private.grid_candidates(jsonb) is
  'The merged tree of a candidate set: its features (in_file) and every current grid it neither replaces nor removes.';

create or replace function private.grid_problems(p_set jsonb, p_tolerance_m2 double precision)
returns table (kind text, codes text[], detail text, geom extensions.geometry, area_m2 double precision, snappable boolean)
language sql
stable
-- JIT compiling this many PostGIS expressions costs seconds on PostgreSQL and saves nothing.
set jit = off
set search_path = pg_catalog, public, extensions
as $$
  with recursive c as materialized (
    select * from private.grid_candidates(p_set)
  ), me as (
    select (private.current_profile()).role, (select g.code from public.grids g where g.id = (private.current_profile()).grid_id) community
  ), removed as (
    select r ->> 'code' code, r ->> 'into' into_code from jsonb_array_elements(coalesce(p_set -> 'remove', '[]'::jsonb)) r
  ), roots as (
    select c.code, c.code root, 0 depth from c where c.parent is null and c.code is not null
    union all
    select c.code, r.root, r.depth + 1 from c join roots r on c.parent = r.code where r.depth < 4
  ), pairs as (
    select a.code a, b.code b, a.geom ga, b.geom gb, a.in_file a_file, b.in_file b_file
    from c a join c b on coalesce(a.parent, '') = coalesce(b.parent, '') and a.code < b.code
    where (a.in_file or b.in_file) and a.valid and b.valid and st_intersects(a.geom, b.geom) and st_relate(a.geom, b.geom, '2********')
  ), family as (
    select ch.code child, p.code parent, ch.geom gc, p.geom gp, ch.in_file or p.in_file touched
    from c ch join c p on p.code = ch.parent
    where ch.valid and p.valid
  ), gaps as (
    select p.code parent, p.geom gp, (select st_union(ch.geom) from c ch where ch.parent = p.code and ch.valid) children
    from c p
    where p.valid and exists (select 1 from c ch where ch.parent = p.code and (p.in_file or ch.in_file))
  ), areas as (
    select 'overlap' kind, array[p.a, p.b] codes, d.geom
    from pairs p, st_dump(st_collectionextract(st_intersection(p.ga, p.gb, 1e-9), 3)) d
    union all
    select 'outside_parent', array[f.child, f.parent], d.geom
    from family f, st_dump(st_collectionextract(st_difference(f.gc, f.gp, 1e-9), 3)) d
    where f.touched and not st_coveredby(f.gc, f.gp)
    union all
    select 'gap', array[g.parent], d.geom
    from gaps g, st_dump(st_collectionextract(st_difference(g.gp, g.children, 1e-9), 3)) d
    where g.children is not null
  )
  select 'bad_feature', array[coalesce(c.code, '#' || c.idx)],
         concat_ws(',',
           case when c.code is null or c.code !~ '^[0-9A-Za-z-]{1,40}$' then 'code' end,
           case when c.name is null or length(c.name) > 100 then 'name' end,
           case when c.level is null or c.level not in (select e::text from unnest(enum_range(null::public.grid_level)) e) then 'level' end,
           case when c.geom is null then 'geometry' end),
         null::extensions.geometry, null::double precision, false
  from c
  where c.in_file and (c.code is null or c.code !~ '^[0-9A-Za-z-]{1,40}$' or c.name is null or length(c.name) > 100
    or c.level is null or c.level not in (select e::text from unnest(enum_range(null::public.grid_level)) e) or c.geom is null)
  union all
  select 'duplicate_code', array[c.code], count(*)::text, null, null, false
  from c where c.in_file and c.code is not null group by c.code having count(*) > 1
  union all
  select 'invalid_geometry', array[c.code], (st_isvaliddetail(c.geom)).reason, (st_isvaliddetail(c.geom)).location, null, false
  from c where c.in_file and c.geom is not null and not c.valid
  union all
  select 'unknown_parent', array[c.code, c.parent], null, null, null, false
  from c where c.parent is not null and not exists (select 1 from c p where p.code = c.parent)
  union all
  select 'level_mismatch', array[c.code, c.parent], concat_ws('/', c.level, p.level), null, null, false
  from c left join c p on p.code = c.parent
  where (c.in_file or p.in_file) and c.level in (select e::text from unnest(enum_range(null::public.grid_level)) e)
    and ((c.level = 'community') <> (c.parent is null)
      or (p.level is not null and array_position(enum_range(null::public.grid_level), p.level::public.grid_level)
                                 <> array_position(enum_range(null::public.grid_level), c.level::public.grid_level) - 1))
  union all
  select 'bad_merge', array[r.code, r.into_code], null, null, null, false
  from removed r
  where not exists (select 1 from public.grids g join public.grids i on i.code = r.into_code
                    where g.code = r.code and i.level = g.level and i.code <> g.code)
    or not exists (select 1 from c where c.code = r.into_code)
  union all
  select 'out_of_scope', array[x.code], null, null, null, false
  from (select c.code, c.level, c.grid_id, true in_file from c where c.in_file and c.code is not null
        union all select g.code, g.level::text, g.id, false from removed r join public.grids g on g.code = r.code) x, me
  where me.role is distinct from 'district_admin'
    and (x.level = 'community' or me.community is null
      or (x.grid_id is not null and not x.grid_id = any (private.scoped_grid_ids()))
      or (x.in_file and not exists (select 1 from roots r where r.code = x.code and r.root = me.community)))
  union all
  select a.kind, a.codes, null, a.geom, a.area, a.area <= coalesce(p_tolerance_m2, 0)
  from (select areas.*, st_area(areas.geom::geography) area from areas) a
  where a.area >= 0.01
$$;
comment on function private.grid_problems(jsonb, double precision) is
  'Every problem of a candidate set laid over the current grids: kind, grids involved, detail, geometry, area (m²), '
  'and whether it is a sliver within the tolerance that snapping would fix.';

create or replace function private.grid_snap(p_set jsonb, p_tolerance_m2 double precision)
returns jsonb
language sql
stable
-- JIT compiling this many PostGIS expressions costs seconds on PostgreSQL and saves nothing.
set jit = off
set search_path = pg_catalog, public, extensions
as $$
  with c as materialized (
    select * from private.grid_candidates(p_set)
  ), p as (
    select * from private.grid_problems(p_set, p_tolerance_m2) where snappable
  ), edits as (
    select case when (select c.in_file from c where c.code = p.codes[2]) or not (select c.in_file from c where c.code = p.codes[1])
                then p.codes[2] else p.codes[1] end code, p.geom cut, null::extensions.geometry fill
    from p where p.kind = 'overlap'
    union all
    select p.codes[1], p.geom, null from p where p.kind = 'outside_parent'
    union all
    select (select ch.code from c ch where ch.parent = p.codes[1] and ch.valid
            order by st_length(st_intersection(st_boundary(ch.geom), st_buffer(p.geom, 1e-7))) desc, ch.code limit 1),
           null, p.geom
    from p where p.kind = 'gap'
  ), changed as (
    select e.code, st_union(e.cut) cut, st_union(e.fill) fill from edits e where e.code is not null group by e.code
  ), snapped as (
    select c.idx, c.code, c.name, c.level, c.parent, c.in_file,
           case when x.code is null then c.geom else st_multi(st_collectionextract(st_makevalid(
             case when x.fill is null then g1.geom else st_union(g1.geom, x.fill, 1e-9) end), 3)) end geom
    from c left join changed x on x.code = c.code
    cross join lateral (select case when x.cut is null then c.geom else st_difference(c.geom, x.cut, 1e-9) end geom) g1
    where c.in_file or x.code is not null
  )
  select jsonb_strip_nulls(jsonb_build_object('type', 'FeatureCollection', 'remove', p_set -> 'remove', 'features',
    coalesce(jsonb_agg(jsonb_build_object('type', 'Feature',
      'properties', jsonb_build_object('code', s.code, 'name', s.name, 'level', s.level, 'parent', s.parent),
      'geometry', coalesce(st_asgeojson(s.geom, 9)::jsonb,
        (p_set -> 'features' -> (s.idx - 1) -> 'geometry'))) order by s.in_file desc, s.idx, s.code), '[]'::jsonb)))
  from snapped s
$$;
comment on function private.grid_snap(jsonb, double precision) is
  'The candidate set with its slivers (problems within the tolerance) snapped away; grids it had to change that were '
  'not in the set are added to it.';

create or replace function private.require_grid_admin()
returns void language sql stable set search_path = '' as $$
  select private.fail('error.grid_admin_only', '只有街道或社区管理员可以导入或修改网格边界', '{}'::jsonb)
  where coalesce((private.current_profile()).role not in ('district_admin', 'community_admin'), true)
$$;
comment on function private.require_grid_admin() is 'Refuses anyone but a street or community admin from changing grid boundaries.';

-- Security definer: it reads only public grid boundaries and the caller's own profile and scope, which the caller
-- may read anyway; being definer spares granting the helpers above to the API roles.
create or replace function private.grid_check(p_set jsonb, p_tolerance_m2 double precision, p_snap boolean)
returns table (kind text, codes text[], detail text, area_m2 double precision, snappable boolean, geometry jsonb)
language plpgsql
stable
security definer
-- JIT compiling this many PostGIS expressions costs seconds on PostgreSQL and saves nothing.
set jit = off
set search_path = pg_catalog, public, extensions
as $$
begin
  perform private.require_grid_admin();
  return query
  select p.kind, p.codes, p.detail, round(p.area_m2::numeric, 2)::double precision, p.snappable, st_asgeojson(p.geom, 7)::jsonb
  from private.grid_problems(case when p_snap then private.grid_snap(p_set, p_tolerance_m2) else p_set end, p_tolerance_m2) p
  order by p.snappable, p.kind, p.codes;
end
$$;
comment on function private.grid_check(jsonb, double precision, boolean) is
  'The problems of a candidate set (after snapping its slivers when p_snap), for admins.';

create or replace function private.grid_apply(p_set jsonb, p_tolerance_m2 double precision, p_snap boolean)
returns jsonb
language plpgsql
security definer
-- JIT compiling this many PostGIS expressions costs seconds on PostgreSQL and saves nothing.
set jit = off
set search_path = pg_catalog, public, extensions
as $$
declare
  v_set jsonb := p_set;
  v_count integer;
  v_snapped integer := 0;
  r record;
  v_id bigint;
  v_parent bigint;
  v_touched extensions.geometry[] := '{}';
  v_area extensions.geometry;
  v_inserted integer := 0;
  v_updated integer := 0;
  v_unchanged integer := 0;
  v_removed integer := 0;
  v_reparented boolean := false;
  v_households integer;
  v_courtyards integer;
  v_incidents integer;
begin
  perform private.require_grid_admin();
  if p_snap then
    select count(*) into v_snapped from private.grid_problems(p_set, p_tolerance_m2) where snappable;
    v_set := private.grid_snap(p_set, p_tolerance_m2);
  end if;
  select count(*) into v_count from private.grid_problems(v_set, p_tolerance_m2);
  if v_count > 0 then
    perform private.fail('error.grid_import_blocked', format('边界检查发现 %s 个问题，未写入任何网格', v_count),
      jsonb_build_object('count', v_count));
  end if;

  for r in
    select c.code, c.name, c.level::public.grid_level level, c.parent, c.geom, g.id, g.name old_name, g.level old_level,
           g.parent_id old_parent, g.geom old_geom
    from private.grid_candidates(v_set) c left join public.grids g on g.code = c.code
    where c.in_file
    order by array_position(enum_range(null::public.grid_level), c.level::public.grid_level), c.code
  loop
    v_parent := (select g.id from public.grids g where g.code = r.parent);
    if r.id is null then
      insert into public.grids (parent_id, level, code, name, geom) values (v_parent, r.level, r.code, r.name, r.geom);
      v_inserted := v_inserted + 1;
      v_touched := v_touched || r.geom;
    elsif r.old_name = r.name and r.old_level = r.level and r.old_parent is not distinct from v_parent and st_equals(r.old_geom, r.geom) then
      v_unchanged := v_unchanged + 1;
    else
      update public.grids set name = r.name, level = r.level, parent_id = v_parent, geom = r.geom where id = r.id;
      v_updated := v_updated + 1;
      v_reparented := v_reparented or r.old_parent is distinct from v_parent;
      v_touched := v_touched || r.geom || r.old_geom;
    end if;
  end loop;

  -- Merges: everything attached to a grid that goes away moves to the sibling it is folded into.
  for r in
    select g.id, g.geom, i.id into_id
    from jsonb_array_elements(coalesce(v_set -> 'remove', '[]'::jsonb)) x
    join public.grids g on g.code = x ->> 'code' join public.grids i on i.code = x ->> 'into'
  loop
    update public.grid_staff set grid_id = r.into_id where grid_id = r.id;
    update public.profiles set grid_id = r.into_id where grid_id = r.id;
    update public.invitations set grid_id = r.into_id where grid_id = r.id;
    update public.households set grid_id = r.into_id where grid_id = r.id;
    update public.courtyards set grid_id = r.into_id where grid_id = r.id;
    update public.incidents set grid_id = r.into_id where grid_id = r.id;
    -- A visit keeps the grid it was made in; that grid's history now belongs to the one it was folded into.
    update public.household_visits set grid_id = r.into_id where grid_id = r.id;
    delete from public.grids where id = r.id;
    v_removed := v_removed + 1;
    v_touched := v_touched || r.geom;
  end loop;

  if v_updated + v_inserted + v_removed > 0 then
    -- A grid that changed parent takes its whole subtree along: paths are recomputed from the roots down.
    with recursive tree as (
      select g.id, array[g.id] path from public.grids g where g.parent_id is null
      union all
      select g.id, t.path || g.id from public.grids g join tree t on g.parent_id = t.id
    )
    update public.grids g set path = t.path from tree t where g.id = t.id and g.path <> t.path;
  end if;

  v_area := st_union(array(select st_envelope(t) from unnest(v_touched) t));
  select count(*) into v_count from (
    select location from public.households where location is not null and st_intersects(location, v_area)
    union all select location from public.courtyards where location is not null and st_intersects(location, v_area)
    union all select location from public.incidents where st_intersects(location, v_area)
  ) x
  where private.grid_for_point(x.location) is null;
  if v_count > 0 then
    perform private.fail('error.grid_import_strands', format('新边界会让 %s 条户籍、院落或事件落在所有网格之外，未写入任何网格', v_count),
      jsonb_build_object('count', v_count));
  end if;

  update public.households h set grid_id = x.grid
  from (select id, private.grid_for_point(location) grid from public.households where location is not null and st_intersects(location, v_area)) x
  where h.id = x.id and h.grid_id <> x.grid;
  get diagnostics v_households = row_count;
  update public.courtyards h set grid_id = x.grid
  from (select id, private.grid_for_point(location) grid from public.courtyards where location is not null and st_intersects(location, v_area)) x
  where h.id = x.id and h.grid_id is distinct from x.grid;
  get diagnostics v_courtyards = row_count;
  update public.incidents h set grid_id = x.grid
  from (select id, private.grid_for_point(location) grid from public.incidents where st_intersects(location, v_area)) x
  where h.id = x.id and h.grid_id <> x.grid;
  get diagnostics v_incidents = row_count;

  if v_reparented or v_removed > 0 then
    perform private.stats_rebuild();
  end if;

  return jsonb_build_object('inserted', v_inserted, 'updated', v_updated, 'unchanged', v_unchanged, 'removed', v_removed,
    'snapped', v_snapped, 'households', v_households, 'courtyards', v_courtyards, 'incidents', v_incidents);
end
$$;
comment on function private.grid_apply(jsonb, double precision, boolean) is
  'Writes a candidate set (upsert by code, merges) when it has no problem left, then re-assigns households, '
  'courtyards and incidents near the changed boundaries; all or nothing. Security definer: the API roles may not '
  'write grids or move records between grids themselves; it checks the caller is an admin acting in their scope.';

create or replace function public.grid_import_check(p_set jsonb, p_tolerance_m2 double precision default 1,
  p_snap boolean default false)
returns table (kind text, codes text[], detail text, area_m2 double precision, snappable boolean, geometry jsonb)
language sql stable set search_path = '' as $$
  select * from private.grid_check(p_set, p_tolerance_m2, p_snap) $$;
comment on function public.grid_import_check(jsonb, double precision, boolean) is
  'Checks a set of grid boundaries (GeoJSON FeatureCollection: code, name, level, parent) against the current grids '
  'and returns every problem with its geometry and area in m²; writes nothing (admins).';

create or replace function public.grid_import_apply(p_set jsonb, p_tolerance_m2 double precision default 1,
  p_snap boolean default false)
returns jsonb language sql set search_path = '' as $$ select private.grid_apply(p_set, p_tolerance_m2, p_snap) $$;
comment on function public.grid_import_apply(jsonb, double precision, boolean) is
  'Applies a set of grid boundaries in one transaction, refusing (writing nothing) while any problem remains; '
  'returns counts of grids written and records re-assigned (admins).';

revoke all on function private.geojson_polygonal(jsonb), private.grid_candidates(jsonb),
  private.grid_problems(jsonb, double precision), private.grid_snap(jsonb, double precision), private.require_grid_admin()
  from public, anon, authenticated;
select private.grant_execute(array[
  'private.grid_check(jsonb, double precision, boolean)', 'public.grid_import_check(jsonb, double precision, boolean)',
  'private.grid_apply(jsonb, double precision, boolean)', 'public.grid_import_apply(jsonb, double precision, boolean)'], false);
