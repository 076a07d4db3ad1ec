-- 0014 Courtyard inspections (星级院落创建 + 四色管控): the checklist, the configurable scoring rule, the
-- inspections with their answers and photos, rectifications (整改), and the courtyard's own append-only history.
-- The functions that write these tables are in 0015; API roles never write them directly.

create type public.courtyard_theme as enum ('safety', 'harmony', 'peace');
comment on type public.courtyard_theme is 'The three themes of 星级院落创建: 安全 safety, 和谐 harmony, 平安 peace.';

create table public.inspection_items (
  code text primary key check (code ~ '^[a-z0-9_]+$'),
  theme public.courtyard_theme not null,
  name_zh text not null check (length(name_zh) between 1 and 60),
  name_en text not null check (length(name_en) between 1 and 100),
  weight smallint not null check (weight between 1 and 10),
  critical boolean not null default false,
  fix_days smallint not null check (fix_days between 1 and 90),
  sort smallint not null default 0,
  active boolean not null default true
);
comment on table public.inspection_items is
  'The inspection checklist: each item belongs to a theme, weighs 1–10 in its theme''s score, may be critical (a '
  'failed critical item raises the risk level by itself) and gives a failed check fix_days to be rectified. '
  'Inactive items are kept for the history of old inspections but no longer asked.';

insert into public.inspection_items (code, theme, name_zh, name_en, weight, critical, fix_days, sort) values
  ('fire_lane',        'safety',  '消防通道畅通',               'Fire lane clear',                          10, true,   3,  1),
  ('ebike_charging',   'safety',  '电动车不在室内或楼道充电',   'No e-bikes charged indoors or in stairwells', 10, true, 3,  2),
  ('gas',              'safety',  '燃气管线完好、报警器有效',   'Gas lines sound, gas alarm working',         9, true,   3,  3),
  ('wiring',           'safety',  '无私拉乱接电线',             'No makeshift wiring',                        8, true,   7,  4),
  ('escape_route',     'safety',  '逃生出口和窗户无封堵',       'Escape routes and windows not blocked',      8, true,   3,  5),
  ('extinguishers',    'safety',  '灭火器配备齐全且在有效期',   'Fire extinguishers present and in date',     7, false,  7,  6),
  ('structure',        'safety',  '房屋无明显结构隐患',         'No visible structural hazard',               7, false, 30,  7),
  ('tenant_register',  'harmony', '租户信息登记及时完整',       'Tenant registration up to date',             8, false,  7,  8),
  ('lease_pledge',     'harmony', '签订租赁合同和治安责任书',   'Leases and safety pledge signed',            5, false, 14,  9),
  ('disputes',         'harmony', '无未调处的矛盾纠纷',         'No unresolved disputes',                     6, false, 14, 10),
  ('notice_board',     'harmony', '公示牌和联系人信息在位',     'Notice board and contacts posted',           3, false, 14, 11),
  ('sanitation',       'peace',   '环境整洁、无乱堆乱放',       'Clean, no clutter',                          5, false,  7, 12),
  ('gate_light_camera','peace',   '门禁、照明、监控完好',       'Gate, lighting and cameras working',         5, false, 14, 13),
  ('no_overcrowding',  'peace',   '无群租和违规经营',           'No overcrowding or unlicensed business',     7, true,  14, 14);

alter table public.inspection_items enable row level security;
create policy "The checklist is public" on public.inspection_items for select using (true);
revoke all on public.inspection_items from anon, authenticated;
grant select on public.inspection_items to anon, authenticated;
grant all on public.inspection_items to service_role;

-- One row: the thresholds of the documented rule in private.courtyard_rating() (0015).
create table public.courtyard_scoring_rule (
  id boolean primary key default true check (id),
  star_min smallint[] not null default '{60,70,80,90}'
    check (array_length(star_min, 1) = 4 and star_min[1] < star_min[2] and star_min[2] < star_min[3]
           and star_min[3] < star_min[4] and star_min[1] >= 0 and star_min[4] <= 100),
  red_score_below smallint not null default 50 check (red_score_below between 0 and 100),
  orange_score_below smallint not null default 70 check (orange_score_below between 0 and 100),
  yellow_score_below smallint not null default 85 check (yellow_score_below between 0 and 100),
  red_critical_failures smallint not null default 2 check (red_critical_failures >= 1),
  orange_critical_failures smallint not null default 1 check (orange_critical_failures >= 1),
  red_open_incidents smallint not null default 4 check (red_open_incidents >= 1),
  orange_open_incidents smallint not null default 2 check (orange_open_incidents >= 1),
  yellow_open_incidents smallint not null default 1 check (yellow_open_incidents >= 1),
  interval_days_red smallint not null default 30 check (interval_days_red between 1 and 730),
  interval_days_orange smallint not null default 60 check (interval_days_orange between 1 and 730),
  interval_days_yellow smallint not null default 90 check (interval_days_yellow between 1 and 730),
  interval_days_blue smallint not null default 180 check (interval_days_blue between 1 and 730),
  updated_at timestamptz not null default now(),
  constraint courtyard_scoring_rule_order check (
    red_score_below <= orange_score_below and orange_score_below <= yellow_score_below
    and orange_critical_failures <= red_critical_failures
    and yellow_open_incidents <= orange_open_incidents and orange_open_incidents <= red_open_incidents
    and interval_days_red <= interval_days_orange and interval_days_orange <= interval_days_yellow
    and interval_days_yellow <= interval_days_blue)
);
comment on table public.courtyard_scoring_rule is
  'The configurable thresholds of the courtyard scoring rule (stars from the score, risk level from the score, '
  'failed critical items and open safety incidents, inspection interval per risk level). One row; the street '
  'admin may change it, and every courtyard is scored again at once.';
insert into public.courtyard_scoring_rule default values;

alter table public.courtyard_scoring_rule enable row level security;
create policy "The scoring rule is public" on public.courtyard_scoring_rule for select using (true);
create policy "The street admin tunes the scoring rule" on public.courtyard_scoring_rule for update to authenticated
  using ((select private.current_role()) = 'district_admin')
  with check ((select private.current_role()) = 'district_admin');
revoke all on public.courtyard_scoring_rule from anon, authenticated;
grant select on public.courtyard_scoring_rule to anon, authenticated;
grant update (star_min, red_score_below, orange_score_below, yellow_score_below, red_critical_failures,
  orange_critical_failures, red_open_incidents, orange_open_incidents, yellow_open_incidents, interval_days_red,
  interval_days_orange, interval_days_yellow, interval_days_blue) on public.courtyard_scoring_rule to authenticated;
grant all on public.courtyard_scoring_rule to service_role;

-- What the rule computed, next to what people see. stars and risk_level (0006) stay the effective values the
-- map and the plate show: the override when there is one, else the computed ones.
alter table public.courtyards
  add column score numeric(5, 1) check (score between 0 and 100),
  add column safety_stars smallint check (safety_stars between 1 and 5),
  add column harmony_stars smallint check (harmony_stars between 1 and 5),
  add column peace_stars smallint check (peace_stars between 1 and 5),
  add column computed_stars smallint check (computed_stars between 1 and 5),
  add column computed_risk public.risk_level,
  add column override_risk public.risk_level,
  add column override_stars smallint check (override_stars between 1 and 5),
  add column override_reason text check (length(override_reason) <= 500),
  add column override_by_name text,
  add column override_at timestamptz,
  add column last_inspected_at timestamptz,
  add constraint courtyards_override_reason check (
    (override_risk is null and override_stars is null) = (override_reason is null));
comment on column public.courtyards.stars is 'Effective stars: the override when set, else computed from the latest inspection.';
comment on column public.courtyards.risk_level is 'Effective risk level: the override when set, else computed by the scoring rule.';
grant select (score, safety_stars, harmony_stars, peace_stars, last_inspected_at) on public.courtyards to anon;
grant select (score, safety_stars, harmony_stars, peace_stars, computed_stars, computed_risk, override_risk,
  override_stars, override_reason, override_by_name, override_at, last_inspected_at) on public.courtyards to authenticated;

-- Incidents at a courtyard: the open safety ones weigh in its risk level.
alter table public.incidents add column courtyard_id bigint references public.courtyards (id) on delete set null;
comment on column public.incidents.courtyard_id is
  'The courtyard the incident happened at: given when reported from its plate, else the nearest courtyard within '
  '30 m of the point (set by trigger on insert).';
create index incidents_courtyard_idx on public.incidents (courtyard_id) where courtyard_id is not null;
grant select (courtyard_id) on public.incidents to anon, authenticated;

create or replace function private.incidents_find_courtyard()
returns trigger
language plpgsql
set search_path = pg_catalog, public, extensions
as $$
begin
  if new.courtyard_id is null then
    select c.id into new.courtyard_id
    from public.courtyards c
    where st_dwithin(c.location::geography, new.location::geography, 30)
    order by c.location <-> new.location
    limit 1;
  end if;
  return new;
end
$$;
comment on function private.incidents_find_courtyard() is
  'Links a new incident to the nearest courtyard within 30 m when the reporter did not name one.';

create trigger incidents_find_courtyard
  before insert on public.incidents
  for each row execute function private.incidents_find_courtyard();

create table public.courtyard_inspections (
  id bigint generated by default as identity primary key,
  courtyard_id bigint not null references public.courtyards (id) on delete cascade,
  inspected_at timestamptz not null default now(),
  inspector_id uuid references auth.users (id) on delete set null,
  inspector_name text check (length(inspector_name) <= 60),
  findings text check (length(findings) <= 2000),
  tenants integer check (tenants between 0 and 10000),
  floating_people integer check (floating_people between 0 and 10000),
  score numeric(5, 1) not null check (score between 0 and 100),
  safety_score numeric(5, 1) check (safety_score between 0 and 100),
  harmony_score numeric(5, 1) check (harmony_score between 0 and 100),
  peace_score numeric(5, 1) check (peace_score between 0 and 100),
  stars smallint not null check (stars between 1 and 5),
  risk_level public.risk_level not null
);
comment on table public.courtyard_inspections is
  'One inspection of a courtyard: who, when, findings, headcounts, and the scores, stars and risk level the rule '
  'gave at that moment (kept as history; later rule changes do not rewrite it).';
create index courtyard_inspections_courtyard_idx on public.courtyard_inspections (courtyard_id, inspected_at desc);

create table public.inspection_results (
  inspection_id bigint not null references public.courtyard_inspections (id) on delete cascade,
  item text not null references public.inspection_items (code),
  result text not null check (result in ('pass', 'fail', 'na')),
  note text check (length(note) <= 500),
  primary key (inspection_id, item),
  constraint inspection_results_fail_note check (result <> 'fail' or length(btrim(note)) > 0)
);
comment on table public.inspection_results is
  'The answer to each checklist item of an inspection: pass, fail (with a note saying what was found) or na.';

create table public.inspection_photos (
  id bigint generated by default as identity primary key,
  inspection_id bigint not null references public.courtyard_inspections (id) on delete cascade,
  path text not null unique check (length(path) <= 200),
  mime text not null check (mime in ('image/jpeg', 'image/png', 'image/webp')),
  bytes integer not null check (bytes between 1 and 5242880),
  width integer not null check (width between 1 and 20000),
  height integer not null check (height between 1 and 20000),
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now()
);
comment on table public.inspection_photos is
  'Photos taken at an inspection: object path in the courtyard-photos bucket (or the browser''s photo store).';
create index inspection_photos_inspection_idx on public.inspection_photos (inspection_id);

create table public.courtyard_rectifications (
  id bigint generated by default as identity primary key,
  courtyard_id bigint not null references public.courtyards (id) on delete cascade,
  inspection_id bigint not null references public.courtyard_inspections (id) on delete cascade,
  item text not null references public.inspection_items (code),
  opened_at timestamptz not null default now(),
  due_at timestamptz not null,
  closed_at timestamptz,
  closed_by uuid references auth.users (id) on delete set null,
  closed_by_name text,
  note text check (length(note) <= 500),
  constraint courtyard_rectifications_closing check ((closed_at is null) = (note is null))
);
comment on table public.courtyard_rectifications is
  'Rectification tasks (整改): a failed check opens one with a deadline; closing it says what was done and scores '
  'the courtyard again. At most one open task per courtyard and item.';
create unique index courtyard_rectifications_open_idx on public.courtyard_rectifications (courtyard_id, item)
  where closed_at is null;

create table public.courtyard_events (
  id bigint generated by default as identity primary key,
  courtyard_id bigint not null references public.courtyards (id) on delete cascade,
  at timestamptz not null default now(),
  actor_id uuid references auth.users (id) on delete set null,
  actor_name text,
  kind text not null check (kind in ('inspected', 'rescored', 'override', 'override_cleared', 'rectification_opened',
    'rectification_closed', 'plate_issued', 'plate_revoked')),
  from_value text,
  to_value text,
  note text,
  risk_level public.risk_level,
  stars smallint,
  score numeric(5, 1)
);
comment on table public.courtyard_events is
  'Append-only history of a courtyard: inspections, scorings, overrides with their reasons, rectifications and '
  'plates. Events that change the rating carry the effective risk, stars and score after them (the risk trend).';
create index courtyard_events_courtyard_idx on public.courtyard_events (courtyard_id, at);

-- Append-only tables (this history, the audit log of 0018) share one refusal; the trigger says which key and text.
create or replace function private.refuse_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform private.fail(tg_argv[0], tg_argv[1], '{}'::jsonb);
  return null;
end
$$;
comment on function private.refuse_change() is
  'Trigger: refuses any update or delete, whoever asks, with the error key and message given as trigger arguments.';
revoke all on function private.refuse_change() from public, anon, authenticated;

create trigger courtyard_events_append_only
  before update or delete on public.courtyard_events
  for each row execute function private.refuse_change('error.history_append_only', '院落记录只能追加，不能修改或删除');

-- Who may see a courtyard's inspections, rectifications and history: grid staff whose subtree holds it.
create or replace function private.courtyard_in_scope(p_courtyard_id bigint)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select (private.current_profile()).role = any (private.grid_staff_roles())
                          and c.grid_id = any (private.scoped_grid_ids())
                   from public.courtyards c where c.id = p_courtyard_id), false)
$$;
comment on function private.courtyard_in_scope(bigint) is
  'Whether the caller is grid staff (street or community admin, 网格长, 网格员) whose grids hold the courtyard.';
select private.grant_execute(array['private.courtyard_in_scope(bigint)'], true);

alter table public.courtyard_inspections enable row level security;
alter table public.inspection_results enable row level security;
alter table public.inspection_photos enable row level security;
alter table public.courtyard_rectifications enable row level security;
alter table public.courtyard_events enable row level security;

create policy "Inspections are visible to grid staff in scope" on public.courtyard_inspections for select
  to authenticated using (private.courtyard_in_scope(courtyard_id));
create policy "Answers follow their inspection" on public.inspection_results for select to authenticated
  using (exists (select 1 from public.courtyard_inspections i where i.id = inspection_id));
create policy "Inspection photos follow their inspection" on public.inspection_photos for select to authenticated
  using (exists (select 1 from public.courtyard_inspections i where i.id = inspection_id));
create policy "Rectifications are visible to grid staff in scope" on public.courtyard_rectifications for select
  to authenticated using (private.courtyard_in_scope(courtyard_id));
create policy "Courtyard history is visible to grid staff in scope" on public.courtyard_events for select
  to authenticated using (private.courtyard_in_scope(courtyard_id));

revoke all on public.courtyard_inspections, public.inspection_results, public.inspection_photos,
  public.courtyard_rectifications, public.courtyard_events from anon, authenticated;
grant select on public.courtyard_inspections, public.inspection_results, public.inspection_photos,
  public.courtyard_rectifications, public.courtyard_events to authenticated;
grant all on public.courtyard_inspections, public.inspection_results, public.inspection_photos,
  public.courtyard_rectifications, public.courtyard_events to service_role;

-- Fix: in a session that never saw the setting, current_setting(…, true) is null and so was this function, which
-- made `if not private.bulk_loading()` skip its work (the realtime NOTIFY of 0013, the scoring of 0015) in a
-- fresh PGlite session. Now strictly true or false.
create or replace function private.bulk_loading()
returns boolean
language sql
stable
set search_path = ''
as $$
  select coalesce(current_setting('gridgov.bulk_load', true) = 'on', false) and current_setting('role') not in ('anon', 'authenticated')
$$;
comment on function private.bulk_loading() is
  'True while a bulk loader running as the table owner (the demo seed, an importer) writes whole timelines itself: '
  'triggers that log or announce changes stand aside. The API roles cannot turn it on for themselves. Never null.';
