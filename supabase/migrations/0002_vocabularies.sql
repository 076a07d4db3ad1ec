-- 0002 Controlled vocabularies and the error convention.
--
-- Errors: every rule the database enforces raises through private.fail(key, message, params). The message is
-- readable Chinese for anyone calling the API directly; HINT carries a stable key (e.g. 'error.unknown_status')
-- and DETAIL the parameters as JSON, so the UI can show the same error in the user's language.

create or replace function private.fail(key text, message text, params jsonb default '{}'::jsonb)
returns void
language plpgsql
set search_path = ''
as $$
begin
  raise exception using
    errcode = 'P0001',
    message = message,
    hint = key,
    detail = params::text;
end
$$;
comment on function private.fail(text, text, jsonb) is
  'Raises a user-facing error: readable message, i18n key in HINT, parameters as JSON in DETAIL.';

create or replace function private.mask_phone(phone text)
returns text
language sql
immutable
set search_path = ''
as $$
  select case when phone is null then null else left(phone, 3) || '****' || right(phone, 4) end
$$;
comment on function private.mask_phone(text) is
  'What people without the right to a full phone number see: 139****1234. Used by generated columns.';

create type public.grid_level as enum ('community', 'grid', 'micro', 'unit');
comment on type public.grid_level is
  'Grid hierarchy: community 大网格(社区) > grid 小网格 > micro 微网格(楼院) > unit 密网格(楼栋/单元).';

create type public.risk_level as enum ('blue', 'yellow', 'orange', 'red');
comment on type public.risk_level is
  'Four-colour courtyard risk control, lowest to highest: 蓝 低 / 黄 一般 / 橙 较大 / 红 重大.';

create type public.staff_role as enum ('grid_leader', 'grid_worker', 'part_time_worker', 'building_leader', 'volunteer');
comment on type public.staff_role is
  '网格长, 专职网格员, 兼职网格员, 楼栋长/单元长, 志愿者.';

create type public.app_role as enum (
  'district_admin', 'community_admin', 'grid_leader', 'grid_worker', 'department_staff', 'resident'
);
comment on type public.app_role is
  'What a signed-in user may do: 街道管理员, 社区管理员, 网格长, 网格员, 部门人员, 居民/志愿者.';

-- Household tags: a controlled vocabulary, filterable and counted per grid.
create table public.household_tags (
  code text primary key check (code ~ '^[a-z0-9_]+$'),
  name_zh text not null,
  name_en text not null,
  sort smallint not null default 0,
  sensitive boolean not null default false
);
comment on table public.household_tags is
  'Controlled vocabulary of household tags (空房, 租户, 孤寡老人…). sensitive = about a person''s circumstances.';

insert into public.household_tags (code, name_zh, name_en, sort, sensitive) values
  ('vacant',          '空房',        'Vacant',                 1, false),
  ('tenant',          '租户',        'Tenant',                 2, false),
  ('floating',        '流动户',      'Floating population',    3, false),
  ('elderly_alone',   '孤寡/独居老人', 'Elderly living alone',  4, true),
  ('aged_80',         '80岁以上高龄', 'Aged 80+',               5, true),
  ('aged_90',         '90岁以上高龄', 'Aged 90+',               6, true),
  ('disabled',        '残疾人',      'Disabled',               7, true),
  ('veteran',         '退役军人',    'Veteran',                8, false),
  ('low_income',      '特困/低保',   'Subsistence allowance',  9, true),
  ('party_member',    '党员',        'Party member',          10, false),
  ('key_person',      '重点人群',    'Key person',            11, true);

create table public.incident_categories (
  code text primary key check (code ~ '^[a-z0-9_]+$'),
  name_zh text not null,
  name_en text not null,
  sort smallint not null default 0,
  deadline_hours integer not null check (deadline_hours > 0),
  sensitive boolean not null default false,
  safety boolean not null default false
);
comment on table public.incident_categories is
  'Editable list of incident categories with the deadline to resolve them; sensitive ones are never shown precisely in public.';

insert into public.incident_categories (code, name_zh, name_en, sort, deadline_hours, sensitive, safety) values
  ('safety_hazard',  '安全隐患',       'Safety hazard',          1,  24, false, true),
  ('drain_blocked',  '下水堵塞',       'Blocked drain',          2,  48, false, false),
  ('water_pipe',     '供水管破裂',     'Burst water pipe',       3,  24, false, true),
  ('heating',        '供暖',           'Heating',                4,  48, false, false),
  ('roof_leak',      '房屋漏水',       'Leaking roof',           5,  72, false, false),
  ('dispute',        '矛盾纠纷',       'Dispute',                6, 120, true,  false),
  ('sanitation',     '环境卫生/乱堆乱放', 'Sanitation / clutter', 7,  72, false, false),
  ('public_order',   '治安',           'Public order',           8,  24, true,  false),
  ('other',          '其他',           'Other',                  9, 120, false, false);

create table public.incident_sources (
  code text primary key check (code ~ '^[a-z0-9_]+$'),
  name_zh text not null,
  name_en text not null,
  sort smallint not null default 0
);
comment on table public.incident_sources is 'How an incident reached the community.';

insert into public.incident_sources (code, name_zh, name_en, sort) values
  ('patrol',   '网格员巡查',   'Grid worker patrol', 1),
  ('visit',    '来访',         'Walk-in',            2),
  ('hotline',  '电话/12345',   'Phone / 12345',      3),
  ('wechat',   '微信随手拍',   'WeChat snapshot',    4),
  ('council',  '议事会',       'Residents'' council', 5);

create table public.incident_statuses (
  code text primary key check (code ~ '^[a-z_]+$'),
  name_zh text not null,
  name_en text not null,
  sort smallint not null,
  is_open boolean not null,
  color text not null check (color ~ '^#[0-9a-f]{6}$')
);
comment on table public.incident_statuses is
  'Incident statuses, main line 待受理 → 已受理 → 已交办 → 已办结 → 已反馈, side states 协调中, 退回, 不予受理. color is the map pin colour.';

insert into public.incident_statuses (code, name_zh, name_en, sort, is_open, color) values
  ('pending',      '待受理',         'Pending',        1, true,  '#e53935'),
  ('accepted',     '已受理',         'Accepted',       2, true,  '#fb8c00'),
  ('dispatched',   '已交办(处理中)',  'Dispatched',     3, true,  '#fdd835'),
  ('coordinating', '协调中',         'Coordinating',   4, true,  '#8e24aa'),
  ('resolved',     '已办结',         'Resolved',       5, false, '#43a047'),
  ('closed',       '已反馈(销号)',    'Closed',         6, false, '#1e88e5'),
  ('returned',     '退回',           'Returned',       7, true,  '#6d4c41'),
  ('rejected',     '不予受理',       'Rejected',       8, false, '#757575');

create table public.departments (
  id smallint generated by default as identity primary key,
  code text not null unique check (code ~ '^[a-z0-9_]+$'),
  name_zh text not null,
  name_en text not null
);
comment on table public.departments is 'Departments incidents are dispatched to ("街道吹哨、部门报到").';

insert into public.departments (code, name_zh, name_en) values
  ('police',      '派出所',   'Police station'),
  ('urban_mgmt',  '城管执法', 'Urban management'),
  ('market',      '市场监管', 'Market regulation'),
  ('environment', '环保',     'Environmental protection'),
  ('water',       '自来水',   'Water company'),
  ('heating',     '热力',     'Heating company'),
  ('property',    '物业',     'Property management'),
  ('community',   '社区',     'Community office');

-- Vocabularies are public reference data: everyone may read them, only the service role changes them for now.
alter table public.household_tags enable row level security;
alter table public.incident_categories enable row level security;
alter table public.incident_sources enable row level security;
alter table public.incident_statuses enable row level security;
alter table public.departments enable row level security;

create policy "Household tags are public" on public.household_tags for select using (true);
create policy "Incident categories are public" on public.incident_categories for select using (true);
create policy "Incident sources are public" on public.incident_sources for select using (true);
create policy "Incident statuses are public" on public.incident_statuses for select using (true);
create policy "Departments are public" on public.departments for select using (true);

-- Supabase grants everything on new public tables to the API roles by default; start from nothing instead.
revoke all on public.household_tags, public.incident_categories, public.incident_sources,
  public.incident_statuses, public.departments from anon, authenticated;
grant select on public.household_tags, public.incident_categories, public.incident_sources,
  public.incident_statuses, public.departments to anon, authenticated;
grant all on public.household_tags, public.incident_categories, public.incident_sources,
  public.incident_statuses, public.departments to service_role;
