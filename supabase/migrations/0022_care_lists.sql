-- 0022 Care and key-person lists (关爱对象 / 重点人员): households filtered by tags and visit status over the
-- caller's part of the district, a grid subtree or a drawn polygon. Security invoker: row level security on
-- households decides who sees what, so a list (and its export) never holds more than the caller may see, and
-- phone numbers stay masked.

create or replace function public.care_list(p_tags text[] default '{}', p_visit text default 'all', p_area jsonb default null,
  p_grid_id bigint default null, p_limit integer default 5000)
returns table (household_id bigint, grid_id bigint, grid_code text, address text, head_name text, phone_masked text,
  size smallint, tags text[], status text, last_visit_at date, due_on date, overdue boolean, lon double precision,
  lat double precision)
language plpgsql
stable
set search_path = pg_catalog, public, extensions
as $$
declare
  v_area geometry;
  v_today date := private.today();
begin
  if p_visit is null or p_visit not in ('all', 'overdue', 'due_week', 'visited_30d', 'never') then
    perform private.fail('error.care_visit_filter', format('未知的走访状态筛选：%s', p_visit), jsonb_build_object('filter', p_visit));
  end if;
  if p_area is not null then
    begin
      v_area := st_setsrid(st_geomfromgeojson(p_area::text), 4326);
    exception when others then
      v_area := null;
    end;
    if v_area is null or geometrytype(v_area) not in ('POLYGON', 'MULTIPOLYGON') or not st_isvalid(v_area) then
      perform private.fail('error.care_area', '圈选范围无效，请重新画一个不自相交的多边形', '{}'::jsonb);
    end if;
  end if;
  return query
  select h.id, h.grid_id, g.code, h.address, h.head_name, h.phone_masked, h.size, h.tags, h.status, h.last_visit_at,
         private.visit_due(h.last_visit_at, h.tags), private.visit_overdue(h.last_visit_at, h.tags, h.status, v_today),
         st_x(h.location), st_y(h.location)
  from public.households h
  join public.grids g on g.id = h.grid_id
  where h.status <> 'moved_out'
    and (cardinality(coalesce(p_tags, '{}')) = 0 or h.tags && p_tags)
    and (p_grid_id is null or g.path @> array[p_grid_id])
    and (v_area is null or st_intersects(h.location, v_area))
    and case p_visit
          when 'overdue' then private.visit_overdue(h.last_visit_at, h.tags, h.status, v_today)
          when 'due_week' then private.visit_due(h.last_visit_at, h.tags) between v_today and v_today + 7
          when 'visited_30d' then h.last_visit_at > v_today - 30
          when 'never' then h.last_visit_at is null
          else true end
  order by g.code, h.building, h.unit_no, h.room
  limit least(greatest(coalesce(p_limit, 5000), 1), 20000);
end
$$;
comment on function public.care_list(text[], text, jsonb, bigint, integer) is
  'Households carrying any of the tags (all households when none is given), by visit status (all, overdue, '
  'due_week, visited_30d, never), within a grid subtree and/or a drawn GeoJSON polygon (WGS84), moved-out ones '
  'aside; phones masked. Only what the caller may see (row level security); empty for anonymous visitors.';

select private.grant_execute(array['public.care_list(text[], text, jsonb, bigint, integer)'], true);
