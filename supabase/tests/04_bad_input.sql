-- 04 Bad input is refused with a clear error, and what is stored stays as it was.

create temp table fx on commit drop as
select c.id as community_id, c.code as community_code, c.geom as community_geom,
       g.id as grid_id, g.geom as grid_geom,
       (select count(*) from public.grids) as grids_before,
       (select count(*) from public.incidents) as incidents_before,
       (select count(*) from public.households) as households_before
from public.grids c join public.grids g on g.parent_id = c.id
where c.level = 'community' order by c.code, g.code limit 1;

-- A bow-tie: the ring crosses itself.
select tests.throws(
  $$insert into public.grids (level, code, name, geom)
    values ('community', '99', '蝴蝶结社区', 'SRID=4326;MULTIPOLYGON(((112.5 37.7,112.6 37.8,112.6 37.7,112.5 37.8,112.5 37.7)))')$$,
  'error.grid_geometry_invalid',
  'a self-intersecting boundary is refused');

select tests.throws(
  $$insert into public.grids (level, code, name, geom)
    values ('community', '98', '空社区', 'SRID=4326;MULTIPOLYGON EMPTY')$$,
  'error.grid_geometry_empty',
  'an empty boundary is refused');

select tests.throws(
  $$insert into public.grids (level, code, name, geom)
    values ('community', '97', '墨卡托社区', 'SRID=3857;MULTIPOLYGON(((0 0,1 0,1 1,0 1,0 0)))')$$,
  '%SRID%',
  'a boundary in another coordinate system is refused');

select tests.throws(
  format($$insert into public.grids (parent_id, level, code, name, geom)
    values (%s, 'grid', '01-99', '越界网格', extensions.st_multi(extensions.st_translate(%L::extensions.geometry, 0.5, 0)))$$,
    (select community_id from fx), (select grid_geom from fx)),
  'error.grid_outside_parent',
  'a grid reaching outside its parent is refused');

select tests.throws(
  format($$insert into public.grids (parent_id, level, code, name, geom) values (%s, 'micro', '01-98', '跳级网格', %L)$$,
    (select community_id from fx), (select grid_geom from fx)),
  'error.grid_level_mismatch',
  'a micro grid directly under a community is refused');

select tests.throws(
  format($$update public.grids set geom = 'SRID=4326;MULTIPOLYGON(((112.5 37.7,112.6 37.8,112.6 37.7,112.5 37.8,112.5 37.7)))' where id = %s$$,
    (select grid_id from fx)),
  'error.grid_geometry_invalid',
  'reshaping a grid into an invalid boundary is refused');

select tests.ok(
  (select st_equals(g.geom, fx.grid_geom) from public.grids g, fx where g.id = fx.grid_id),
  'the grid keeps its old boundary after the refused change');
select tests.is((select count(*) from public.grids), (select grids_before from fx), 'no grid was added by refused input');

create temp table spot on commit drop as
select st_pointonsurface(geom) pt from public.grids where level = 'unit' order by code limit 1;

select tests.throws(
  format($$insert into public.incidents (category, source, status, title, location) values ('other', 'visit', 'lost', '测试', %L)$$,
    (select pt from spot)),
  'error.unknown_status', 'an unknown status is refused');
select tests.throws(
  format($$insert into public.incidents (category, source, title, location) values ('aliens', 'visit', '测试', %L)$$,
    (select pt from spot)),
  'error.unknown_category', 'an unknown category is refused');
select tests.throws(
  format($$insert into public.incidents (category, source, title, location) values ('other', 'pigeon', '测试', %L)$$,
    (select pt from spot)),
  'error.unknown_source', 'an unknown source is refused');
select tests.throws(
  format($$update public.incidents set status = 'teleported' where id = (select min(id) from public.incidents)$$),
  'error.unknown_status', 'changing an incident to an unknown status is refused');
select tests.is((select count(*) from public.incidents), (select incidents_before from fx), 'no incident was added by refused input');

select tests.throws(
  format($$insert into public.households (grid_id, building, room, address, head_name, tags, location)
    values (%s, '1号楼', '101', '测试', '测试', array['tenant', 'vip'], %L)$$,
    (select grid_id from fx), (select pt from spot)),
  'error.unknown_household_tag', 'a household tag outside the vocabulary is refused');
select tests.throws(
  format($$insert into public.households (grid_id, building, room, address, head_name, phone)
    values (%s, '1号楼', '101', '测试', '测试', '12345')$$, (select grid_id from fx)),
  '%households_phone_check%', 'a malformed phone number is refused');
select tests.throws(
  format($$insert into public.households (grid_id, building, room, address, head_name, location)
    values (%s, '1号楼', '101', '测试', '测试', 'SRID=4326;POINT(116.4 39.9)')$$, (select grid_id from fx)),
  'error.point_outside_grids', 'a household located outside every grid is refused');
select tests.is((select count(*) from public.households), (select households_before from fx),
  'no household was added by refused input');
