-- 24 Grid boundaries in: the coverage check finds every kind of problem with its grids and area, the import is all
-- or nothing, slivers can be snapped, only admins within their scope may change grids, and households, courtyards
-- and incidents follow the new boundaries. Export → import of the whole district changes nothing.

select tests.wf_setup();

-- A new community '09' east of the demo district, 0.01° × 0.008° (about 880 m × 890 m), cut into a west and an east
-- grid at x0 + 0.005 + shift.
create temp table fx on commit drop as
select st_xmax(e) + 0.004 x0, st_ymin(e) y0 from (select st_extent(geom)::extensions.geometry e from public.grids) x;
grant select on fx to anon, authenticated;

create or replace function pg_temp.feature(p_code text, p_name text, p_level text, p_parent text, p_geom extensions.geometry)
returns jsonb language sql as $$
  select jsonb_build_object('type', 'Feature', 'properties',
    jsonb_build_object('code', p_code, 'name', p_name, 'level', p_level, 'parent', p_parent),
    'geometry', extensions.st_asgeojson(p_geom, 9)::jsonb)
$$;
create or replace function pg_temp.box(x1 double precision, y1 double precision, x2 double precision, y2 double precision)
returns extensions.geometry language sql as $$
  select extensions.st_makeenvelope(fx.x0 + x1, fx.y0 + y1, fx.x0 + x2, fx.y0 + y2, 4326) from fx
$$;
create or replace function pg_temp.fc(variadic p_features jsonb[]) returns jsonb language sql as $$
  select jsonb_build_object('type', 'FeatureCollection', 'features', to_jsonb(p_features))
$$;
create or replace function pg_temp.community(p_shift double precision default 0, p_top double precision default 0.008)
returns jsonb language sql as $$
  select pg_temp.fc(
    pg_temp.feature('09', '新建社区', 'community', null, pg_temp.box(0, 0, 0.01, p_top)),
    pg_temp.feature('09-01', '西网格', 'grid', '09', pg_temp.box(0, 0, 0.005 + p_shift, p_top)),
    pg_temp.feature('09-02', '东网格', 'grid', '09', pg_temp.box(0.005, 0, 0.01, p_top)))
$$;
create or replace function pg_temp.problems(p_set jsonb, p_tolerance double precision default 1, p_snap boolean default false)
returns text language sql as $$
  select coalesce(string_agg(concat_ws(' ', kind, array_to_string(codes, '+'), detail, case when snappable then 'sliver' end), '; '
    order by kind, codes), 'none')
  from public.grid_import_check(p_set, p_tolerance, p_snap)
$$;
create or replace function pg_temp.apply(p_set jsonb, p_tolerance double precision default 1, p_snap boolean default false)
returns text language sql as $$ select format('select public.grid_import_apply(%L::jsonb, %s, %L)', p_set, p_tolerance, p_snap) $$;
grant execute on all functions in schema pg_temp to anon, authenticated;

-- Who may check and apply.
select tests.act_as_anon();
select tests.throws(format('select * from public.grid_import_check(%L::jsonb)', pg_temp.community()), '%permission denied%',
  'acting as anon: may not check grid boundaries');
select tests.wf_as('grid_worker');
select tests.throws(format('select * from public.grid_import_check(%L::jsonb)', pg_temp.community()), 'error.grid_admin_only',
  'acting as grid worker: may not check grid boundaries');
select tests.throws(pg_temp.apply(pg_temp.community()), 'error.grid_admin_only', 'acting as grid worker: may not import grids');
select tests.wf_as('department_staff');
select tests.throws(pg_temp.apply(pg_temp.community()), 'error.grid_admin_only', 'acting as department staff: may not import grids');

-- What the check finds, each with its grids and area.
select tests.wf_as('district_admin');
select tests.is(pg_temp.problems(pg_temp.community()), 'none', 'acting as district admin: a new community tiled by two grids has no problem');
select tests.is(pg_temp.problems(pg_temp.community(0.0005)), 'overlap 09-01+09-02', 'acting as district admin: an overlap between siblings is found');
select tests.ok((select area_m2 between 30000 and 50000 and not snappable and geometry ->> 'type' = 'Polygon'
                 from public.grid_import_check(pg_temp.community(0.0005))),
  'acting as district admin: the overlap comes with its polygon and its area (about 44 m × 890 m)');
select tests.is(pg_temp.problems(pg_temp.community(-0.0005)), 'gap 09', 'acting as district admin: a gap in the parent is found');
select tests.is(pg_temp.problems(pg_temp.fc(
    pg_temp.feature('09', '新建社区', 'community', null, pg_temp.box(0, 0, 0.01, 0.008)),
    pg_temp.feature('09-01', '西网格', 'grid', '09', pg_temp.box(-0.001, 0, 0.005, 0.008)),
    pg_temp.feature('09-02', '东网格', 'grid', '09', pg_temp.box(0.005, 0, 0.01, 0.008)))),
  'outside_parent 09-01+09', 'acting as district admin: a child reaching outside its parent is found');
select tests.is(pg_temp.problems(pg_temp.fc(
    pg_temp.feature('09', '新建社区', 'community', null, pg_temp.box(0, 0, 0.01, 0.008)),
    pg_temp.feature('09-01', '西网格', 'grid', '09',
      extensions.st_geomfromtext(format('POLYGON((%1$s %2$s, %3$s %4$s, %3$s %2$s, %1$s %4$s, %1$s %2$s))',
        (select x0 from fx), (select y0 from fx), (select x0 + 0.005 from fx), (select y0 + 0.008 from fx)), 4326)),
    pg_temp.feature('09-02', '东网格', 'grid', '09', pg_temp.box(0.005, 0, 0.01, 0.008)))),
  'gap 09; invalid_geometry 09-01 Self-intersection', 'acting as district admin: a bow tie is an invalid ring (and leaves its share uncovered)');
select tests.ok((select geometry ->> 'type' = 'Point' from public.grid_import_check(pg_temp.fc(
    pg_temp.feature('09', '新建社区', 'community', null,
      extensions.st_geomfromtext(format('POLYGON((%1$s %2$s, %3$s %4$s, %3$s %2$s, %1$s %4$s, %1$s %2$s))',
        (select x0 from fx), (select y0 from fx), (select x0 + 0.005 from fx), (select y0 + 0.008 from fx)), 4326))))),
  'acting as district admin: an invalid ring is shown where it crosses itself');
select tests.is(pg_temp.problems(pg_temp.fc(
    pg_temp.feature('09', '', 'community', null, pg_temp.box(0, 0, 0.01, 0.008)),
    pg_temp.feature('09-01', '西网格', 'province', '09', pg_temp.box(0, 0, 0.005, 0.008)),
    pg_temp.feature('09-02', '东网格', 'grid', '08', pg_temp.box(0.005, 0, 0.01, 0.008)),
    pg_temp.feature('09-03', '微网格', 'micro', '09', pg_temp.box(0.005, 0, 0.01, 0.004)),
    pg_temp.feature('09-03', '重复', 'micro', '09', pg_temp.box(0.005, 0, 0.01, 0.004)),
    jsonb_build_object('type', 'Feature', 'properties', jsonb_build_object('code', '09-04', 'name', '线', 'level', 'grid', 'parent', '09'),
      'geometry', jsonb_build_object('type', 'LineString', 'coordinates', jsonb_build_array(jsonb_build_array(1, 2), jsonb_build_array(3, 4)))))),
  'bad_feature 09 name; bad_feature 09-01 level; bad_feature 09-04 geometry; duplicate_code 09-03 2; gap 09; '
  'level_mismatch 09-03+09 micro/community; level_mismatch 09-03+09 micro/community; unknown_parent 09-02+08',
  'acting as district admin: unreadable features, duplicates, wrong levels and unknown parents are each listed');

-- All or nothing.
select tests.throws(pg_temp.apply(pg_temp.community(0.0005)), 'error.grid_import_blocked', 'acting as district admin: a set with an overlap is refused');
select tests.is((select count(*)::integer from public.grids where code like '09%'), 0, 'acting as district admin: nothing of the refused set was written');
select tests.lives(pg_temp.apply(pg_temp.community()), 'acting as district admin: imports the new community');
select tests.is((select string_agg(g.code || ':' || g.level || ':' || coalesce(p.code, '-') || ':' || (g.path[1] = r.id), ',' order by g.code)
                 from public.grids g left join public.grids p on p.id = g.parent_id join public.grids r on r.code = '09'
                 where g.code like '09%'), '09:community:-:true,09-01:grid:09:true,09-02:grid:09:true',
  'acting as district admin: the imported grids hang in the tree with their paths');
select tests.ok((select abs(sum(area_m2) filter (where level = 'grid') - sum(area_m2) filter (where level = 'community')) < 1
                 from public.grids where code like '09%'), 'acting as district admin: the two grids cover the community exactly');

-- Slivers.
select tests.is(pg_temp.problems(pg_temp.community(0.0000001), 20), 'overlap 09-01+09-02 sliver',
  'acting as district admin: a 1 cm overlap is a sliver within a 20 m² tolerance');
select tests.is(pg_temp.problems(pg_temp.community(0.0000001), 20, true), 'none', 'acting as district admin: snapping would leave no problem');
select tests.throws(pg_temp.apply(pg_temp.community(0.0000001), 20), 'error.grid_import_blocked',
  'acting as district admin: an unsnapped sliver still blocks');
select tests.is((select (public.grid_import_apply(pg_temp.community(0.0000001), 20, true)) ->> 'snapped'), '1',
  'acting as district admin: applies with the sliver snapped');
select tests.ok((select not extensions.st_relate(a.geom, b.geom, '2********') from public.grids a, public.grids b
                 where a.code = '09-01' and b.code = '09-02'), 'acting as district admin: after snapping the grids no longer overlap');

-- Scope of a community admin: below their own community only.
select tests.wf_as('community_admin');
select tests.is(pg_temp.problems(pg_temp.community()), 'out_of_scope 09; out_of_scope 09-01; out_of_scope 09-02',
  'acting as community admin: may not change another community or add one');
create temp table own on commit drop as
select c.code community, a.code a, b.code b, a.geom ga, b.geom gb, a.id a_id, b.id b_id
from public.grids c join public.grids a on a.parent_id = c.id join public.grids b on b.parent_id = a.parent_id
where c.id = (select parent_id from public.grids where id = tests.wf_grid()) and a.level = 'grid'
  and extensions.st_relate(a.geom, b.geom, '****1****') and a.code < b.code
order by a.code, b.code limit 1;
grant select on own to authenticated;
select tests.is(pg_temp.problems(pg_temp.fc(pg_temp.feature(a, '改名网格', 'grid', community, ga))), 'none',
  'acting as community admin: may rename a grid of their community')
from own;
select tests.is(pg_temp.problems(pg_temp.fc(pg_temp.feature(community, '改名社区', 'community', null,
    (select geom from public.grids where code = own.community)))), 'out_of_scope ' || community,
  'acting as community admin: may not change the community itself')
from own;

-- Households, courtyards and incidents follow the new boundaries. Two neighbouring 小网格 of the community trade a
-- 150 m strip along their shared edge while the micro and unit grids under them stay: refused.
select tests.wf_as('district_admin');
select tests.ok(pg_temp.problems(pg_temp.fc(pg_temp.feature(a, '甲', 'grid', community, st_multi(st_difference(ga, strip))),
                  pg_temp.feature(b, '乙', 'grid', community, st_multi(st_union(gb, st_intersection(ga, strip)))))) ~ 'outside_parent',
  'acting as district admin: moving a boundary away from the children under it is refused')
from own, lateral (select extensions.st_buffer(gb::extensions.geography, 150)::extensions.geometry strip) s;

-- Merging one unit grid into its neighbour, as the grid editor sends it.
create temp table pair on commit drop as
select a.code a, b.code b, a.id a_id, b.id b_id, p.code parent, st_multi(st_union(a.geom, b.geom)) merged,
       (select count(*) from public.households h where h.grid_id = a.id) a_households,
       (select count(*) from public.households h where h.grid_id in (a.id, b.id)) households,
       (select count(*) from public.incidents i where i.grid_id in (a.id, b.id)) incidents,
       (select count(*) from public.grid_staff s where s.grid_id in (a.id, b.id)) staff,
       (select count(*) from public.household_visits v where v.grid_id in (a.id, b.id)) visits
from public.grids a join public.grids b on b.parent_id = a.parent_id and a.code < b.code join public.grids p on p.id = a.parent_id
where a.level = 'unit' and extensions.st_relate(a.geom, b.geom, '****1****')
  and exists (select 1 from public.households h where h.grid_id = a.id) and exists (select 1 from public.incidents i where i.grid_id = a.id)
  and exists (select 1 from public.household_visits v where v.grid_id = a.id)
order by a.code limit 1;
select tests.is(pg_temp.problems(jsonb_build_object('type', 'FeatureCollection', 'remove', jsonb_build_array(jsonb_build_object('code', a, 'into', parent)),
    'features', jsonb_build_array(pg_temp.feature(b, '合并单元', 'unit', parent, merged)))), 'bad_merge ' || a || '+' || parent,
  'acting as district admin: a grid merges only into a sibling of its level')
from pair;
create temp table merge_result on commit drop as
select public.grid_import_apply(jsonb_build_object('type', 'FeatureCollection', 'remove', jsonb_build_array(jsonb_build_object('code', a, 'into', b)),
    'features', jsonb_build_array(pg_temp.feature(b, '合并单元', 'unit', parent, merged)))) r
from pair;
select tests.is((select r - 'courtyards' - 'incidents' from merge_result),
  jsonb_build_object('inserted', 0, 'updated', 1, 'unchanged', 0, 'removed', 1, 'snapped', 0, 'households', 0),
  'acting as district admin: merging writes one grid and removes the other');
select tests.is((select count(*)::integer from public.grids where code = (select a from pair)), 0, 'acting as district admin: the merged grid is gone');
select tests.is((select count(*) from public.households where grid_id = (select b_id from pair)), (select households from pair),
  'acting as district admin: its households are in the grid it was merged into');
select tests.is((select count(*) from public.incidents where grid_id = (select b_id from pair)), (select incidents from pair),
  'acting as district admin: so are its incidents');
select tests.is((select count(*) from public.grid_staff where grid_id = (select b_id from pair)), (select staff from pair),
  'acting as district admin: and its staff, nobody deleted');
select tests.is((select count(*) from public.household_visits where grid_id = (select b_id from pair)), (select visits from pair),
  'acting as district admin: the visits made in it count for the grid it was merged into');
select tests.ok((select count(*) > 0 from public.audit_log where object_type = 'households' and field = 'grid_id'
                 and old_value = (select a_id::text from pair)), 'acting as district admin: each household move is in the audit log');

-- A boundary change (not a merge) re-assigns by location: the new community's east grid takes the west grid's
-- eastern half, and an incident there follows.
select tests.act_as_owner();
create temp table probe on commit drop as
select i.id from (select tests.wf_incident('pending') id) i;
update public.incidents set location = extensions.st_setsrid(extensions.st_makepoint((select x0 + 0.004 from fx), (select y0 + 0.004 from fx)), 4326)
where id = (select id from probe);
select tests.is((select g.code from public.incidents i join public.grids g on g.id = i.grid_id where i.id = (select id from probe)), '09-01',
  'an incident at x0 + 0.004 lies in the west grid');
select tests.wf_as('district_admin');
select tests.is((select (public.grid_import_apply(pg_temp.fc(
    pg_temp.feature('09-01', '西网格', 'grid', '09', pg_temp.box(0, 0, 0.003, 0.008)),
    pg_temp.feature('09-02', '东网格', 'grid', '09', pg_temp.box(0.003, 0, 0.01, 0.008))))) ->> 'incidents'), '1',
  'acting as district admin: moving the boundary west re-assigns the one incident between');
select tests.act_as_owner();
select tests.is((select g.code from public.incidents i join public.grids g on g.id = i.grid_id where i.id = (select id from probe)), '09-02',
  'the incident is now in the east grid');
select tests.ok((select count(*) = 0 from public.incidents i where i.grid_id <> private.grid_for_point(i.location)),
  'every incident is in the deepest grid covering it');
select tests.ok((select count(*) = 0 from public.households h where h.location is not null and h.grid_id <> private.grid_for_point(h.location)),
  'every located household is in the deepest grid covering it');

-- A point left outside every grid refuses the whole import.
select tests.wf_as('district_admin');
select tests.throws(pg_temp.apply(pg_temp.fc(
    pg_temp.feature('09', '新建社区', 'community', null, pg_temp.box(0, 0, 0.01, 0.002)),
    pg_temp.feature('09-01', '西网格', 'grid', '09', pg_temp.box(0, 0, 0.003, 0.002)),
    pg_temp.feature('09-02', '东网格', 'grid', '09', pg_temp.box(0.003, 0, 0.01, 0.002)))), 'error.grid_import_strands',
  'acting as district admin: shrinking the community away from an incident is refused');
select tests.ok((select extensions.st_ymax(geom) > (select y0 + 0.007 from fx) from public.grids where code = '09'),
  'acting as district admin: and the community keeps its boundary');

-- Round trip: the whole district exported (as the export page writes it) and imported again changes nothing.
create temp table exported on commit drop as
select jsonb_build_object('type', 'FeatureCollection', 'features', jsonb_agg(jsonb_build_object('type', 'Feature',
  'properties', jsonb_build_object('code', f -> 'properties' ->> 'code', 'name', f -> 'properties' ->> 'name',
    'level', f -> 'properties' ->> 'level', 'parent', p.code), 'geometry', f -> 'geometry'))) s
from jsonb_array_elements(public.grids_geojson() -> 'features') f
left join public.grids p on p.id = (f -> 'properties' ->> 'parent_id')::bigint;
select tests.is((select pg_temp.problems(s) from exported), 'none', 'acting as district admin: the exported district has no problem');
select tests.is((select r - 'snapped' from (select public.grid_import_apply(s) r from exported) x),
  jsonb_build_object('inserted', 0, 'updated', 0, 'unchanged', (select count(*) from public.grids), 'removed', 0,
    'households', 0, 'courtyards', 0, 'incidents', 0),
  'acting as district admin: importing it again leaves every grid unchanged');
