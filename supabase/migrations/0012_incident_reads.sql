-- 0012 Reading incidents: the panel, possible duplicates at intake, a department's work queue, the map's pins.
-- Row level security decides what the caller sees; overdue is computed here, at read time, by one helper.

create or replace function private.may_act(p_role public.app_role, p_scope text, p_roles public.app_role[])
returns boolean
language sql
immutable
set search_path = ''
as $$
  select coalesce(p_role = any (p_roles)
    and p_scope = case when p_role = 'department_staff' then 'department' else 'grid' end, false)
$$;
comment on function private.may_act(public.app_role, text, public.app_role[]) is
  'Whether a user of this role and scope on an incident (see private.staff_scope) may take a step open to these roles.';

create or replace function private.incident_detail(p_id bigint)
returns jsonb
language sql
stable
security definer
set search_path = pg_catalog, public, extensions
as $$
  with me as (
    select (select auth.uid()) uid, (private.current_profile()).role
  ), inc as (
    select i.*, private.staff_scope(i.grid_id, i.department_id) scope, coalesce(i.reporter_id = me.uid, false) mine, me.role
    from public.incidents i, me where i.id = p_id
  )
  select jsonb_build_object(
    'id', i.id, 'title', i.title, 'description', i.description, 'category', i.category, 'source', i.source,
    'status', i.status, 'lon', st_x(i.location), 'lat', st_y(i.location), 'address', i.address,
    'grid_id', i.grid_id, 'grid_code', g.code, 'grid_name', g.name,
    'department_id', i.department_id, 'assignee_name', i.assignee_name,
    -- Who reported it is for the staff handling it only, and even they get the phone masked.
    'reporter_name', case when i.scope is not null then i.reporter_name end,
    'reporter_phone_masked', case when i.scope is not null then private.mask_phone(i.reporter_phone) end,
    'is_reporter', i.mine,
    'reported_at', i.reported_at, 'due_at', i.due_at, 'accepted_at', i.accepted_at, 'dispatched_at', i.dispatched_at,
    'resolved_at', i.resolved_at, 'closed_at', i.closed_at,
    'overdue', private.incident_overdue(st.is_open, i.due_at, now()),
    'me_too_count', i.me_too_count,
    'supported', exists (select 1 from public.incident_supporters s where s.incident_id = i.id and s.user_id = (select uid from me)),
    'rating', i.rating, 'rating_comment', i.rating_comment, 'rated_at', i.rated_at,
    'can_rate', i.mine and i.status in ('resolved', 'closed') and i.rated_at is null,
    'can_manage', i.scope is not distinct from 'grid',
    'actions', coalesce((
      select jsonb_agg(jsonb_build_object('action', t.action, 'to_status', t.to_status, 'note_required', t.note_required)
             order by t.sort)
      from public.incident_transitions t
      where t.from_status = i.status and ((t.reporter and i.mine) or private.may_act(i.role, i.scope, t.roles))), '[]'::jsonb),
    'events', coalesce((
      select jsonb_agg(jsonb_build_object('id', e.id, 'at', e.at, 'kind', e.kind, 'from_status', e.from_status,
               'to_status', e.to_status, 'from_value', e.from_value, 'to_value', e.to_value, 'note', e.note,
               'actor_name', e.actor_name) order by e.at, e.id)
      from public.incident_events e where e.incident_id = i.id), '[]'::jsonb),
    'photos', coalesce((
      select jsonb_agg(jsonb_build_object('id', p.id, 'path', p.path, 'mime', p.mime, 'bytes', p.bytes, 'width', p.width,
               'height', p.height, 'created_at', p.created_at) order by p.id)
      from public.incident_photos p where p.incident_id = i.id), '[]'::jsonb))
  from inc i
  join public.grids g on g.id = i.grid_id
  join public.incident_statuses st on st.code = i.status
$$;
comment on function private.incident_detail(bigint) is
  'The incident panel''s facts for the caller: timeline, photos, the steps they may take now, rating and "me too" '
  'state. Security definer to read the reporter columns; only called by public.incident_detail after RLS said yes.';

create or replace function public.incident_detail(p_id bigint)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select case when exists (select 1 from public.incidents i where i.id = p_id) then private.incident_detail(p_id) end
$$;
comment on function public.incident_detail(bigint) is
  'Everything the incident panel shows, limited to what the caller may see; null when they may not see it.';

create or replace function public.nearby_open_incidents(p_lon double precision, p_lat double precision, p_category text,
  p_radius_m double precision default 50)
returns table (id bigint, title text, status text, category text, distance_m double precision, me_too_count integer,
  reported_at timestamptz)
language plpgsql
stable
set search_path = pg_catalog, public, extensions
as $$
#variable_conflict use_column
declare
  here geometry := st_setsrid(st_makepoint(p_lon, p_lat), 4326);
begin
  if p_radius_m is null or p_radius_m not between 1 and 1000 then
    perform private.fail('error.nearby_radius', format('查找范围须在 1 到 1000 米之间，收到 %s', p_radius_m),
      jsonb_build_object('radius', p_radius_m));
  end if;
  if p_lon is null or p_lat is null or p_lat not between -89 and 89 then
    perform private.fail('error.bad_location', '位置坐标无效，需要 WGS84 经纬度', '{}'::jsonb);
  end if;
  -- A box a little larger than the circle lets the spatial index pick the candidates; geography measures them.
  return query
  select i.id, i.title, i.status, i.category,
         round(st_distance(i.location::geography, here::geography)::numeric, 1)::double precision, i.me_too_count, i.reported_at
  from public.incidents i
  join public.incident_statuses s on s.code = i.status and s.is_open
  where i.category = p_category
    and i.location && st_expand(here, p_radius_m * 1.1 / (111320 * cos(radians(p_lat))), p_radius_m * 1.1 / 110574)
    and st_dwithin(i.location::geography, here::geography, p_radius_m)
  order by st_distance(i.location::geography, here::geography), i.id;
end
$$;
comment on function public.nearby_open_incidents(double precision, double precision, text, double precision) is
  'Open incidents of the same category within p_radius_m metres (default 50) that the caller can see, nearest '
  'first: possible duplicates to join ("me too") instead of filing again.';

create or replace function public.department_queue()
returns table (id bigint, title text, category text, status text, grid_code text, address text, assignee_name text,
  dispatched_at timestamptz, due_at timestamptz, overdue boolean)
language sql
stable
set search_path = pg_catalog, public, extensions
as $$
  select i.id, i.title, i.category, i.status, g.code, i.address, i.assignee_name, i.dispatched_at, i.due_at,
         private.incident_overdue(st.is_open, i.due_at, now())
  from public.incidents i
  join public.grids g on g.id = i.grid_id
  join public.incident_statuses st on st.code = i.status
  where i.department_id = (select (private.current_profile()).department_id)
    and i.status in ('dispatched', 'coordinating')
  order by i.due_at nulls last, i.id
$$;
comment on function public.department_queue() is
  'The caller''s department''s work: incidents dispatched to it that are being handled or coordinated, soonest due '
  'first. Empty for anyone not in a department.';

drop function public.map_incidents();
create function public.map_incidents()
returns table (
  id bigint, lon double precision, lat double precision, status text, category text, source text,
  grid_id bigint, department_id smallint, title text, reported_at timestamptz, due_at timestamptz, resolved_at timestamptz,
  overdue boolean, me_too_count integer)
language sql
stable
set search_path = pg_catalog, public, extensions
as $$
  select i.id, st_x(i.location), st_y(i.location), i.status, i.category, i.source, i.grid_id, i.department_id, i.title,
         i.reported_at, i.due_at, i.resolved_at, private.incident_overdue(st.is_open, i.due_at, now()), i.me_too_count
  from public.incidents i
  join public.incident_statuses st on st.code = i.status
  order by i.reported_at desc
$$;
comment on function public.map_incidents() is 'Incident pins the caller may see, newest first, with overdue computed now.';

select private.grant_execute(array[
  'private.may_act(public.app_role, text, public.app_role[])', 'private.incident_detail(bigint)',
  'public.incident_detail(bigint)', 'public.nearby_open_incidents(double precision, double precision, text, double precision)',
  'public.department_queue()', 'public.map_incidents()'], true);
