-- 0015 Scoring courtyards, and every way people change a courtyard's rating: inspections, rectifications,
-- overrides. Same pattern as the incident workflow: public security-invoker wrappers, security-definer
-- implementations in the unexposed private schema that check role and scope, write, and log.
--
-- THE RULE (thresholds in public.courtyard_scoring_rule; defaults in brackets)
--   * Answers come from the latest inspection. A failed item whose rectification has been closed since counts as
--     passed; items answered 不适用 (na) count for nothing.
--   * Theme score (安全/和谐/平安) = 100 × weight of passed items ÷ weight of applicable items of the theme; the
--     overall score is the same over all items. One decimal.
--   * Stars (overall and per theme) = 1 + the number of star_min thresholds the score reaches [60, 70, 80, 90]:
--     below 60 one star, 90 and above five.
--   * Open safety incidents = incidents at the courtyard whose category is a safety one and whose status is open.
--   * Risk level, the first that applies:
--       红 red     failed critical items ≥ 2, or score < 50, or open safety incidents ≥ 4
--       橙 orange  failed critical items ≥ 1, or score < 70, or open safety incidents ≥ 2
--       黄 yellow  score < 85, or open safety incidents ≥ 1
--       蓝 blue    otherwise
--     Never inspected: no stars, and at least yellow (nobody has looked).
--   * Effective stars and risk = the manual override where one is set (with a logged reason), else computed.
--   * Next inspection due = last inspection + the interval of the effective risk level [red 30, orange 60,
--     yellow 90, blue 180 days]; past it, or never inspected, the courtyard is flagged overdue.

create or replace function private.stars_for(p_score numeric, p_star_min smallint[])
returns smallint
language sql
immutable
set search_path = ''
as $$
  select case when p_score is null then null
              else (1 + (select count(*) from unnest(p_star_min) m where p_score >= m))::smallint end
$$;
comment on function private.stars_for(numeric, smallint[]) is 'Stars (1–5) for a score: one plus the thresholds it reaches.';

create or replace function private.courtyard_rating(p_courtyard_id bigint)
returns table (score numeric, safety_score numeric, harmony_score numeric, peace_score numeric, stars smallint,
  safety_stars smallint, harmony_stars smallint, peace_stars smallint, risk public.risk_level,
  failed_critical integer, open_safety_incidents integer, inspected boolean)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  r public.courtyard_scoring_rule;
  latest bigint;
begin
  select * into r from public.courtyard_scoring_rule;
  select i.id into latest from public.courtyard_inspections i
  where i.courtyard_id = p_courtyard_id order by i.inspected_at desc, i.id desc limit 1;
  inspected := latest is not null;

  with answers as (
    select it.theme, it.weight, it.critical,
           a.result = 'pass' or not exists (
             select 1 from public.courtyard_rectifications x
             where x.courtyard_id = p_courtyard_id and x.item = a.item and x.closed_at is null) as ok
    from public.inspection_results a
    join public.inspection_items it on it.code = a.item
    where a.inspection_id = latest and a.result <> 'na'
  )
  -- A theme with nothing applicable has no score (null); one where nothing passed scores 0.
  select round(100.0 * coalesce(sum(weight) filter (where ok), 0) / nullif(sum(weight), 0), 1),
         round(100.0 * coalesce(sum(weight) filter (where ok and theme = 'safety'), 0) / nullif(sum(weight) filter (where theme = 'safety'), 0), 1),
         round(100.0 * coalesce(sum(weight) filter (where ok and theme = 'harmony'), 0) / nullif(sum(weight) filter (where theme = 'harmony'), 0), 1),
         round(100.0 * coalesce(sum(weight) filter (where ok and theme = 'peace'), 0) / nullif(sum(weight) filter (where theme = 'peace'), 0), 1),
         count(*) filter (where critical and not ok)
    into score, safety_score, harmony_score, peace_score, failed_critical
  from answers;

  select count(*) into open_safety_incidents
  from public.incidents i
  join public.incident_categories c on c.code = i.category and c.safety
  join public.incident_statuses s on s.code = i.status and s.is_open
  where i.courtyard_id = p_courtyard_id;

  stars := private.stars_for(score, r.star_min);
  safety_stars := private.stars_for(safety_score, r.star_min);
  harmony_stars := private.stars_for(harmony_score, r.star_min);
  peace_stars := private.stars_for(peace_score, r.star_min);
  risk := case
    when failed_critical >= r.red_critical_failures or score < r.red_score_below
         or open_safety_incidents >= r.red_open_incidents then 'red'
    when failed_critical >= r.orange_critical_failures or score < r.orange_score_below
         or open_safety_incidents >= r.orange_open_incidents then 'orange'
    when not inspected or score < r.yellow_score_below or open_safety_incidents >= r.yellow_open_incidents then 'yellow'
    else 'blue' end::public.risk_level;
  return next;
end
$$;
comment on function private.courtyard_rating(bigint) is
  'Applies the documented scoring rule (top of migration 0015) to a courtyard''s latest inspection, its closed '
  'rectifications and its open safety incidents. Security definer: reads inspections whatever the caller''s scope, '
  'for the scoring triggers.';

create or replace function private.inspection_due(p_last timestamptz, p_risk public.risk_level)
returns timestamptz
language sql
stable
set search_path = ''
as $$
  select p_last + make_interval(days => case p_risk
    when 'red' then r.interval_days_red when 'orange' then r.interval_days_orange
    when 'yellow' then r.interval_days_yellow else r.interval_days_blue end)
  from public.courtyard_scoring_rule r
$$;
comment on function private.inspection_due(timestamptz, public.risk_level) is
  'When the next inspection is due: the last one plus the interval of the risk level; null when never inspected.';

create or replace function private.inspection_overdue(p_last timestamptz, p_risk public.risk_level, p_at timestamptz)
returns boolean
language sql
stable
set search_path = ''
as $$
  select p_last is null or private.inspection_due(p_last, p_risk) < p_at
$$;
comment on function private.inspection_overdue(timestamptz, public.risk_level, timestamptz) is
  'Whether a courtyard last inspected at p_last, at this risk level, is overdue for inspection at p_at (never '
  'inspected counts as overdue). Takes the time as a parameter so tests can ask about any instant.';

select private.grant_execute(array['private.stars_for(numeric, smallint[])',
  'private.inspection_due(timestamptz, public.risk_level)',
  'private.inspection_overdue(timestamptz, public.risk_level, timestamptz)'], true);

-- Scores the courtyard again and stores computed and effective values; true when the effective rating changed.
create or replace function private.rescore_courtyard(p_courtyard_id bigint)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  rating record;
  old_row public.courtyards;
  new_row public.courtyards;
begin
  select * into old_row from public.courtyards where id = p_courtyard_id for update;
  select * into rating from private.courtyard_rating(p_courtyard_id);
  update public.courtyards c set
    score = rating.score, safety_stars = rating.safety_stars, harmony_stars = rating.harmony_stars,
    peace_stars = rating.peace_stars, computed_stars = rating.stars, computed_risk = rating.risk,
    stars = coalesce(c.override_stars, rating.stars), risk_level = coalesce(c.override_risk, rating.risk)
  where c.id = p_courtyard_id
  returning * into new_row;
  return old_row.stars is distinct from new_row.stars or old_row.risk_level is distinct from new_row.risk_level;
end
$$;
comment on function private.rescore_courtyard(bigint) is
  'Applies the scoring rule to one courtyard and stores the computed and the effective (override or computed) '
  'stars and risk; returns whether the effective ones changed.';

create or replace function private.log_courtyard_event(p_courtyard_id bigint, p_kind text, p_from text, p_to text,
  p_note text, p_at timestamptz default now())
returns void
language sql
security definer
set search_path = ''
as $$
  insert into public.courtyard_events (courtyard_id, at, actor_id, actor_name, kind, from_value, to_value, note,
    risk_level, stars, score)
  select c.id, p_at, (select auth.uid()), private.actor_name(), p_kind, p_from, p_to, p_note, c.risk_level, c.stars, c.score
  from public.courtyards c where c.id = p_courtyard_id
$$;
comment on function private.log_courtyard_event(bigint, text, text, text, text, timestamptz) is
  'Appends one event by the caller to a courtyard''s history, with its effective risk, stars and score after it.';

create or replace function private.rescore_all_courtyards()
returns void
language sql
security definer
set search_path = ''
as $$
  select count(private.rescore_courtyard(c.id)) from public.courtyards c
$$;
comment on function private.rescore_all_courtyards() is
  'Scores every courtyard again: after the scoring rule changes and at the end of a bulk load.';
revoke all on function private.rescore_all_courtyards() from public, anon, authenticated;

create or replace function private.scoring_rule_changed()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.rescore_all_courtyards();
  return null;
end
$$;
comment on function private.scoring_rule_changed() is 'A changed rule applies to every courtyard at once.';

create trigger courtyard_scoring_rule_changed
  after update on public.courtyard_scoring_rule
  for each statement execute function private.scoring_rule_changed();

create or replace function private.courtyards_score_new()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if not private.bulk_loading() then
    perform private.rescore_courtyard(new.id);
  end if;
  return null;
end
$$;
comment on function private.courtyards_score_new() is
  'A newly registered courtyard is scored at once (never inspected: yellow, no stars); bulk loads score at the end.';

create trigger courtyards_score_new
  after insert on public.courtyards
  for each row execute function private.courtyards_score_new();

-- Open safety incidents weigh in the risk level: a change to one scores its courtyard again.
create or replace function private.incidents_rescore_courtyard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  id bigint;
begin
  if private.bulk_loading() then
    return null;
  end if;
  for id in
    select distinct x from unnest(array[new.courtyard_id, case when tg_op = 'UPDATE' then old.courtyard_id end]) x
    where x is not null
  loop
    if private.rescore_courtyard(id) then
      perform private.log_courtyard_event(id, 'rescored', null, null, format('事件 #%s', new.id));
    end if;
  end loop;
  return null;
end
$$;
comment on function private.incidents_rescore_courtyard() is
  'Scores the courtyard of a new or changed incident again, logging the change of rating it causes.';

create trigger incidents_rescore_courtyard
  after insert or update of status, category, courtyard_id on public.incidents
  for each row execute function private.incidents_rescore_courtyard();

-- The checks every inspection passes, whoever records it (the API or a bulk load).
create or replace function private.check_answers(p_answers jsonb)
returns void
language plpgsql
stable
set search_path = ''
as $$
declare
  answer jsonb;
  missing text[];
  missing_names text;
begin
  if p_answers is null or jsonb_typeof(p_answers) <> 'array' then
    perform private.fail('error.checklist_incomplete', '检查表不完整：没有填写任何检查项', jsonb_build_object('missing', '', 'count', 0));
  end if;
  for answer in select * from jsonb_array_elements(p_answers) loop
    if jsonb_typeof(answer) <> 'object' or jsonb_typeof(answer -> 'item') <> 'string' then
      perform private.fail('error.checklist_malformed', '检查表格式不正确', '{}'::jsonb);
    end if;
    if not exists (select 1 from public.inspection_items i where i.code = answer ->> 'item' and i.active) then
      perform private.fail('error.checklist_unknown_item', format('未知的检查项：%s', answer ->> 'item'), jsonb_build_object('item', answer ->> 'item'));
    end if;
    if coalesce(answer ->> 'result', '') not in ('pass', 'fail', 'na') then
      perform private.fail('error.checklist_bad_result', format('检查项「%s」的结果必须是 合格、不合格 或 不适用', answer ->> 'item'),
        jsonb_build_object('item', answer ->> 'item', 'result', answer ->> 'result'));
    end if;
    if answer ->> 'result' = 'fail' and length(btrim(coalesce(answer ->> 'note', ''))) = 0 then
      perform private.fail('error.checklist_note_required',
        format('检查项「%s」不合格，请写明发现的问题', (select i.name_zh from public.inspection_items i where i.code = answer ->> 'item')),
        jsonb_build_object('item', answer ->> 'item'));
    end if;
    if length(answer ->> 'note') > 500 then
      perform private.fail('error.checklist_note_too_long', '检查项说明不能超过 500 字', jsonb_build_object('item', answer ->> 'item', 'max', 500));
    end if;
  end loop;
  if exists (select 1 from jsonb_array_elements(p_answers) a group by a ->> 'item' having count(*) > 1) then
    perform private.fail('error.checklist_duplicate_item', '同一检查项填写了多次', '{}'::jsonb);
  end if;
  select array_agg(i.code order by i.sort), string_agg(i.name_zh, '、' order by i.sort) into missing, missing_names
  from public.inspection_items i
  where i.active and not exists (select 1 from jsonb_array_elements(p_answers) a where a ->> 'item' = i.code);
  if missing is not null then
    perform private.fail('error.checklist_incomplete', format('检查表不完整，还有 %s 项未填写：%s', cardinality(missing), missing_names),
      jsonb_build_object('missing', array_to_string(missing, ','), 'count', cardinality(missing)));
  end if;
  if not exists (select 1 from jsonb_array_elements(p_answers) a where a ->> 'result' <> 'na') then
    perform private.fail('error.checklist_nothing_applicable', '所有检查项都是“不适用”，无法评分', '{}'::jsonb);
  end if;
end
$$;
comment on function private.check_answers(jsonb) is
  'Refuses an incomplete or malformed checklist: every active item answered once with pass/fail/na, a failed '
  'item explained, at least one applicable item.';

-- Records a checked inspection at p_at: scores it, opens rectifications for failed items (one open task per item),
-- closes those whose item now passes, scores the courtyard and logs all of it.
create or replace function private.record_inspection(p_courtyard_id bigint, p_answers jsonb, p_findings text,
  p_tenants integer, p_floating_people integer, p_at timestamptz, p_inspector_name text)
returns bigint
language plpgsql
security definer
set search_path = ''
as $$
declare
  findings text := nullif(btrim(p_findings), '');
  new_id bigint;
  rating record;
  risk_before public.risk_level;
  item record;
begin
  perform private.check_answers(p_answers);
  if length(findings) > 2000 then
    perform private.fail('error.findings_too_long', '检查发现不能超过 2000 字', jsonb_build_object('max', 2000));
  end if;
  if p_tenants not between 0 and 10000 or p_floating_people not between 0 and 10000 then
    perform private.fail('error.headcount_range', '人数必须在 0 到 10000 之间',
      jsonb_build_object('tenants', p_tenants, 'floating_people', p_floating_people));
  end if;
  select c.risk_level into risk_before from public.courtyards c where c.id = p_courtyard_id for update;

  insert into public.courtyard_inspections (courtyard_id, inspected_at, inspector_id, inspector_name, findings, tenants,
    floating_people, score, stars, risk_level)
  values (p_courtyard_id, p_at, (select auth.uid()), p_inspector_name, findings, p_tenants, p_floating_people, 0, 1, 'blue')
  returning id into new_id;
  insert into public.inspection_results (inspection_id, item, result, note)
  select new_id, a ->> 'item', a ->> 'result', nullif(btrim(a ->> 'note'), '')
  from jsonb_array_elements(p_answers) a;

  for item in
    select x.id, x.item from public.courtyard_rectifications x
    join public.inspection_results a on a.inspection_id = new_id and a.item = x.item and a.result <> 'fail'
    where x.courtyard_id = p_courtyard_id and x.closed_at is null
  loop
    update public.courtyard_rectifications set closed_at = p_at, closed_by = (select auth.uid()),
      closed_by_name = p_inspector_name, note = '复查合格'
    where id = item.id;
    perform private.log_courtyard_event(p_courtyard_id, 'rectification_closed', null, item.item, '复查合格', p_at);
  end loop;
  for item in
    select a.item, a.note, it.fix_days from public.inspection_results a
    join public.inspection_items it on it.code = a.item
    where a.inspection_id = new_id and a.result = 'fail'
      and not exists (select 1 from public.courtyard_rectifications x
                      where x.courtyard_id = p_courtyard_id and x.item = a.item and x.closed_at is null)
    order by it.sort
  loop
    insert into public.courtyard_rectifications (courtyard_id, inspection_id, item, opened_at, due_at)
    values (p_courtyard_id, new_id, item.item, p_at, p_at + make_interval(days => item.fix_days));
    perform private.log_courtyard_event(p_courtyard_id, 'rectification_opened', null, item.item, item.note, p_at);
  end loop;

  select * into rating from private.courtyard_rating(p_courtyard_id);
  update public.courtyard_inspections set score = rating.score, safety_score = rating.safety_score,
    harmony_score = rating.harmony_score, peace_score = rating.peace_score, stars = rating.stars, risk_level = rating.risk
  where id = new_id;
  update public.courtyards set last_inspected_at = greatest(last_inspected_at, p_at),
    tenants = coalesce(p_tenants, tenants), floating_people = coalesce(p_floating_people, floating_people)
  where id = p_courtyard_id;
  perform private.rescore_courtyard(p_courtyard_id);
  perform private.log_courtyard_event(p_courtyard_id, 'inspected', risk_before::text,
    (select c.risk_level::text from public.courtyards c where c.id = p_courtyard_id), findings, p_at);
  return new_id;
end
$$;
comment on function private.record_inspection(bigint, jsonb, text, integer, integer, timestamptz, text) is
  'Stores a checked inspection with its scores, opens and closes rectifications, scores the courtyard and logs it. '
  'Used by courtyard_inspect() and by bulk loads (the demo history); callers check who may inspect.';
revoke all on function private.record_inspection(bigint, jsonb, text, integer, integer, timestamptz, text) from public, anon, authenticated;

create or replace function private.require_courtyard(p_courtyard_id bigint, p_roles public.app_role[], p_action text)
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if (private.current_profile()).user_id is null then
    perform private.fail('error.sign_in_required', '请先登录', '{}'::jsonb);
  end if;
  if not exists (select 1 from public.courtyards c where c.id = p_courtyard_id) then
    perform private.fail('error.courtyard_not_found', format('院落 %s 不存在', p_courtyard_id), jsonb_build_object('id', p_courtyard_id));
  end if;
  if not ((private.current_profile()).role = any (p_roles) and private.courtyard_in_scope(p_courtyard_id)) then
    perform private.fail('error.courtyard_forbidden', format('当前身份不能对该院落进行「%s」', case p_action
        when 'inspect' then '检查' when 'rectify' then '整改销号' when 'override' then '手动调整星级或风险等级'
        when 'clear_override' then '取消手动调整' when 'issue_plate' then '制作院落牌' when 'revoke_plate' then '作废院落牌'
        else p_action end),
      jsonb_build_object('action', p_action));
  end if;
end
$$;
comment on function private.require_courtyard(bigint, public.app_role[], text) is
  'Refuses the caller unless signed in with one of the roles and the courtyard is in their grids; p_action is a code '
  '(inspect, rectify, override, clear_override, issue_plate, revoke_plate) the UI translates.';

create or replace function private.courtyard_inspect(p_courtyard_id bigint, p_answers jsonb, p_findings text,
  p_tenants integer, p_floating_people integer)
returns bigint
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.require_courtyard(p_courtyard_id, private.grid_staff_roles(), 'inspect');
  -- A double tap on a slow connection must not count one visit twice.
  if exists (select 1 from public.courtyard_inspections i
             where i.courtyard_id = p_courtyard_id and i.inspector_id = (select auth.uid())
               and i.inspected_at > now() - interval '2 minutes') then
    perform private.fail('error.inspection_duplicate', '两分钟内已提交过该院落的检查，请勿重复提交', '{}'::jsonb);
  end if;
  return private.record_inspection(p_courtyard_id, p_answers, p_findings, p_tenants, p_floating_people, now(),
    private.actor_name());
end
$$;
comment on function private.courtyard_inspect(bigint, jsonb, text, integer, integer) is
  'Grid staff in scope record an inspection now (one per inspector and courtyard within two minutes).';

create or replace function private.rectification_close(p_id bigint, p_note text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  x public.courtyard_rectifications;
  v_note text := nullif(btrim(p_note), '');
begin
  select * into x from public.courtyard_rectifications where id = p_id for update;
  if not found or not private.courtyard_in_scope(x.courtyard_id) then
    perform private.fail('error.rectification_not_found', format('整改任务 %s 不存在或当前身份无权查看', p_id), jsonb_build_object('id', p_id));
  end if;
  perform private.require_courtyard(x.courtyard_id, private.grid_staff_roles(), 'rectify');
  if x.closed_at is not null then
    perform private.fail('error.rectification_closed', '该整改任务已经销号', jsonb_build_object('id', p_id));
  end if;
  if v_note is null or length(v_note) < 2 then
    perform private.fail('error.rectification_note_required', '请写明整改了什么', '{}'::jsonb);
  end if;
  if length(v_note) > 500 then
    perform private.fail('error.rectification_note_too_long', '整改说明不能超过 500 字', jsonb_build_object('max', 500));
  end if;
  update public.courtyard_rectifications set closed_at = now(), closed_by = (select auth.uid()),
    closed_by_name = private.actor_name(), note = v_note
  where id = p_id;
  perform private.rescore_courtyard(x.courtyard_id);
  perform private.log_courtyard_event(x.courtyard_id, 'rectification_closed', null, x.item, v_note);
end
$$;
comment on function private.rectification_close(bigint, text) is
  'Grid staff in scope close a rectification with what was done; the courtyard is scored again.';

create or replace function private.clean_reason(p_reason text)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
  reason text := nullif(btrim(p_reason), '');
begin
  if reason is null or length(reason) < 4 then
    perform private.fail('error.override_reason_required', '手动调整必须写明理由（至少 4 个字）', jsonb_build_object('min', 4));
  end if;
  if length(reason) > 500 then
    perform private.fail('error.override_reason_too_long', '理由不能超过 500 字', jsonb_build_object('max', 500));
  end if;
  return reason;
end
$$;
comment on function private.clean_reason(text) is 'Trims an override reason; refuses one shorter than 4 or longer than 500 characters.';

-- Both ways of changing an override: lock, store (null risk and stars with a null reason clears it), score
-- again, and log the change of level with the reason.
create or replace function private.set_override(p_id bigint, p_risk public.risk_level, p_stars integer, p_reason text,
  p_kind text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  risk_before public.risk_level;
begin
  select c.risk_level into risk_before from public.courtyards c where c.id = p_id for update;
  update public.courtyards set override_risk = p_risk, override_stars = p_stars,
    override_reason = case when p_kind = 'override' then p_reason end,
    override_by_name = case when p_kind = 'override' then private.actor_name() end,
    override_at = case when p_kind = 'override' then now() end
  where id = p_id;
  perform private.rescore_courtyard(p_id);
  perform private.log_courtyard_event(p_id, p_kind, risk_before::text,
    (select c.risk_level::text from public.courtyards c where c.id = p_id), p_reason);
end
$$;
comment on function private.set_override(bigint, public.risk_level, integer, text, text) is
  'Stores an override (p_kind ''override'') or clears it (''override_cleared''), scores the courtyard again and logs it.';

create or replace function private.courtyard_override(p_id bigint, p_risk public.risk_level, p_stars integer, p_reason text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  reason text;
begin
  perform private.require_courtyard(p_id, '{district_admin,community_admin}', 'override');
  reason := private.clean_reason(p_reason);
  if p_risk is null and p_stars is null then
    perform private.fail('error.override_empty', '请选择要调整的星级或风险等级', '{}'::jsonb);
  end if;
  if p_stars not between 1 and 5 then
    perform private.fail('error.stars_range', format('星级必须在 1 到 5 之间：%s', p_stars), jsonb_build_object('stars', p_stars));
  end if;
  perform private.set_override(p_id, p_risk, p_stars, reason, 'override');
end
$$;
comment on function private.courtyard_override(bigint, public.risk_level, integer, text) is
  'Community and street admins in scope set stars and/or risk by hand with a reason; logged with the change.';

create or replace function private.courtyard_clear_override(p_id bigint, p_reason text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  reason text;
begin
  perform private.require_courtyard(p_id, '{district_admin,community_admin}', 'clear_override');
  reason := private.clean_reason(p_reason);
  if not exists (select 1 from public.courtyards c where c.id = p_id and c.override_reason is not null) then
    perform private.fail('error.override_none', '该院落没有手动调整', '{}'::jsonb);
  end if;
  perform private.set_override(p_id, null, null, reason, 'override_cleared');
end
$$;
comment on function private.courtyard_clear_override(bigint, text) is
  'Community and street admins in scope return a courtyard to its computed rating, with a reason; logged.';

-- Photos: the same checks for incident and inspection photos.
create or replace function private.check_photo(p_owner_id bigint, p_path text, p_mime text, p_bytes integer,
  p_width integer, p_height integer)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
  ext text := case p_mime when 'image/jpeg' then 'jpg' when 'image/png' then 'png' when 'image/webp' then 'webp' end;
begin
  if ext is null then
    perform private.fail('error.photo_type', format('不支持的图片格式：%s（只接受 JPEG、PNG、WebP）', p_mime),
      jsonb_build_object('mime', p_mime));
  end if;
  if p_bytes is null or p_bytes < 1 or p_bytes > 5242880 then
    perform private.fail('error.photo_too_large', format('照片大小为 %s MB，不能超过 5 MB', round(coalesce(p_bytes, 0) / 1048576.0, 1)),
      jsonb_build_object('mb', round(coalesce(p_bytes, 0) / 1048576.0, 1), 'max_mb', 5));
  end if;
  if p_width is null or p_height is null or p_width not between 1 and 20000 or p_height not between 1 and 20000 then
    perform private.fail('error.photo_dimensions', format('照片尺寸无效：%s × %s', p_width, p_height),
      jsonb_build_object('width', p_width, 'height', p_height));
  end if;
  if p_path is null or p_path !~ ('^' || p_owner_id || '/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.' || ext || '$') then
    perform private.fail('error.photo_path', format('照片路径不正确：%s', p_path), jsonb_build_object('path', p_path));
  end if;
end
$$;
comment on function private.check_photo(bigint, text, text, integer, integer, integer) is
  'Refuses a photo of the wrong type, over 5 MB, with impossible dimensions, or stored under a path that is not '
  '<owner id>/<uuid>.<extension of its type>.';

create or replace function private.incident_add_photo(p_incident_id bigint, p_path text, p_mime text, p_bytes integer,
  p_width integer, p_height integer)
returns bigint
language plpgsql
security definer
set search_path = ''
as $$
declare
  new_id bigint;
begin
  perform private.locked_incident(p_incident_id);
  if not private.may_attach_photo(p_incident_id) then
    perform private.fail('error.photo_forbidden', '只有上报人和负责的工作人员可以为事件添加照片', '{}'::jsonb);
  end if;
  perform private.check_photo(p_incident_id, p_path, p_mime, p_bytes, p_width, p_height);
  if (select count(*) from public.incident_photos p where p.incident_id = p_incident_id) >= 6 then
    perform private.fail('error.photo_limit', '每个事件最多 6 张照片', jsonb_build_object('max', 6));
  end if;
  insert into public.incident_photos (incident_id, path, mime, bytes, width, height, created_by)
  values (p_incident_id, p_path, p_mime, p_bytes, p_width, p_height, (select auth.uid()))
  returning id into new_id;
  -- Touching the incident tells the map and the open panels (realtime) that it changed.
  update public.incidents set updated_at = now() where id = p_incident_id;
  perform private.log_event(p_incident_id, 'photo', null, null, null, p_path, null);
  return new_id;
end
$$;
comment on function private.incident_add_photo(bigint, text, text, integer, integer, integer) is
  'Records a stored photo of an incident after checking who adds it, its type, size, dimensions, path and the '
  'six-photo limit.';

create or replace function private.may_add_inspection_photo(p_inspection_id bigint)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.courtyard_inspections i
                 where i.id = p_inspection_id and private.courtyard_in_scope(i.courtyard_id)
                   and (private.current_profile()).role = any (private.grid_staff_roles()))
$$;
comment on function private.may_add_inspection_photo(bigint) is
  'Whether the caller may add photos to the inspection: grid staff whose grids hold its courtyard. Used by '
  'inspection_add_photo() and the courtyard-photos storage policies.';
select private.grant_execute(array['private.may_add_inspection_photo(bigint)'], false);

create or replace function private.inspection_add_photo(p_inspection_id bigint, p_path text, p_mime text,
  p_bytes integer, p_width integer, p_height integer)
returns bigint
language plpgsql
security definer
set search_path = ''
as $$
declare
  new_id bigint;
begin
  if not private.may_add_inspection_photo(p_inspection_id) then
    perform private.fail('error.inspection_photo_forbidden', '只有负责该院落的网格工作人员可以添加检查照片', '{}'::jsonb);
  end if;
  perform private.check_photo(p_inspection_id, p_path, p_mime, p_bytes, p_width, p_height);
  perform 1 from public.courtyard_inspections where id = p_inspection_id for update;
  if (select count(*) from public.inspection_photos p where p.inspection_id = p_inspection_id) >= 6 then
    perform private.fail('error.photo_limit', '每次检查最多 6 张照片', jsonb_build_object('max', 6));
  end if;
  insert into public.inspection_photos (inspection_id, path, mime, bytes, width, height, created_by)
  values (p_inspection_id, p_path, p_mime, p_bytes, p_width, p_height, (select auth.uid()))
  returning id into new_id;
  return new_id;
end
$$;
comment on function private.inspection_add_photo(bigint, text, text, integer, integer, integer) is
  'Records a stored inspection photo after the same checks as incident photos (six at most).';
