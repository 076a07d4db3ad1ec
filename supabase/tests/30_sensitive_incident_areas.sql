-- 30 Sensitive incidents in public: counts per cell of about 500 m, never a pin, a title or a reporter; whoever
-- sees some of them exactly gets those as pins and only the others as areas.

create temp table fx on commit drop as
select g.id grid_id, '30000000-0000-4000-8000-000000000001'::uuid worker
from public.grids g where g.level = 'grid' order by g.code limit 1;
grant select on fx to anon, authenticated;
create temp table adm on commit drop as
select user_id admin from public.profiles where role = 'district_admin' order by user_id limit 1;
grant select on adm to anon, authenticated;
insert into auth.users (id, email) select worker, 'areas-worker@example.test' from fx;
insert into public.profiles (user_id, display_name, role, grid_id) select worker, '网格员', 'grid_worker', grid_id from fx;

-- Hand count, as the owner: every sensitive incident, and those in the worker's grid subtree.
create temp table counted on commit drop as
select count(*) filter (where true) as all_sensitive,
       count(*) filter (where g.path @> array[(select grid_id from fx)]) as in_grid,
       count(*) filter (where st.is_open) as open_sensitive
from public.incidents i
join public.incident_categories k on k.code = i.category and k.sensitive
join public.incident_statuses st on st.code = i.status
join public.grids g on g.id = i.grid_id;
grant select on counted to anon, authenticated;
select tests.ok((select all_sensitive > in_grid and in_grid > 0 and open_sensitive > 0 from counted),
  'fixture: the demo has sensitive incidents, open ones among them, some in the worker''s grid');

-- A dispute placed on purpose to check the rounding: its cell centre, not its point, is what is published.
insert into public.incidents (category, source, status, title, location)
values ('dispute', 'visit', 'pending', '邻里纠纷（测试）', extensions.st_setsrid(extensions.st_makepoint(112.55123, 37.80123), 4326));

select tests.act_as_anon();
select tests.is((select count(*) from public.map_incidents() m join public.incident_categories k on k.code = m.category and k.sensitive),
  0::bigint, 'acting as anon: no sensitive incident comes as a pin');
select tests.is((select sum(incidents) from public.sensitive_incident_areas()), (select all_sensitive + 1 from counted),
  'acting as anon: every sensitive incident is counted in some area');
select tests.is((select sum(open) from public.sensitive_incident_areas()), (select open_sensitive + 1 from counted),
  'acting as anon: open ones are counted as open');
select tests.is((select count(*) from public.sensitive_incident_areas()
                 where abs(lon - 112.5525) < 1e-9 and abs(lat - 37.8025) < 1e-9 and category = 'dispute'), 1::bigint,
  'acting as anon: the new dispute is in the cell centred on 112.5525, 37.8025, not at its own point');
select tests.is((select count(*) from public.sensitive_incident_areas()
                 where abs(lon / 0.0025 - round(lon / 0.0025)) > 1e-6 or round(lon / 0.0025)::bigint % 2 <> 1
                    or abs(lat / 0.0025 - round(lat / 0.0025)) > 1e-6 or round(lat / 0.0025)::bigint % 2 <> 1), 0::bigint,
  'acting as anon: every area sits at a cell centre (an odd multiple of 0.0025°)');
select tests.is((select array_agg(distinct category order by category) from public.sensitive_incident_areas()),
  (select array_agg(code order by code) from public.incident_categories where sensitive),
  'acting as anon: areas are only of sensitive categories');

select tests.act_as((select worker from fx));
select tests.is((select count(*) from public.map_incidents() m join public.incident_categories k on k.code = m.category and k.sensitive),
  (select in_grid from counted), 'acting as a grid worker: the sensitive incidents of their grids come as pins');
select tests.is((select sum(incidents) from public.sensitive_incident_areas()), (select all_sensitive - in_grid + 1 from counted),
  'acting as a grid worker: the areas count only the others, so nothing is counted twice');

select tests.act_as((select admin from adm));
select tests.is((select count(*) from public.map_incidents() m join public.incident_categories k on k.code = m.category and k.sensitive),
  (select all_sensitive + 1 from counted), 'acting as a street admin: every sensitive incident comes as a pin');
select tests.is((select count(*) from public.sensitive_incident_areas()), 0::bigint,
  'acting as a street admin: so there are no areas to count');

select tests.act_as_owner();
