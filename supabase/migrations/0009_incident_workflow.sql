-- 0009 Incident workflow: the legal status changes, who may make them, and what the timeline records.
-- The functions that act on incidents are in 0010, the reads in 0011, realtime and photo storage in 0012.

create table public.incident_transitions (
  action text not null check (action in ('accept', 'reject', 'dispatch', 'coordinate', 'resolve', 'return', 'close', 'reopen')),
  from_status text not null references public.incident_statuses (code),
  to_status text not null references public.incident_statuses (code),
  roles public.app_role[] not null,
  -- The incident's own reporter may take this step whatever their role (reopening what is not solved).
  reporter boolean not null default false,
  note_required boolean not null default false,
  sort smallint not null,
  primary key (from_status, to_status)
);
comment on table public.incident_transitions is
  'The legal status changes of an incident (事项受理 → 交办处理 → 办结销号 → 结果反馈 and the side states), the '
  'application roles that may make each one and whether a note is required. Grid staff act only on incidents in '
  'their grid subtree, department staff only on incidents dispatched to their department; reporter = the '
  'incident''s reporter may take the step too. Dispatch goes through incident_dispatch(), which names the department.';
comment on column public.incident_transitions.reporter is 'The incident''s reporter may take this step, whatever their role.';

insert into public.incident_transitions (action, from_status, to_status, roles, reporter, note_required, sort) values
  ('accept',     'pending',      'accepted',     '{district_admin,community_admin,grid_leader,grid_worker}', false, false, 1),
  ('reject',     'pending',      'rejected',     '{district_admin,community_admin,grid_leader,grid_worker}', false, true,  2),
  ('dispatch',   'accepted',     'dispatched',   '{district_admin,community_admin,grid_leader,grid_worker}', false, false, 3),
  ('dispatch',   'returned',     'dispatched',   '{district_admin,community_admin,grid_leader,grid_worker}', false, false, 4),
  ('dispatch',   'coordinating', 'dispatched',   '{district_admin,community_admin,grid_leader,grid_worker}', false, false, 5),
  ('coordinate', 'accepted',     'coordinating', '{district_admin,community_admin,grid_leader,grid_worker}', false, true,  6),
  ('coordinate', 'dispatched',   'coordinating', '{district_admin,community_admin,grid_leader,grid_worker,department_staff}', false, true, 7),
  ('resolve',    'accepted',     'resolved',     '{district_admin,community_admin,grid_leader,grid_worker}', false, true,  8),
  ('resolve',    'dispatched',   'resolved',     '{district_admin,community_admin,grid_leader,grid_worker,department_staff}', false, true, 9),
  ('resolve',    'coordinating', 'resolved',     '{district_admin,community_admin,grid_leader,grid_worker,department_staff}', false, true, 10),
  ('return',     'dispatched',   'returned',     '{department_staff}', false, true, 11),
  ('close',      'resolved',     'closed',       '{district_admin,community_admin,grid_leader,grid_worker}', false, false, 12),
  ('reopen',     'resolved',     'accepted',     '{district_admin,community_admin,grid_leader,grid_worker}', true,  true,  13),
  ('reopen',     'closed',       'accepted',     '{district_admin,community_admin,grid_leader,grid_worker}', true,  true,  14),
  ('reopen',     'rejected',     'accepted',     '{district_admin,community_admin}', false, true, 15);

alter table public.incident_transitions enable row level security;
create policy "Incident transitions are public" on public.incident_transitions for select using (true);
revoke all on public.incident_transitions from anon, authenticated;
grant select on public.incident_transitions to anon, authenticated;
grant all on public.incident_transitions to service_role;

alter table public.incidents
  add column assignee_name text check (length(assignee_name) between 1 and 60),
  add column me_too_count integer not null default 0 check (me_too_count >= 0),
  add column rating smallint check (rating between 1 and 5),
  add column rating_comment text check (length(rating_comment) <= 500),
  add column rated_at timestamptz,
  add column reopened_count integer not null default 0 check (reopened_count >= 0);
comment on column public.incidents.assignee_name is 'Person in the department handling it, as the dispatcher typed it.';
comment on column public.incidents.me_too_count is
  '"Me too" count: residents who joined this report instead of filing a duplicate (app users and calls taken by staff).';
comment on column public.incidents.rating is 'The reporter''s rating of the handling (1–5) after 办结; null until rated.';
comment on column public.incidents.rated_at is 'When the latest rating was given; a rating older than resolved_at belongs to an earlier round.';
comment on column public.incidents.reopened_count is 'How many times the incident was reopened after 办结, 反馈 or 不予受理.';
create index incidents_department_idx on public.incidents (department_id) where department_id is not null;

-- Sort order of the map and the queue, and the filter "overdue only", read these together.
grant select (assignee_name, me_too_count, rating, rating_comment, rated_at, reopened_count)
  on public.incidents to anon, authenticated;

alter table public.incident_events
  add column from_value text check (length(from_value) <= 100),
  add column to_value text check (length(to_value) <= 100),
  add column actor_name text check (length(actor_name) <= 60);
comment on column public.incident_events.from_value is
  'Before the change, for recategorise (category code) and reroute (department id as text).';
comment on column public.incident_events.to_value is
  'After the change: new category code, or the department id dispatched to.';
comment on column public.incident_events.actor_name is
  'Display name of the staff member who acted, as it was at the time; null for residents (reporters stay private).';
alter table public.incident_events drop constraint incident_events_kind_check;
alter table public.incident_events add constraint incident_events_kind_check check (kind in (
  'created', 'status', 'dispatch', 'reroute', 'recategorise', 'reopen', 'feedback', 'support', 'photo', 'comment'));
grant select (from_value, to_value, actor_name) on public.incident_events to anon, authenticated;

create table public.incident_supporters (
  incident_id bigint not null references public.incidents (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  at timestamptz not null default now(),
  primary key (incident_id, user_id)
);
comment on table public.incident_supporters is
  'Who said "me too" on an incident (one row per user); written only by incident_support().';
create index incident_supporters_user_idx on public.incident_supporters (user_id);
alter table public.incident_supporters enable row level security;
create policy "Users see what they supported" on public.incident_supporters for select to authenticated
  using (user_id = (select auth.uid()));
revoke all on public.incident_supporters from anon, authenticated;
grant select on public.incident_supporters to authenticated;
grant all on public.incident_supporters to service_role;

create table public.incident_photos (
  id bigint generated by default as identity primary key,
  incident_id bigint not null references public.incidents (id) on delete cascade,
  path text not null unique check (length(path) <= 200),
  mime text not null check (mime in ('image/jpeg', 'image/png', 'image/webp')),
  bytes integer not null check (bytes between 1 and 5242880),
  width integer not null check (width between 1 and 20000),
  height integer not null check (height between 1 and 20000),
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now()
);
comment on table public.incident_photos is
  'Photos of an incident: object path in the incident-photos bucket (or the browser''s photo store), type, size. '
  'Written only by incident_add_photo(); visible to whoever may see the incident.';
create index incident_photos_incident_idx on public.incident_photos (incident_id);
alter table public.incident_photos enable row level security;
create policy "Photos follow the incident" on public.incident_photos for select
  using (exists (select 1 from public.incidents i where i.id = incident_id));
revoke all on public.incident_photos from anon, authenticated;
grant select (id, incident_id, path, mime, bytes, width, height, created_at) on public.incident_photos to anon, authenticated;
grant all on public.incident_photos to service_role;

-- Open and past its due time: the one definition the map, the panel, the queue and the tests share. It takes
-- the status's is_open rather than the status so that reading thousands of pins costs a join, not a lookup per row.
create or replace function private.incident_overdue(p_is_open boolean, p_due_at timestamptz, p_at timestamptz)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select coalesce(p_is_open and p_due_at < p_at, false)
$$;
comment on function private.incident_overdue(boolean, timestamptz, timestamptz) is
  'Whether an incident whose status is open (incident_statuses.is_open) with this due time is overdue at the given '
  'instant. Takes the time as a parameter so callers pass now() and tests any instant.';

create or replace function private.grid_staff_roles()
returns public.app_role[]
language sql
immutable
set search_path = ''
as $$
  select '{district_admin,community_admin,grid_leader,grid_worker}'::public.app_role[]
$$;
comment on function private.grid_staff_roles() is
  'The roles that look after grids (street and community admins, 网格长, 网格员): they act on incidents in their grid subtree.';

-- Who is acting, as far as one incident is concerned.
create or replace function private.staff_scope(p_grid_id bigint, p_department_id smallint)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select case
    when p.role = any (private.grid_staff_roles()) and p_grid_id = any (private.scoped_grid_ids()) then 'grid'
    when p.role = 'department_staff' and p.department_id = p_department_id then 'department'
  end
  from private.current_profile() p
$$;
comment on function private.staff_scope(bigint, smallint) is
  '''grid'' when the caller is grid staff whose subtree holds the grid, ''department'' when they are staff of the '
  'department, else null.';

create or replace function private.actor_name()
returns text
language sql
stable
set search_path = ''
as $$
  select case when p.role <> 'resident' then p.display_name end from private.current_profile() p
$$;
comment on function private.actor_name() is
  'Name the timeline records for the caller''s action: staff by display name, residents not at all.';

create or replace function private.bulk_loading()
returns boolean
language sql
stable
set search_path = ''
as $$
  select current_setting('gridgov.bulk_load', true) = 'on' and current_setting('role') not in ('anon', 'authenticated')
$$;
comment on function private.bulk_loading() is
  'True while a bulk loader running as the table owner (the demo seed, an importer) writes whole timelines itself: '
  'triggers that log or announce changes stand aside. The API roles cannot turn it on for themselves.';

-- The workflow functions write their own, richer event; this flag (transaction-local, reset right after their
-- update) tells the logging trigger not to add a second one.
create or replace function private.incidents_log_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if private.bulk_loading() or current_setting('gridgov.event_written', true) = 'on' then
    return null;
  end if;
  if tg_op = 'INSERT' then
    insert into public.incident_events (incident_id, at, actor_id, actor_name, kind, to_status)
    values (new.id, new.reported_at, (select auth.uid()), private.actor_name(), 'created', new.status);
  elsif new.status is distinct from old.status then
    insert into public.incident_events (incident_id, actor_id, actor_name, kind, from_status, to_status)
    values (new.id, (select auth.uid()), private.actor_name(), 'status', old.status, new.status);
  end if;
  return null;
end
$$;
comment on function private.incidents_log_change() is
  'Writes the creation and every status change made outside the workflow functions to the timeline. Security '
  'definer because the API roles may not insert timeline rows themselves.';

create or replace function private.grant_execute(p_functions text[], p_anon boolean)
returns void
language plpgsql
set search_path = ''
as $$
declare
  f text;
begin
  foreach f in array p_functions loop
    -- Supabase's default privileges grant new functions to the API roles directly, not only through PUBLIC.
    execute format('revoke all on function %s from public, anon, authenticated', f::regprocedure);
    execute format('grant execute on function %s to authenticated, service_role', f::regprocedure);
    if p_anon then
      execute format('grant execute on function %s to anon', f::regprocedure);
    end if;
  end loop;
end
$$;
comment on function private.grant_execute(text[], boolean) is
  'Migration helper: takes EXECUTE on the functions away from PUBLIC and gives it to the API roles that need it '
  '(signed-in users and the service role; anonymous visitors too when p_anon).';
revoke all on function private.grant_execute(text[], boolean) from public, anon, authenticated;

select private.grant_execute(array[
  'private.incident_overdue(boolean, timestamptz, timestamptz)', 'private.staff_scope(bigint, smallint)',
  'private.actor_name()', 'private.bulk_loading()', 'private.grid_staff_roles()'], true);
