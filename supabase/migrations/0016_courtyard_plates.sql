-- 0016 Courtyard plates (星级创建牌) with QR codes, the public page behind them, the courtyard card and map reads,
-- and the API over 0014–0015. A plate's QR code holds an unguessable token, never a row id; issuing a new plate
-- revokes the old token, so a stolen or outdated plate stops working.

create table public.courtyard_plates (
  token text primary key check (token ~ '^[A-Za-z0-9_-]{22}$'),
  courtyard_id bigint not null references public.courtyards (id) on delete cascade,
  issued_at timestamptz not null default now(),
  issued_by uuid references auth.users (id) on delete set null,
  issued_by_name text,
  revoked_at timestamptz,
  revoked_by uuid references auth.users (id) on delete set null
);
comment on table public.courtyard_plates is
  'Plate tokens: what a courtyard plate''s QR code carries. At most one active (not revoked) token per courtyard. '
  'Nobody reads this table through the API; the public page finds its courtyard by token in courtyard_public().';
create unique index courtyard_plates_active_idx on public.courtyard_plates (courtyard_id) where revoked_at is null;
alter table public.courtyard_plates enable row level security;
revoke all on public.courtyard_plates from anon, authenticated;
grant all on public.courtyard_plates to service_role;

-- Reported by scanning a plate: a source of its own, so the community sees how the plates are used.
insert into public.incident_sources (code, name_zh, name_en, sort) values ('qr_plate', '扫码上报', 'Plate QR code', 6);

create or replace function private.new_plate_token()
returns text
language sql
volatile
set search_path = ''
as $$
  -- 122 random bits of a version-4 UUID, URL-safe base64 without padding: 22 characters, short enough for a
  -- small QR code, far beyond guessing.
  select translate(rtrim(encode(uuid_send(gen_random_uuid()), 'base64'), '='), '+/', '-_')
$$;
comment on function private.new_plate_token() is 'A fresh unguessable plate token (22 URL-safe characters).';

create or replace function private.plate_roles()
returns public.app_role[]
language sql
immutable
set search_path = ''
as $$
  select '{district_admin,community_admin,grid_leader}'::public.app_role[]
$$;
comment on function private.plate_roles() is 'Who issues and revokes plates: street and community admins, 网格长.';

create or replace function private.revoke_plate(p_courtyard_id bigint)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.courtyard_plates set revoked_at = now(), revoked_by = (select auth.uid())
  where courtyard_id = p_courtyard_id and revoked_at is null;
  if found then
    perform private.log_courtyard_event(p_courtyard_id, 'plate_revoked', null, null, null);
  end if;
  return found;
end
$$;
comment on function private.revoke_plate(bigint) is 'Revokes the courtyard''s active plate token, if any, and logs it.';

create or replace function private.issue_plate(p_courtyard_id bigint)
returns text
language plpgsql
security definer
set search_path = ''
as $$
declare
  token text := private.new_plate_token();
begin
  perform private.revoke_plate(p_courtyard_id);
  insert into public.courtyard_plates (token, courtyard_id, issued_by, issued_by_name)
  values (token, p_courtyard_id, (select auth.uid()), private.actor_name());
  perform private.log_courtyard_event(p_courtyard_id, 'plate_issued', null, null, null);
  return token;
end
$$;
comment on function private.issue_plate(bigint) is 'A new active plate token for the courtyard (the old one revoked), logged.';

create or replace function private.courtyard_issue_plate(p_courtyard_id bigint)
returns text
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.require_courtyard(p_courtyard_id, private.plate_roles(), 'issue_plate');
  perform 1 from public.courtyards where id = p_courtyard_id for update;
  return private.issue_plate(p_courtyard_id);
end
$$;
comment on function private.courtyard_issue_plate(bigint) is
  'Admins and 网格长 in scope issue a new plate token; the old plate''s QR code stops working.';

create or replace function private.courtyard_revoke_plate(p_courtyard_id bigint)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.require_courtyard(p_courtyard_id, private.plate_roles(), 'revoke_plate');
  if not private.revoke_plate(p_courtyard_id) then
    perform private.fail('error.plate_none', '该院落没有有效的院落牌', '{}'::jsonb);
  end if;
end
$$;
comment on function private.courtyard_revoke_plate(bigint) is 'Admins and 网格长 in scope revoke the active plate token.';

create or replace function private.courtyard_plates(p_grid_id bigint)
returns table (courtyard_id bigint, code text, name text, address text, stars smallint, risk_level public.risk_level, token text)
language plpgsql
security definer
set search_path = ''
as $$
declare
  me public.profiles := private.current_profile();
  c record;
begin
  if me.user_id is null then
    perform private.fail('error.sign_in_required', '请先登录', '{}'::jsonb);
  end if;
  if not (me.role = any (private.plate_roles()) and p_grid_id = any (private.scoped_grid_ids())) then
    perform private.fail('error.plates_forbidden', '当前身份不能为该网格制作院落牌', jsonb_build_object('grid', p_grid_id));
  end if;
  for c in
    select y.id from public.courtyards y join public.grids g on g.id = y.grid_id
    where g.path @> array[p_grid_id]
      and not exists (select 1 from public.courtyard_plates t where t.courtyard_id = y.id and t.revoked_at is null)
    order by y.id
    for update of y
  loop
    perform private.issue_plate(c.id);
  end loop;
  return query
    select y.id, y.code, y.name, y.address, y.stars, y.risk_level, t.token
    from public.courtyards y
    join public.grids g on g.id = y.grid_id
    join public.courtyard_plates t on t.courtyard_id = y.id and t.revoked_at is null
    where g.path @> array[p_grid_id]
    order by y.code;
end
$$;
comment on function private.courtyard_plates(bigint) is
  'Plates for every courtyard in the grid''s subtree, issuing tokens where none is active (admins and 网格长 in scope).';

create or replace function private.plate_courtyard(p_token text)
returns public.courtyards
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  c public.courtyards;
begin
  select y.* into c from public.courtyard_plates t join public.courtyards y on y.id = t.courtyard_id
  where t.token = p_token and t.revoked_at is null;
  if not found then
    perform private.fail('error.plate_invalid', '此二维码无效或已作废，请联系社区', '{}'::jsonb);
  end if;
  return c;
end
$$;
comment on function private.plate_courtyard(text) is
  'The courtyard behind an active plate token; a forged, mistyped or revoked token gets one message that does not '
  'tell them apart.';

create or replace function private.courtyard_public(p_token text)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select jsonb_build_object('code', c.code, 'name', c.name, 'address', c.address,
    'lon', round(extensions.st_x(c.location)::numeric, 6), 'lat', round(extensions.st_y(c.location)::numeric, 6),
    'stars', c.stars, 'safety_stars', c.safety_stars, 'harmony_stars', c.harmony_stars, 'peace_stars', c.peace_stars,
    'risk_level', c.risk_level, 'grid_name', g.name,
    'last_inspected_on', to_char(c.last_inspected_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'))
  from private.plate_courtyard(p_token) c
  left join public.grids g on g.id = c.grid_id
$$;
comment on function private.courtyard_public(text) is
  'The public card behind a plate: number, name, address, location, stars, risk colour, grid, last inspection '
  'date. Nothing about the landlord, tenants or households. Security definer because anonymous visitors may not '
  'read plate tokens.';

create or replace function private.courtyard_public_report(p_token text, p_category text, p_title text,
  p_description text, p_contact text)
returns bigint
language plpgsql
security definer
set search_path = pg_catalog, public, extensions
as $$
declare
  c public.courtyards := private.plate_courtyard(p_token);
  title text := nullif(btrim(p_title), '');
  description text := nullif(btrim(p_description), '');
  phone text := nullif(regexp_replace(coalesce(p_contact, ''), '[\s-]', '', 'g'), '');
  new_id bigint;
begin
  if exists (select 1 from public.incident_categories k where k.code = p_category and k.sensitive) then
    perform private.fail('error.plate_category', '矛盾纠纷、治安等事项请直接联系社区或拨打电话，不通过扫码上报', '{}'::jsonb);
  end if;
  if title is null or length(title) < 2 then
    perform private.fail('error.title_required', '请填写事件标题', '{}'::jsonb);
  end if;
  if length(title) > 120 then
    perform private.fail('error.title_too_long', '事件标题不能超过 120 字', jsonb_build_object('max', 120));
  end if;
  if length(description) > 1000 then
    perform private.fail('error.description_too_long', '事件描述不能超过 1000 字', jsonb_build_object('max', 1000));
  end if;
  if phone !~ '^1[3-9][0-9]{9}$' then
    perform private.fail('error.bad_phone', format('手机号码格式不正确：%s', p_contact), jsonb_build_object('phone', p_contact));
  end if;
  -- Anyone with the plate can report without signing in; a flood from one plate is refused, not filed.
  if (select count(*) from public.incidents i
      where i.courtyard_id = c.id and i.source = 'qr_plate' and i.reported_at > now() - interval '1 hour') >= 5 then
    perform private.fail('error.plate_rate_limited', '该院落一小时内扫码上报已达 5 件，请稍后再试或联系社区', jsonb_build_object('max', 5));
  end if;
  insert into public.incidents (category, source, status, title, description, location, address, courtyard_id, reporter_phone)
  values (p_category, 'qr_plate', 'pending', title, coalesce(description, ''), c.location, c.address, c.id, phone)
  returning id into new_id;
  return new_id;
end
$$;
comment on function private.courtyard_public_report(text, text, text, text, text) is
  'Files a problem at the courtyard behind a plate without signing in: located at the courtyard, source 扫码上报, '
  'sensitive categories refused, five per courtyard per hour at most; the contact number is never published.';

-- Reads.

create or replace function private.map_courtyards()
returns table (id bigint, code text, name text, lon double precision, lat double precision, grid_id bigint,
  stars smallint, risk_level public.risk_level, inspection_overdue boolean, open_rectifications integer, overridden boolean)
language sql
stable
security definer
set search_path = ''
as $$
  select c.id, c.code, c.name, extensions.st_x(c.location), extensions.st_y(c.location), c.grid_id, c.stars, c.risk_level,
         private.inspection_overdue(c.last_inspected_at, c.risk_level, now()),
         -- Work in progress is for the staff doing it.
         case when c.grid_id = any (s.ids) then
           (select count(*)::integer from public.courtyard_rectifications x where x.courtyard_id = c.id and x.closed_at is null)
         else 0 end,
         c.override_reason is not null
  from public.courtyards c,
       (select case when (private.current_profile()).role = any (private.grid_staff_roles())
                    then private.scoped_grid_ids() else '{}'::bigint[] end ids) s
  order by c.id
$$;
comment on function private.map_courtyards() is
  'Courtyards for the map: plate facts for everyone, open rectifications only for grid staff in scope. Security '
  'definer to count rectifications without a per-row policy check.';

create or replace function private.courtyard_detail(p_id bigint)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  with me as (
    select (private.current_profile()).role, private.courtyard_in_scope(p_id) as staff
  )
  select jsonb_build_object(
    'id', c.id, 'code', c.code, 'name', c.name, 'address', c.address,
    'lon', extensions.st_x(c.location), 'lat', extensions.st_y(c.location), 'grid_id', c.grid_id, 'grid_name', g.name,
    'landlord_name', c.landlord_name,
    -- Masked for everyone; the full number is revealed (and logged) by courtyard_landlord_phone() (0018).
    'landlord_phone', c.landlord_phone_masked,
    'may_reveal_phone', me.staff and c.landlord_phone is not null,
    'rooms', c.rooms, 'tenants', c.tenants, 'floating_people', c.floating_people,
    'households', (select count(*) from public.households h where h.courtyard_id = c.id),
    'stars', c.stars, 'risk_level', c.risk_level, 'computed_stars', c.computed_stars, 'computed_risk', c.computed_risk,
    'safety_stars', c.safety_stars, 'harmony_stars', c.harmony_stars, 'peace_stars', c.peace_stars, 'score', c.score,
    'override', case when c.override_reason is not null then jsonb_build_object('risk_level', c.override_risk,
      'stars', c.override_stars, 'reason', c.override_reason, 'by', c.override_by_name, 'at', c.override_at) end,
    'last_inspected_at', c.last_inspected_at,
    'inspection_due', private.inspection_due(c.last_inspected_at, c.risk_level),
    'inspection_overdue', private.inspection_overdue(c.last_inspected_at, c.risk_level, now()),
    'open_incidents', coalesce((
      select jsonb_agg(jsonb_build_object('id', i.id, 'title', i.title, 'category', i.category, 'status', i.status,
               'reported_at', i.reported_at) order by i.reported_at desc)
      from public.incidents i join public.incident_statuses s on s.code = i.status and s.is_open
      where i.courtyard_id = c.id and me.role is not null and me.role <> 'resident'), '[]'::jsonb),
    'inspections', case when me.staff then coalesce((
      select jsonb_agg(jsonb_build_object('id', n.id, 'inspected_at', n.inspected_at, 'inspector_name', n.inspector_name,
               'score', n.score, 'safety_score', n.safety_score, 'harmony_score', n.harmony_score,
               'peace_score', n.peace_score, 'stars', n.stars, 'risk_level', n.risk_level, 'findings', n.findings,
               'failed', coalesce((select jsonb_agg(jsonb_build_object('item', a.item, 'note', a.note) order by it.sort)
                                   from public.inspection_results a join public.inspection_items it on it.code = a.item
                                   where a.inspection_id = n.id and a.result = 'fail'), '[]'::jsonb),
               'photos', coalesce((select jsonb_agg('courtyard-photos/' || p.path order by p.id)
                                   from public.inspection_photos p where p.inspection_id = n.id), '[]'::jsonb))
             order by n.inspected_at desc, n.id desc)
      from public.courtyard_inspections n where n.courtyard_id = c.id), '[]'::jsonb) else '[]'::jsonb end,
    'rectifications', case when me.staff then coalesce((
      select jsonb_agg(jsonb_build_object('id', x.id, 'inspection_id', x.inspection_id, 'item', x.item,
               'opened_at', x.opened_at, 'due_at', x.due_at, 'closed_at', x.closed_at, 'closed_by_name', x.closed_by_name,
               'note', x.note, 'overdue', x.closed_at is null and x.due_at < now())
             order by x.closed_at is not null, x.due_at, x.id)
      from public.courtyard_rectifications x where x.courtyard_id = c.id), '[]'::jsonb) else '[]'::jsonb end,
    'risk_trend', case when me.staff then coalesce((
      select jsonb_agg(jsonb_build_object('at', e.at, 'risk_level', e.risk_level, 'stars', e.stars, 'score', e.score)
             order by e.at, e.id)
      from public.courtyard_events e
      where e.courtyard_id = c.id and e.kind in ('inspected', 'rescored', 'override', 'override_cleared', 'rectification_closed')),
      '[]'::jsonb) else '[]'::jsonb end,
    'events', case when me.staff then coalesce((
      select jsonb_agg(jsonb_build_object('at', e.at, 'kind', e.kind, 'actor_name', e.actor_name,
               'from_value', e.from_value, 'to_value', e.to_value, 'note', e.note) order by e.at desc, e.id desc)
      from public.courtyard_events e where e.courtyard_id = c.id), '[]'::jsonb) else '[]'::jsonb end,
    'may_inspect', me.staff,
    'may_override', me.staff and me.role in ('district_admin', 'community_admin'),
    'may_issue_plate', me.staff and me.role in ('district_admin', 'community_admin', 'grid_leader'),
    'plate_token', case when me.staff and me.role in ('district_admin', 'community_admin', 'grid_leader') then
      (select t.token from public.courtyard_plates t where t.courtyard_id = c.id and t.revoked_at is null) end)
  from public.courtyards c
  cross join me
  left join public.grids g on g.id = c.grid_id
  where c.id = p_id
$$;
comment on function private.courtyard_detail(bigint) is
  'The courtyard card for the caller. Grid staff in scope get inspections, rectifications, risk trend and '
  'history; other signed-in users the plate facts. The landlord''s phone is masked for all. Security definer to '
  'read the rating history whatever the caller''s scope; only called by public.courtyard_detail.';

-- The API: thin security-invoker wrappers over the private implementations.

create or replace function public.map_courtyards()
returns table (id bigint, code text, name text, lon double precision, lat double precision, grid_id bigint,
  stars smallint, risk_level public.risk_level, inspection_overdue boolean, open_rectifications integer, overridden boolean)
language sql stable set search_path = '' as $$ select * from private.map_courtyards() $$;
comment on function public.map_courtyards() is 'Courtyards for the map layer, by risk colour and stars.';

create or replace function public.courtyard_detail(p_id bigint)
returns jsonb language sql stable set search_path = '' as $$ select private.courtyard_detail(p_id) $$;
comment on function public.courtyard_detail(bigint) is 'The courtyard card, as much of it as the caller may see; null when there is no such courtyard.';

create or replace function public.inspection_checklist()
returns setof public.inspection_items
language sql stable set search_path = '' as $$ select * from public.inspection_items where active order by sort $$;
comment on function public.inspection_checklist() is 'The items an inspection must answer, in order.';

create or replace function public.courtyard_scoring_rule_get()
returns jsonb
language sql stable set search_path = '' as $$
  select jsonb_build_object('star_min', to_jsonb(r.star_min), 'red_score_below', r.red_score_below,
    'orange_score_below', r.orange_score_below, 'yellow_score_below', r.yellow_score_below,
    'red_critical_failures', r.red_critical_failures, 'orange_critical_failures', r.orange_critical_failures,
    'red_open_incidents', r.red_open_incidents, 'orange_open_incidents', r.orange_open_incidents,
    'yellow_open_incidents', r.yellow_open_incidents,
    'interval_days', jsonb_build_object('red', r.interval_days_red, 'orange', r.interval_days_orange,
      'yellow', r.interval_days_yellow, 'blue', r.interval_days_blue))
  from public.courtyard_scoring_rule r
$$;
comment on function public.courtyard_scoring_rule_get() is 'The scoring rule''s thresholds, for the "how scores are made" panel.';

create or replace function public.courtyard_inspect(p_courtyard_id bigint, p_answers jsonb, p_findings text default null,
  p_tenants integer default null, p_floating_people integer default null)
returns bigint language sql set search_path = '' as $$
  select private.courtyard_inspect(p_courtyard_id, p_answers, p_findings, p_tenants, p_floating_people) $$;
comment on function public.courtyard_inspect(bigint, jsonb, text, integer, integer) is
  'Records an inspection: p_answers is [{item, result: pass|fail|na, note}] covering every active checklist item. '
  'Scores the courtyard, opens rectifications for failed items; returns the inspection id.';

create or replace function public.rectification_close(p_id bigint, p_note text)
returns void language sql set search_path = '' as $$ select private.rectification_close(p_id, p_note) $$;
comment on function public.rectification_close(bigint, text) is 'Closes a rectification (整改销号) with what was done; the courtyard is scored again.';

create or replace function public.courtyard_override(p_id bigint, p_risk public.risk_level, p_stars integer, p_reason text)
returns void language sql set search_path = '' as $$ select private.courtyard_override(p_id, p_risk, p_stars, p_reason) $$;
comment on function public.courtyard_override(bigint, public.risk_level, integer, text) is
  'Sets a courtyard''s stars and/or risk level by hand, with a reason (community and street admins).';

create or replace function public.courtyard_clear_override(p_id bigint, p_reason text)
returns void language sql set search_path = '' as $$ select private.courtyard_clear_override(p_id, p_reason) $$;
comment on function public.courtyard_clear_override(bigint, text) is 'Returns a courtyard to its computed rating, with a reason.';

create or replace function public.inspection_add_photo(p_inspection_id bigint, p_path text, p_mime text, p_bytes integer,
  p_width integer, p_height integer)
returns bigint language sql set search_path = '' as $$
  select private.inspection_add_photo(p_inspection_id, p_path, p_mime, p_bytes, p_width, p_height) $$;
comment on function public.inspection_add_photo(bigint, text, text, integer, integer, integer) is
  'Attaches a stored photo to an inspection (grid staff in scope; JPEG/PNG/WebP, 5 MB, six per inspection).';

create or replace function public.courtyard_issue_plate(p_courtyard_id bigint)
returns text language sql set search_path = '' as $$ select private.courtyard_issue_plate(p_courtyard_id) $$;
comment on function public.courtyard_issue_plate(bigint) is 'A new plate token for the courtyard; the old plate stops working.';

create or replace function public.courtyard_revoke_plate(p_courtyard_id bigint)
returns void language sql set search_path = '' as $$ select private.courtyard_revoke_plate(p_courtyard_id) $$;
comment on function public.courtyard_revoke_plate(bigint) is 'Revokes the courtyard''s plate token.';

create or replace function public.courtyard_plates(p_grid_id bigint)
returns table (courtyard_id bigint, code text, name text, address text, stars smallint, risk_level public.risk_level, token text)
language sql set search_path = '' as $$ select * from private.courtyard_plates(p_grid_id) $$;
comment on function public.courtyard_plates(bigint) is 'Plates to print for the courtyards of a grid subtree.';

create or replace function public.courtyard_public(p_token text)
returns jsonb language sql stable set search_path = '' as $$ select private.courtyard_public(p_token) $$;
comment on function public.courtyard_public(text) is 'The public card behind a plate''s QR code (no personal data).';

create or replace function public.courtyard_public_report(p_token text, p_category text, p_title text,
  p_description text default null, p_contact text default null)
returns bigint language sql set search_path = '' as $$
  select private.courtyard_public_report(p_token, p_category, p_title, p_description, p_contact) $$;
comment on function public.courtyard_public_report(text, text, text, text, text) is
  'Reports a problem at the courtyard behind a plate, without signing in.';

-- Internal helpers: called only by the security-definer functions above, never by the API roles.
revoke all on function private.courtyard_rating(bigint), private.rescore_courtyard(bigint),
  private.log_courtyard_event(bigint, text, text, text, text, timestamptz), private.check_answers(jsonb),
  private.require_courtyard(bigint, public.app_role[], text), private.clean_reason(text),
  private.set_override(bigint, public.risk_level, integer, text, text),
  private.check_photo(bigint, text, text, integer, integer, integer), private.new_plate_token(),
  private.revoke_plate(bigint), private.issue_plate(bigint), private.plate_courtyard(text),
  private.scoring_rule_changed(), private.incidents_rescore_courtyard(), private.courtyards_score_new(), private.incidents_find_courtyard()
  from public, anon, authenticated;

select private.grant_execute(array[
  'private.map_courtyards()', 'public.map_courtyards()', 'public.inspection_checklist()',
  'public.courtyard_scoring_rule_get()', 'private.plate_roles()',
  'private.courtyard_public(text)', 'public.courtyard_public(text)',
  'private.courtyard_public_report(text, text, text, text, text)',
  'public.courtyard_public_report(text, text, text, text, text)'], true);
select private.grant_execute(array[
  'private.courtyard_detail(bigint)', 'public.courtyard_detail(bigint)',
  'private.courtyard_inspect(bigint, jsonb, text, integer, integer)', 'public.courtyard_inspect(bigint, jsonb, text, integer, integer)',
  'private.rectification_close(bigint, text)', 'public.rectification_close(bigint, text)',
  'private.courtyard_override(bigint, public.risk_level, integer, text)', 'public.courtyard_override(bigint, public.risk_level, integer, text)',
  'private.courtyard_clear_override(bigint, text)', 'public.courtyard_clear_override(bigint, text)',
  'private.inspection_add_photo(bigint, text, text, integer, integer, integer)',
  'public.inspection_add_photo(bigint, text, text, integer, integer, integer)',
  'private.courtyard_issue_plate(bigint)', 'public.courtyard_issue_plate(bigint)',
  'private.courtyard_revoke_plate(bigint)', 'public.courtyard_revoke_plate(bigint)',
  'private.courtyard_plates(bigint)', 'public.courtyard_plates(bigint)'], false);

-- Inspection photos live in their own bucket where Supabase Storage exists; the first folder is the inspection id.
do $$
begin
  if to_regclass('storage.buckets') is null or to_regclass('storage.objects') is null then
    return;
  end if;
  insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
  values ('courtyard-photos', 'courtyard-photos', false, 5242880, array['image/jpeg', 'image/png', 'image/webp'])
  on conflict (id) do nothing;

  create policy "Inspection photos are visible to grid staff in scope" on storage.objects for select to authenticated
    using (bucket_id = 'courtyard-photos' and private.may_add_inspection_photo(private.photo_incident_id(name)));
  create policy "Grid staff in scope add inspection photos" on storage.objects for insert to authenticated
    with check (bucket_id = 'courtyard-photos' and private.may_add_inspection_photo(private.photo_incident_id(name)));
  create policy "Grid staff in scope replace inspection photos" on storage.objects for update to authenticated
    using (bucket_id = 'courtyard-photos' and private.may_add_inspection_photo(private.photo_incident_id(name)))
    with check (bucket_id = 'courtyard-photos' and private.may_add_inspection_photo(private.photo_incident_id(name)));
  create policy "Grid staff in scope remove inspection photos" on storage.objects for delete to authenticated
    using (bucket_id = 'courtyard-photos' and private.may_add_inspection_photo(private.photo_incident_id(name)));
end
$$;
