-- 22 Visits: the cadence rule gives the right due dates; a visit is recorded once however often it is sent, only in
-- the visitor's grids, moves last_visit_at, and can turn its finding into an incident in the same step; due lists and
-- overdue counts per grid follow.

select tests.wf_setup();
create temp table fx on commit drop as
select (select h.id from public.households h join public.grids g on g.id = h.grid_id
        where g.path @> array[tests.wf_grid()] and h.status = 'active' order by h.id limit 1) hh,
       (select h.id from public.households h join public.grids g on g.id = h.grid_id
        where g.path @> array[tests.wf_grid(true)] order by h.id limit 1) other_hh,
       '7a1f0a52-4c3e-4b8e-9d1e-000000000001'::uuid c1, '7a1f0a52-4c3e-4b8e-9d1e-000000000002'::uuid c2;
grant select on fx to anon, authenticated;

-- The cadence rule.
select tests.is(private.visit_interval('{elderly_alone}'), 7::smallint, '孤寡/独居老人: weekly');
select tests.is(private.visit_interval('{floating}'), 30::smallint, '流动户: monthly');
select tests.is(private.visit_interval('{floating,elderly_alone,party_member}'), 7::smallint, 'several tags: the shortest cadence');
select tests.is(private.visit_interval('{}'), 90::smallint, 'no tag: the default cadence');
select tests.is(private.visit_due('2026-03-01', '{elderly_alone}'), '2026-03-08'::date, 'weekly after 1 March: due 8 March');
select tests.is(private.visit_due('2026-01-31', '{tenant}'), '2026-03-02'::date, 'monthly after 31 January: due 2 March (30 days)');
select tests.is(private.visit_due(null, '{tenant}'), null, 'never visited: no due day');
select tests.is(private.visit_overdue(null, '{}', 'active', '2026-03-01'), true, 'never visited counts as overdue');
select tests.is(private.visit_overdue('2026-03-01', '{elderly_alone}', 'active', '2026-03-08'), false, 'on the due day: not yet overdue');
select tests.is(private.visit_overdue('2026-03-01', '{elderly_alone}', 'active', '2026-03-09'), true, 'the day after: overdue');
select tests.is(private.visit_overdue(null, '{}', 'moved_out', '2026-03-09'), false, 'a moved-out household is never overdue');

-- The demo generator plans its visit history on these cadences (scripts/demo/register.ts, VISIT_CADENCE).
select tests.is((select string_agg(coalesce(tag, '*') || '=' || interval_days, ',' order by coalesce(tag, '')) from public.visit_cadence),
  '*=90,aged_80=14,aged_90=7,disabled=30,elderly_alone=7,floating=30,key_person=14,low_income=30,party_member=90,tenant=30,vacant=180,veteran=90',
  'the default cadences are the ones the demo generator assumes');
select tests.ok((select count(*) > 0 from public.household_visits), 'the demo district has a visit history');
select tests.ok((select count(*) filter (where private.visit_overdue(last_visit_at, tags, status, private.today())) between 1 and count(*) / 2
                 from public.households), 'some demo households are overdue for a visit, not most');

-- The street admin tunes the cadence; due dates follow.
select tests.wf_as('grid_worker');
update public.visit_cadence set interval_days = 3 where tag = 'elderly_alone';
select tests.is(private.visit_interval('{elderly_alone}'), 7::smallint, 'acting as grid worker: cannot change the cadence');
select tests.wf_as('district_admin');
update public.visit_cadence set interval_days = 3 where tag = 'elderly_alone';
select tests.is(private.visit_interval('{elderly_alone}'), 3::smallint, 'acting as street admin: the cadence is now every 3 days');
select tests.throws('update public.visit_cadence set interval_days = 0 where tag = ''elderly_alone''', '%visit_cadence_interval_days_check%',
  'acting as street admin: a cadence of 0 days is refused');

-- Bad input: refused, nothing stored.
select tests.wf_as('grid_worker');
select tests.throws(format('select public.record_visit(%L, %s, private.today() + 1, %L)', (select c1 from fx), (select hh from fx), 'home'),
  'error.visit_date', 'acting as grid worker: a visit in the future is refused');
select tests.throws(format('select public.record_visit(%L, %s, private.today(), %L)', (select c1 from fx), (select hh from fx), 'drive-by'),
  'error.visit_kind', 'acting as grid worker: an unknown kind is refused');
select tests.throws(format('select public.record_visit(%L, %s, private.today(), %L, p_incident_category => %L)', (select c1 from fx),
  (select hh from fx), 'home', 'sanitation'), 'error.visit_finding_required', 'acting as grid worker: an incident without a finding is refused');
select tests.throws(format('select public.record_visit(%L, %s, private.today(), %L)', (select c1 from fx), (select other_hh from fx), 'home'),
  'error.household_out_of_scope', 'acting as grid worker: a visit to a household outside their grids is refused');
select tests.wf_as('department_staff');
select tests.throws(format('select public.record_visit(%L, %s, private.today(), %L)', (select c1 from fx), (select hh from fx), 'home'),
  'error.household_out_of_scope', 'acting as department staff: refused');
select tests.act_as_anon();
select tests.throws(format('select public.record_visit(%L, %s, private.today(), %L)', (select c1 from fx), (select hh from fx), 'home'),
  '%permission denied%', 'acting as anon: refused');
select tests.act_as_owner();
select tests.is((select count(*) from public.household_visits where client_id = (select c1 from fx)), 0::bigint, 'no refused visit was stored');

-- A visit, sent twice: counted once.
select tests.wf_as('grid_worker');
create temp table answers (n int, a jsonb) on commit drop;
grant all on answers to authenticated;
insert into answers select 1, public.record_visit((select c1 from fx), (select hh from fx), private.today(), 'home', '家中一切正常', '希望加装扶手');
insert into answers select 2, public.record_visit((select c1 from fx), (select hh from fx), private.today(), 'home', '家中一切正常', '希望加装扶手');
select tests.is((select (a ->> 'duplicate')::boolean from answers where n = 2), true, 'the second submission is recognised as a duplicate');
select tests.is((select a -> 'visit_id' from answers where n = 2), (select a -> 'visit_id' from answers where n = 1), 'and answers with the same visit');
select tests.is((select count(*) from public.household_visits where client_id = (select c1 from fx)), 1::bigint, 'one visit is stored');
select tests.is((select last_visit_at from public.households where id = (select hh from fx)), private.today(), 'last_visit_at is today');
select tests.wf_as('outside_worker');
select tests.throws(format('select public.record_visit(%L, %s, private.today(), %L)', (select c1 from fx), (select hh from fx), 'home'),
  'error.visit_client_id', 'acting as another worker: reusing someone else''s client id is refused');

-- An earlier visit entered later does not move last_visit_at back.
select tests.wf_as('grid_worker');
select tests.lives(format('select public.record_visit(gen_random_uuid(), %s, private.today() - 10, %L)', (select hh from fx), 'phone'),
  'acting as grid worker: records a visit of ten days ago');
select tests.is((select last_visit_at from public.households where id = (select hh from fx)), private.today(), 'last_visit_at stays today');

-- A finding becomes an incident in the same step, once.
insert into answers select 3, public.record_visit((select c2 from fx), (select hh from fx), private.today(), 'home', '楼道堆放纸箱杂物',
  p_incident_category => 'sanitation');
insert into answers select 4, public.record_visit((select c2 from fx), (select hh from fx), private.today(), 'home', '楼道堆放纸箱杂物',
  p_incident_category => 'sanitation');
select tests.ok((select (a ->> 'incident_id') is not null from answers where n = 3), 'the visit answers with the new incident');
select tests.is((select a -> 'incident_id' from answers where n = 4), (select a -> 'incident_id' from answers where n = 3),
  'sent again: the same incident, no second one');
select tests.act_as_owner();
select tests.is((select row(i.source, i.status, i.category, i.description, i.grid_id = h.grid_id)::text
                 from public.incidents i, public.households h where i.id = (select (a ->> 'incident_id')::bigint from answers where n = 3)
                   and h.id = (select hh from fx)),
  '(patrol,pending,sanitation,楼道堆放纸箱杂物,t)', 'the incident is a 网格员巡查 report of the finding, in the household''s grid');
select tests.is((select count(*) from public.incidents where description = '楼道堆放纸箱杂物'), 1::bigint, 'exactly one incident was filed');
select tests.is((select incident_id from public.household_visits where client_id = (select c2 from fx)),
  (select (a ->> 'incident_id')::bigint from answers where n = 3), 'the visit links to its incident');

-- A moved-out household takes no visit.
select tests.wf_as('grid_worker');
select public.household_set_status((select hh from fx), 'moved_out', '搬离本社区');
select tests.throws(format('select public.record_visit(gen_random_uuid(), %s, private.today(), %L)', (select hh from fx), 'home'),
  'error.household_moved_out', 'acting as grid worker: a visit to a moved-out household is refused');
select public.household_set_status((select hh from fx), 'active');

-- Due lists and overdue counts.
select tests.act_as_owner();
update public.households set last_visit_at = null where id = (select hh from fx);
select tests.wf_as('grid_worker');
select tests.is((select due_on from public.my_due_visits(7, 1)), null, 'acting as grid worker: never-visited households head the due list');
select tests.is((select overdue from public.my_due_visits(7, 2000) where household_id = (select hh from fx)), true,
  'acting as grid worker: the never-visited household is listed as overdue');
select tests.is((select count(*) from public.my_due_visits(7, 2000) d join public.households h on h.id = d.household_id
                 join public.grids g on g.id = h.grid_id where not g.path @> array[tests.wf_grid()]), 0::bigint,
  'acting as grid worker: the due list holds only households of their grid');
select tests.is((select count(*) from public.my_due_visits(7, 2000) where not overdue and due_on > private.today() + 7), 0::bigint,
  'acting as grid worker: nothing due later than the week is listed');
select tests.is((select overdue from public.grid_visit_status('grid') where grid_id = tests.wf_grid()),
  (select count(*)::int from public.households h join public.grids g on g.id = h.grid_id
   where g.path @> array[tests.wf_grid()] and private.visit_overdue(h.last_visit_at, h.tags, h.status, private.today())),
  'acting as grid worker: the grid''s overdue count is the households overdue by the rule');
select tests.is((select sum(overdue) from public.grid_visit_status('grid') where grid_id <> tests.wf_grid()), 0::bigint,
  'acting as grid worker: other grids count nothing');
select tests.ok((select jsonb_array_length(public.field_home() -> 'grids') >= 1), 'acting as grid worker: the field home lists their grids');
select tests.wf_as('department_staff');
select tests.is((select count(*) from public.my_due_visits()), 0::bigint, 'acting as department staff: no due list');
select tests.is(public.field_home(), null, 'acting as department staff: no field home');
select tests.act_as_anon();
select tests.is((select sum(households) from public.grid_visit_status('community')), 0::bigint, 'acting as anon: no household is counted');

