-- 02 The demo district: four nested levels that tile each parent exactly, and data that sits where it claims.

select tests.is(
  (select string_agg(level || '=' || n, ' ' order by level) from (
    select level, count(*) n from public.grids group by level) x),
  'community=4 grid=20 micro=100 unit=800',
  'the demo district has 4 communities, 20 grids, 100 micro grids and 800 unit grids');

select tests.is(
  (select count(*)::int from public.grids c join public.grids p on p.id = c.parent_id
   where st_area(st_difference(c.geom, p.geom)::geography) > 0.01), 0,
  'every child grid lies within its parent');

select tests.is(
  (select count(*)::int from (
     select p.id from public.grids p join public.grids c on c.parent_id = p.id
     group by p.id, p.geom
     having st_area(st_symdifference(p.geom, st_union(c.geom))::geography) > 0.01) gaps), 0,
  'the children of every grid cover it with no gap');

select tests.is(
  (select count(*)::int from public.grids a join public.grids b
     on a.parent_id = b.parent_id and a.id < b.id and a.geom && b.geom
   where st_area(st_intersection(a.geom, b.geom)::geography) > 0.01), 0,
  'sibling grids do not overlap');

select tests.is(
  (select count(*)::int from public.grids where not st_isvalid(geom)), 0, 'every grid boundary is valid');

select tests.ok(
  (select abs(sum(area_m2) filter (where level = 'unit') - sum(area_m2) filter (where level = 'community'))
     < 1 from public.grids),
  'unit grids add up to the area of the communities');

select tests.ok((select count(*) between 18000 and 22000 from public.households), 'about 20,000 households');
select tests.is((select count(*)::int from public.courtyards), 300, '300 courtyards');
select tests.is((select count(*)::int from public.incidents), 5000, '5,000 incidents');

select tests.is(
  (select count(*)::int from public.incidents i where i.grid_id is distinct from private.grid_for_point(i.location)), 0,
  'every incident sits in the deepest grid containing its point');

select tests.is(
  (select count(*)::int from public.households h join public.grids g on g.id = h.grid_id
   where g.level <> 'unit' or not st_covers(g.geom, h.location)), 0,
  'every household lies in the unit grid it is registered to');

select tests.ok(
  (select max(reported_at) <= now() + interval '1 day' and min(reported_at) >= now() - interval '400 days'
   from public.incidents),
  'incidents were reported within the last year or so');

select tests.is(
  (select count(*)::int from public.incidents i
   where not exists (select 1 from public.incident_events e where e.incident_id = i.id and e.kind = 'created')), 0,
  'every incident has a creation event in its timeline');

select tests.is(
  (select count(*)::int from public.incidents i
   where i.status <> coalesce((select e.to_status from public.incident_events e
                               where e.incident_id = i.id and e.to_status is not null
                               order by e.at desc, e.id desc limit 1), '')), 0,
  'the last status in every timeline is the incident''s status');
