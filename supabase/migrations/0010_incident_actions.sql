-- 0010 Acting on incidents. The API roles have no UPDATE on incidents: every change goes through one of these
-- functions. Each public function is a thin security-invoker wrapper: it first checks, as the caller and so
-- under row level security, that the caller can see the incident, then calls the security-definer
-- implementation in the unexposed private schema, which checks role and scope, changes the row and writes the
-- timeline. A refusal raises before anything is written.

create or replace function private.visible_incident(p_id bigint)
returns bigint
language plpgsql
stable
set search_path = ''
as $$
begin
  if not exists (select 1 from public.incidents i where i.id = p_id) then
    perform private.fail('error.incident_not_found', format('事件 %s 不存在或当前身份无权查看', p_id), jsonb_build_object('id', p_id));
  end if;
  return p_id;
end
$$;
comment on function private.visible_incident(bigint) is
  'The id back when the caller can see the incident, else a refusal. Runs as the caller, so row level security '
  'decides; the public wrappers pass their id through it before the security-definer implementation sees it.';

create or replace function private.status_name(p_code text)
returns text
language sql
stable
set search_path = ''
as $$
  select coalesce((select s.name_zh from public.incident_statuses s where s.code = p_code), p_code)
$$;
comment on function private.status_name(text) is 'Chinese name of a status for error messages.';

create or replace function private.action_name(p_action text)
returns text
language sql
immutable
set search_path = ''
as $$
  select case p_action
    when 'accept' then '受理' when 'reject' then '不予受理' when 'dispatch' then '交办' when 'coordinate' then '转协调'
    when 'resolve' then '办结' when 'return' then '退回' when 'close' then '反馈销号' when 'reopen' then '重新办理'
    when 'recategorise' then '更改类别' when 'reroute' then '改派部门' else p_action end
$$;
comment on function private.action_name(text) is 'Chinese name of a workflow action for error messages.';

create or replace function private.require_role(p_incident public.incidents, p_roles public.app_role[], p_action text)
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  me public.profiles := private.current_profile();
  scope text := private.staff_scope(p_incident.grid_id, p_incident.department_id);
begin
  if me.user_id is null then
    perform private.fail('error.sign_in_required', '请先登录', '{}'::jsonb);
  end if;
  if not me.role = any (p_roles) then
    perform private.fail('error.role_forbidden', format('当前身份（%s）不能对事件执行「%s」', me.role, private.action_name(p_action)),
      jsonb_build_object('role', me.role, 'action', p_action));
  end if;
  if me.role = 'department_staff' and scope is distinct from 'department' then
    perform private.fail('error.other_department', '此事件没有交办给您所在的部门', '{}'::jsonb);
  end if;
  if me.role <> 'department_staff' and scope is distinct from 'grid' then
    perform private.fail('error.out_of_scope',
      format('事件所在网格 %s 不在您的管辖范围内', (select g.code from public.grids g where g.id = p_incident.grid_id)),
      jsonb_build_object('grid', (select g.code from public.grids g where g.id = p_incident.grid_id)));
  end if;
end
$$;
comment on function private.require_role(public.incidents, public.app_role[], text) is
  'Refuses unless the caller has one of the roles and the incident is theirs to act on: in their grid subtree for '
  'grid staff, dispatched to their department for department staff.';

create or replace function private.clean_note(p_note text, p_required boolean, p_action text)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
  note text := nullif(btrim(p_note), '');
begin
  if p_required and note is null then
    perform private.fail('error.note_required', format('「%s」需要填写说明', private.action_name(p_action)),
      jsonb_build_object('action', p_action));
  end if;
  if length(note) > 2000 then
    perform private.fail('error.note_too_long', '说明不能超过 2000 字', jsonb_build_object('max', 2000));
  end if;
  return note;
end
$$;
comment on function private.clean_note(text, boolean, text) is 'Trims a note; refuses a missing required note or one over 2,000 characters.';

create or replace function private.log_event(p_incident_id bigint, p_kind text, p_from_status text, p_to_status text,
  p_from_value text, p_to_value text, p_note text)
returns void
language sql
security definer
set search_path = ''
as $$
  insert into public.incident_events (incident_id, actor_id, actor_name, kind, from_status, to_status, from_value, to_value, note)
  values (p_incident_id, (select auth.uid()), private.actor_name(), p_kind, p_from_status, p_to_status, p_from_value, p_to_value, p_note)
$$;
comment on function private.log_event(bigint, text, text, text, text, text, text) is
  'Appends one event by the caller to an incident''s timeline.';

create or replace function private.locked_incident(p_id bigint)
returns public.incidents
language plpgsql
security definer
set search_path = ''
as $$
declare
  i public.incidents;
begin
  select * into i from public.incidents where id = p_id for update;
  if not found then
    perform private.fail('error.incident_not_found', format('事件 %s 不存在或当前身份无权查看', p_id), jsonb_build_object('id', p_id));
  end if;
  return i;
end
$$;
comment on function private.locked_incident(bigint) is 'The incident row, locked for the change about to be made.';

-- One status change: the row's timestamps follow the new status, the timeline gets one event (of p_kind), and
-- the logging trigger stands aside for this update only.
create or replace function private.move_incident(p_incident public.incidents, p_to text, p_kind text, p_note text,
  p_from_value text, p_to_value text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  reopening boolean := p_incident.status in ('resolved', 'closed', 'rejected') and p_to = 'accepted';
begin
  perform set_config('gridgov.event_written', 'on', true);
  update public.incidents i set
    status = p_to,
    accepted_at = case when p_to = 'accepted' and i.accepted_at is null then now() else i.accepted_at end,
    dispatched_at = case when p_to = 'dispatched' then now() else i.dispatched_at end,
    resolved_at = case when p_to = 'resolved' then now() when reopening then null else i.resolved_at end,
    closed_at = case when p_to = 'closed' then now() when reopening then null else i.closed_at end,
    -- A reopened incident gets a fresh deadline and waits for a fresh rating; the old one stays in the timeline.
    due_at = case when reopening
      then now() + make_interval(hours => (select c.deadline_hours from public.incident_categories c where c.code = i.category))
      else i.due_at end,
    reopened_count = i.reopened_count + case when reopening then 1 else 0 end,
    rating = case when reopening then null else i.rating end,
    rating_comment = case when reopening then null else i.rating_comment end,
    rated_at = case when reopening then null else i.rated_at end
  where i.id = p_incident.id;
  perform set_config('gridgov.event_written', 'off', true);
  perform private.log_event(p_incident.id, p_kind, p_incident.status, p_to, p_from_value, p_to_value, p_note);
end
$$;
comment on function private.move_incident(public.incidents, text, text, text, text, text) is
  'Changes an incident''s status (timestamps, deadline and rating on reopening) and writes the one timeline event.';

create or replace function private.legal_transition(p_incident public.incidents, p_to text)
returns public.incident_transitions
language plpgsql
stable
set search_path = ''
as $$
declare
  t public.incident_transitions;
begin
  if not exists (select 1 from public.incident_statuses s where s.code = p_to) then
    perform private.fail('error.unknown_status', format('未知的事件状态：%s', p_to), jsonb_build_object('status', p_to));
  end if;
  select * into t from public.incident_transitions where from_status = p_incident.status and to_status = p_to;
  if not found then
    perform private.fail('error.illegal_transition',
      format('事件不能从「%s」变为「%s」', private.status_name(p_incident.status), private.status_name(p_to)),
      jsonb_build_object('from', p_incident.status, 'to', p_to));
  end if;
  return t;
end
$$;
comment on function private.legal_transition(public.incidents, text) is
  'The incident_transitions row for this change; refuses a change the table does not list.';

create or replace function private.incident_transition(p_id bigint, p_to text, p_note text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  i public.incidents := private.locked_incident(p_id);
  t public.incident_transitions := private.legal_transition(i, p_to);
  note text;
begin
  if t.action = 'dispatch' then
    perform private.fail('error.dispatch_needs_department', '交办需要选择承办部门', '{}'::jsonb);
  end if;
  if not (t.reporter and i.reporter_id = (select auth.uid())) then
    perform private.require_role(i, t.roles, t.action);
  end if;
  note := private.clean_note(p_note, t.note_required, t.action);
  perform private.move_incident(i, p_to, case when t.action = 'reopen' then 'reopen' else 'status' end, note, null, null);
end
$$;
comment on function private.incident_transition(bigint, text, text) is
  'Moves an incident along a legal transition after checking the caller''s role, scope and note.';

create or replace function private.incident_dispatch(p_id bigint, p_department_id smallint, p_assignee text, p_note text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  i public.incidents := private.locked_incident(p_id);
  assignee text := nullif(btrim(p_assignee), '');
  note text;
  kind text;
  t public.incident_transitions;
begin
  if not exists (select 1 from public.departments d where d.id = p_department_id) then
    perform private.fail('error.unknown_department', format('未知的部门：%s', p_department_id),
      jsonb_build_object('department_id', p_department_id));
  end if;
  if length(assignee) > 60 then
    perform private.fail('error.assignee_too_long', '承办人姓名不能超过 60 字', jsonb_build_object('max', 60));
  end if;
  kind := case when i.department_id is not null and i.department_id <> p_department_id then 'reroute' else 'dispatch' end;
  if i.status = 'dispatched' then
    -- Already with a department: re-routing it (or naming another person there) keeps the status.
    perform private.require_role(i, private.grid_staff_roles(), 'reroute');
    if i.department_id = p_department_id and i.assignee_name is not distinct from assignee then
      perform private.fail('error.already_dispatched', '事件已交办给该部门', '{}'::jsonb);
    end if;
  else
    t := private.legal_transition(i, 'dispatched');
    perform private.require_role(i, t.roles, kind);
  end if;
  note := private.clean_note(p_note, false, kind);
  update public.incidents set department_id = p_department_id, assignee_name = assignee where id = i.id;
  if i.status = 'dispatched' then
    perform private.log_event(i.id, kind, null, null, i.department_id::text, p_department_id::text, note);
  else
    perform private.move_incident(i, 'dispatched', kind, note, i.department_id::text, p_department_id::text);
  end if;
end
$$;
comment on function private.incident_dispatch(bigint, smallint, text, text) is
  'Dispatches an incident to a department (and person); a ''reroute'' event when it was with another department.';

create or replace function private.incident_recategorise(p_id bigint, p_category text, p_note text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  i public.incidents := private.locked_incident(p_id);
  old_hours integer := (select c.deadline_hours from public.incident_categories c where c.code = i.category);
  new_hours integer := (select c.deadline_hours from public.incident_categories c where c.code = p_category);
  note text;
begin
  perform private.require_role(i, private.grid_staff_roles(), 'recategorise');
  if not (select s.is_open from public.incident_statuses s where s.code = i.status) then
    perform private.fail('error.not_open', format('事件已是「%s」，不能再更改', private.status_name(i.status)),
      jsonb_build_object('status', i.status));
  end if;
  if new_hours is null then
    perform private.fail('error.unknown_category', format('未知的事件类别：%s', p_category), jsonb_build_object('category', p_category));
  end if;
  if p_category = i.category then
    perform private.fail('error.same_category', '新类别与原类别相同', '{}'::jsonb);
  end if;
  note := private.clean_note(p_note, false, 'recategorise');
  -- The deadline moves by the difference between the categories' deadlines, so a reopened incident keeps its
  -- fresh start: reported_at + new deadline for every incident never reopened.
  update public.incidents
  set category = p_category,
      due_at = coalesce(due_at, reported_at + make_interval(hours => old_hours)) + make_interval(hours => new_hours - old_hours)
  where id = i.id;
  perform private.log_event(i.id, 'recategorise', null, null, i.category, p_category, note);
end
$$;
comment on function private.incident_recategorise(bigint, text, text) is
  'Changes an open incident''s category and recomputes its due time from the new category''s deadline.';

create or replace function private.incident_reopen(p_id bigint, p_note text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  status text := (select i.status from public.incidents i where i.id = p_id);
begin
  if status not in ('resolved', 'closed', 'rejected') then
    perform private.fail('error.not_reopenable', format('事件当前为「%s」，只有已办结、已反馈或不予受理的事件可以重新办理', private.status_name(status)),
      jsonb_build_object('status', status));
  end if;
  perform private.incident_transition(p_id, 'accepted', p_note);
end
$$;
comment on function private.incident_reopen(bigint, text) is
  'Reopens an incident marked solved (reporter or grid staff) or refused (admins): back to 已受理, recorded as reopen.';

-- The API: thin security-invoker wrappers; the id passes through the visibility check first.

create or replace function public.incident_transition(p_id bigint, p_to text, p_note text default null)
returns void language sql set search_path = '' as $$ select private.incident_transition(private.visible_incident(p_id), p_to, p_note) $$;
comment on function public.incident_transition(bigint, text, text) is
  'Moves an incident to another status along incident_transitions (accept, reject, coordinate, resolve, return, '
  'close, reopen), as the caller''s role and scope allow; refuses anything else with the reason.';

create or replace function public.incident_dispatch(p_id bigint, p_department_id smallint, p_assignee text default null,
  p_note text default null)
returns void language sql set search_path = '' as $$ select private.incident_dispatch(private.visible_incident(p_id), p_department_id, p_assignee, p_note) $$;
comment on function public.incident_dispatch(bigint, smallint, text, text) is
  'Dispatches (交办) an incident to a department and optionally a person, or re-routes it to another department.';

create or replace function public.incident_recategorise(p_id bigint, p_category text, p_note text default null)
returns void language sql set search_path = '' as $$ select private.incident_recategorise(private.visible_incident(p_id), p_category, p_note) $$;
comment on function public.incident_recategorise(bigint, text, text) is
  'Changes an open incident''s category (grid staff in scope); recorded with old and new category, due time recomputed.';

create or replace function public.incident_reopen(p_id bigint, p_note text)
returns void language sql set search_path = '' as $$ select private.incident_reopen(private.visible_incident(p_id), p_note) $$;
comment on function public.incident_reopen(bigint, text) is
  'Reopens an incident marked solved that is not (its reporter or grid staff), with a note; counted and recorded.';

-- Not callable by anonymous visitors at all; the private ones only through these wrappers.
select private.grant_execute(array[
  'private.visible_incident(bigint)', 'private.status_name(text)', 'private.action_name(text)',
  'private.require_role(public.incidents, public.app_role[], text)', 'private.clean_note(text, boolean, text)',
  'private.log_event(bigint, text, text, text, text, text, text)', 'private.locked_incident(bigint)',
  'private.move_incident(public.incidents, text, text, text, text, text)', 'private.legal_transition(public.incidents, text)',
  'private.incident_transition(bigint, text, text)', 'private.incident_dispatch(bigint, smallint, text, text)',
  'private.incident_recategorise(bigint, text, text)', 'private.incident_reopen(bigint, text)',
  'public.incident_transition(bigint, text, text)', 'public.incident_dispatch(bigint, smallint, text, text)',
  'public.incident_recategorise(bigint, text, text)', 'public.incident_reopen(bigint, text)'], false);
