-- 03 Incidents, households and courtyards are assigned to the deepest grid that contains their point.

create temp table fx on commit drop as
select u.id as unit_id, u.code as unit_code, st_pointonsurface(u.geom) as inside,
       (select count(*) from public.incidents) as incidents_before
from public.grids u where u.level = 'unit' order by u.code limit 1;

insert into public.incidents (category, source, title, location)
select 'drain_blocked', 'patrol', '测试：下水道堵塞', inside from fx;

select tests.is(
  (select grid_id from public.incidents where title = '测试：下水道堵塞'), (select unit_id from fx),
  'a new incident is assigned to the unit grid containing its point');

select tests.is(
  public.grid_at(st_x((select inside from fx)), st_y((select inside from fx))), (select unit_id from fx),
  'grid_at() finds the same unit grid');

select tests.ok(
  (select due_at = reported_at + interval '48 hours' from public.incidents where title = '测试：下水道堵塞'),
  'the due time follows the category deadline (blocked drain: 48 h)');

-- A point on the edge two sibling units share belongs to exactly one of them, the same one every time.
create temp table edge on commit drop as
select a.id a_id, b.id b_id, st_lineinterpolatepoint(st_geometryn(st_intersection(a.geom, b.geom), 1), 0.5) pt
from public.grids a join public.grids b on a.parent_id = b.parent_id and a.id < b.id
where a.level = 'unit' and st_dimension(st_intersection(a.geom, b.geom)) = 1
  and st_geometrytype(st_intersection(a.geom, b.geom)) in ('ST_LineString', 'ST_MultiLineString')
order by a.id limit 1;

select tests.is(
  public.grid_at(st_x((select pt from edge)), st_y((select pt from edge))), (select least(a_id, b_id) from edge),
  'a point on a shared edge goes to one grid, the one with the lower id');

create temp table other on commit drop as
select u.id as unit_id, st_pointonsurface(u.geom) as inside
from public.grids u where u.level = 'unit' and u.id <> (select unit_id from fx) order by u.code desc limit 1;

update public.incidents set location = (select inside from other) where title = '测试：下水道堵塞';
select tests.is(
  (select grid_id from public.incidents where title = '测试：下水道堵塞'), (select unit_id from other),
  'moving an incident re-assigns it to the grid at its new point');

select tests.throws(
  $$insert into public.incidents (category, source, title, location)
    values ('other', 'visit', '测试：区外', extensions.st_setsrid(extensions.st_makepoint(116.40, 39.90), 4326))$$,
  'error.point_outside_grids',
  'a point outside every grid is refused with a clear error');

select tests.throws(
  $$update public.incidents set location = extensions.st_setsrid(extensions.st_makepoint(116.40, 39.90), 4326)
    where title = '测试：下水道堵塞'$$,
  'error.point_outside_grids',
  'moving an incident outside the district is refused');

select tests.is(
  (select grid_id from public.incidents where title = '测试：下水道堵塞'), (select unit_id from other),
  'the refused move left the incident where it was');

select tests.is((select count(*) from public.incidents), (select incidents_before + 1 from fx),
  'only the valid incident was stored');

insert into public.courtyards (code, name, address, location, landlord_name)
select 'T-0001', '测试院', '测试路1号', inside, '测试房东' from fx;
select tests.is((select grid_id from public.courtyards where code = 'T-0001'), (select unit_id from fx),
  'a courtyard is assigned to the unit grid containing it');
