-- 0033 The grid panel's courtyard counts by risk level come with the grid's other facts.
-- The panel used to count them from the map's courtyard pins, so selecting a grid loaded every courtyard (a quarter
-- of a second in the browser's database) just ahead of the panel's own two queries, even with the courtyard layer
-- switched off. One count in grid_summary() is a few milliseconds, and the pins load only when the layer is shown.

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
  ), yards as (
    select c.risk_level from public.courtyards c where c.grid_id in (select id from subtree)
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
    'courtyards', (select count(*) from yards),
    'courtyard_risks', (
      select jsonb_build_object(
        'red', count(*) filter (where risk_level = 'red'),
        'orange', count(*) filter (where risk_level = 'orange'),
        'yellow', count(*) filter (where risk_level = 'yellow'),
        'blue', count(*) filter (where risk_level = 'blue'))
      from yards),
    'open_incidents', (
      select count(*) from public.incidents i
      join public.incident_statuses st on st.code = i.status and st.is_open
      where i.grid_id in (select id from subtree))
  )
  from public.grids g
  where g.id = p_grid_id
$$;
comment on function public.grid_summary(bigint) is
  'Facts for a grid''s side panel: staff, household and people counts per tag, courtyards (also by risk level), '
  'open incidents (counts over the subtree, limited to what the caller may see).';
