-- Fixtures for the courtyard tests (13 onward), installed by the runner right after _workflow.sql: a courtyard of our
-- own in the workflow fixture grid, checklist answers by the items that fail, and a fingerprint of everything a
-- refused action must leave alone.

create or replace function tests.cy_new(p_other boolean default false, p_code text default 'T-0001')
returns bigint language sql security definer as $$
  insert into public.courtyards (code, name, address, location, landlord_name, landlord_phone, rooms, tenants, floating_people)
  values (p_code, '测试院', '测试街 1 号', tests.wf_point(tests.wf_grid(p_other)), '房东 测试', '13912345678', 8, 20, 6)
  returning id
$$;
comment on function tests.cy_new(boolean, text) is 'A fresh, never inspected courtyard in the fixture grid (or the other one).';

create or replace function tests.cy_answers(p_fail text[] default '{}', p_na text[] default '{}')
returns jsonb language sql stable as $$
  select jsonb_agg(jsonb_build_object('item', i.code,
    'result', case when i.code = any (p_fail) then 'fail' when i.code = any (p_na) then 'na' else 'pass' end,
    'note', case when i.code = any (p_fail) then '发现问题' end) order by i.sort)
  from public.inspection_items i where i.active
$$;
comment on function tests.cy_answers(text[], text[]) is 'A complete checklist: the listed items fail (with a note) or are na, the rest pass.';

create or replace function tests.cy_inspect(p_id bigint, p_fail text[] default '{}', p_na text[] default '{}',
  p_days_ago integer default 0)
returns bigint language sql security definer as $$
  select private.record_inspection(p_id, tests.cy_answers(p_fail, p_na), null, null, null,
    now() - make_interval(days => p_days_ago), '测试检查员')
$$;
comment on function tests.cy_inspect(bigint, text[], text[], integer) is
  'Records an inspection as of p_days_ago days ago, bypassing the API''s role checks (scoring tests).';

create or replace function tests.cy_rating(p_id bigint)
returns text language sql stable security definer as $$
  select concat_ws('|', c.score, c.stars, c.risk_level, c.safety_stars, c.harmony_stars, c.peace_stars)
  from public.courtyards c where c.id = p_id
$$;
comment on function tests.cy_rating(bigint) is 'score|stars|risk|safety stars|harmony stars|peace stars, effective.';

create or replace function tests.cy_state(p_id bigint)
returns text language sql stable security definer as $$
  select concat_ws('|', tests.cy_rating(p_id), c.computed_stars, c.computed_risk, c.override_risk, c.override_stars,
    c.override_reason, c.tenants, c.last_inspected_at,
    (select count(*) from public.courtyard_inspections n where n.courtyard_id = c.id),
    (select count(*) from public.courtyard_rectifications x where x.courtyard_id = c.id and x.closed_at is null),
    (select count(*) from public.courtyard_events e where e.courtyard_id = c.id),
    (select count(*) from public.courtyard_plates t where t.courtyard_id = c.id and t.revoked_at is null))
  from public.courtyards c where c.id = p_id
$$;
comment on function tests.cy_state(bigint) is 'Fingerprint of a courtyard, its inspections, open rectifications, history and plate.';

create or replace function tests.cy_refused(p_id bigint, sql text, expected text, description text)
returns void language plpgsql as $$
declare
  before text := tests.cy_state(p_id);
begin
  perform tests.throws(sql, expected, description);
  perform tests.is(tests.cy_state(p_id), before, description || ' — courtyard and its history unchanged');
end
$$;
comment on function tests.cy_refused(bigint, text, text, text) is 'tests.throws plus a check that the courtyard did not change.';

grant execute on all functions in schema tests to anon, authenticated;
