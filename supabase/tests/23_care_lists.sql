-- 23 Care lists: households by tags and visit status, over the caller's grids, a grid subtree or a drawn polygon;
-- only what row level security lets the caller see; bad filters refused with the reason.

select tests.wf_setup();
create temp table fx on commit drop as
select (select extensions.st_asgeojson(u.geom)::jsonb from public.grids u
        where u.level = 'unit' and u.path @> array[tests.wf_grid()] order by u.code limit 1) area,
       (select u.id from public.grids u where u.level = 'unit' and u.path @> array[tests.wf_grid()] order by u.code limit 1) unit_id;
grant select on fx to anon, authenticated;

create or replace function pg_temp.expected(p_tag text, p_overdue boolean)
returns bigint language sql security definer as $$
  select count(*) from public.households h join public.grids g on g.id = h.grid_id
  where g.path @> array[tests.wf_grid()] and h.status <> 'moved_out' and (p_tag is null or p_tag = any (h.tags))
    and (not p_overdue or private.visit_overdue(h.last_visit_at, h.tags, h.status, private.today()))
$$;

select tests.wf_as('grid_worker');
select tests.is((select count(*) from public.care_list('{elderly_alone}')), pg_temp.expected('elderly_alone', false),
  'acting as grid worker: every elderly household of their grid, none from elsewhere');
select tests.ok((select bool_and('elderly_alone' = any (tags)) from public.care_list('{elderly_alone}')), 'each carries the tag');
select tests.is((select count(*) from public.care_list('{}', 'overdue')), pg_temp.expected(null, true),
  'acting as grid worker: the overdue households of their grid');
select tests.ok((select bool_and(overdue) from public.care_list('{}', 'overdue')), 'each is overdue');
select tests.ok((select bool_and(last_visit_at is null) from public.care_list('{}', 'never')), 'never visited: no last visit');
select tests.is((select count(*) from public.care_list('{}', 'all', (select area from fx))),
  (select count(*) from public.households h where h.grid_id = (select unit_id from fx) and h.status <> 'moved_out'),
  'acting as grid worker: a drawn polygon (a unit grid''s outline) holds that unit''s households');
select tests.ok((select count(*) > 0 from public.care_list('{}', 'all', (select area from fx))), 'and there are some');
select tests.is((select count(*) from public.care_list('{}', 'all', null, tests.wf_grid(true))), 0::bigint,
  'acting as grid worker: another grid''s subtree lists nothing');
select tests.throws('select * from public.care_list(''{}'', ''late'')', 'error.care_visit_filter', 'an unknown visit filter is refused');
select tests.throws('select * from public.care_list(''{}'', ''all'', ''{"type": "Point", "coordinates": [112.5, 37.8]}'')',
  'error.care_area', 'a point instead of a polygon is refused');
select tests.throws('select * from public.care_list(''{}'', ''all'', ''{"hello": 1}'')', 'error.care_area', 'something that is not GeoJSON is refused');
select tests.throws('select * from public.care_list(''{}'', ''all'', ''{"type": "Polygon", "coordinates": [[[0,0],[1,1],[1,0],[0,1],[0,0]]]}'')',
  'error.care_area', 'a self-intersecting polygon is refused');

select tests.wf_as('outside_worker');
select tests.is((select count(*) from public.care_list('{}', 'all', (select area from fx))), 0::bigint,
  'acting as a worker of another grid: the polygon over someone else''s grid lists nothing');
select tests.wf_as('department_staff');
select tests.is((select count(*) from public.care_list()), 0::bigint, 'acting as department staff: nothing');
select tests.act_as_anon();
select tests.is((select count(*) from public.care_list()), 0::bigint, 'acting as anon: nothing');
select tests.wf_as('community_admin');
select tests.ok((select count(*) from public.care_list('{elderly_alone}')) >= pg_temp.expected('elderly_alone', false),
  'acting as community admin: the whole community, the grid''s households among them');
