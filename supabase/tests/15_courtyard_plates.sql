-- 15 Plates: unguessable tokens, revocation, bulk issue per grid, the public page (tested as the anon role: no
-- personal data), and reporting a problem from it without signing in.

select tests.wf_setup();
create temp table cy on commit drop as select tests.cy_new() id;
grant select on cy to anon, authenticated;
select tests.cy_inspect((select id from cy), '{notice_board}', p_days_ago => 3);

-- Who may issue.
select tests.wf_as('grid_worker');
select tests.cy_refused((select id from cy), format('select public.courtyard_issue_plate(%s)', (select id from cy)),
  'error.courtyard_forbidden', 'acting as grid worker: may not issue plates');
select tests.wf_as('outside_worker');
select tests.cy_refused((select id from cy), format('select public.courtyard_issue_plate(%s)', (select id from cy)),
  'error.courtyard_forbidden', 'acting as a worker of another grid: may not issue plates');
select tests.act_as_anon();
select tests.cy_refused((select id from cy), format('select public.courtyard_issue_plate(%s)', (select id from cy)),
  '%permission denied%', 'acting as anon: may not issue plates');

select tests.wf_as('grid_leader');
create temp table plate on commit drop as select public.courtyard_issue_plate((select id from cy)) token;
grant select on plate to anon, authenticated;
select tests.ok((select token ~ '^[A-Za-z0-9_-]{22}$' from plate), 'acting as grid leader: issues a 22-character URL-safe token');
select tests.ok((select token !~ ('^0*' || (select id from cy) || '$') from plate), 'the token is not the row id');
select tests.is((select d ->> 'plate_token' from public.courtyard_detail((select id from cy)) d), (select token from plate),
  'acting as grid leader: the card shows the active token');

-- The public page, as an anonymous visitor.
select tests.act_as_anon();
create temp table card on commit drop as select public.courtyard_public((select token from plate)) c;
grant select on card to anon, authenticated;
select tests.is((select string_agg(k, ',' order by k) from card, jsonb_object_keys(c) k),
  'address,code,grid_name,harmony_stars,last_inspected_on,lat,lon,name,peace_stars,risk_level,safety_stars,stars',
  'acting as anon: the public card has exactly the public facts');
select tests.is((select concat_ws('|', c ->> 'code', c ->> 'stars', c ->> 'risk_level', c ->> 'harmony_stars') from card), 'T-0001|5|blue|4',
  'acting as anon: number, stars, colour of the plate');
select tests.ok((select c::text not like '%房东%' and c::text not like '%1391234%' and c::text not like '%5678%' from card),
  'acting as anon: no landlord name or phone anywhere in it');
select tests.throws('select public.courtyard_public(''AAAAAAAAAAAAAAAAAAAAAA'')', 'error.plate_invalid', 'acting as anon: a forged token is refused');
select tests.throws(format('select public.courtyard_public(%L)', (select id from cy)), 'error.plate_invalid',
  'acting as anon: the row id is not a token');
select tests.throws('select public.courtyard_public(null)', 'error.plate_invalid', 'acting as anon: no token is refused');
select tests.throws(format('select public.courtyard_public(%L)', (select token from plate) || ''' or ''1''=''1'), 'error.plate_invalid',
  'acting as anon: an SQL-looking token is just a wrong token');

-- Reporting from the plate.
create or replace function pg_temp.plate_report(p_token text, p_category text default 'safety_hazard', p_title text default '院门口电线垂落',
  p_contact text default null)
returns text language sql as $$
  select format('select public.courtyard_public_report(%L, %L, %L, %L, %L)', p_token, p_category, p_title, '傍晚发现', p_contact)
$$;
select tests.act_as_owner();
create temp table before_report on commit drop as select count(*) n from public.incidents;
grant select on before_report to anon, authenticated;
select tests.act_as_anon();
select tests.throws(pg_temp.plate_report((select token from plate), 'dispute'), 'error.plate_category',
  'acting as anon: a dispute is not reported through a plate');
select tests.throws(pg_temp.plate_report((select token from plate), 'safety_hazard', ' '), 'error.title_required',
  'acting as anon: an empty title is refused');
select tests.throws(pg_temp.plate_report((select token from plate), 'safety_hazard', '电线', '12345'), 'error.bad_phone',
  'acting as anon: a malformed contact number is refused');
select tests.throws(pg_temp.plate_report((select token from plate), 'aliens'), 'error.unknown_category',
  'acting as anon: an unknown category is refused');
select tests.throws(pg_temp.plate_report('AAAAAAAAAAAAAAAAAAAAAA'), 'error.plate_invalid', 'acting as anon: a forged token files nothing');
select tests.act_as_owner();
select tests.is((select count(*) from public.incidents), (select n from before_report), 'the refused reports filed nothing');
select tests.act_as_anon();
create temp table reported on commit drop as select public.courtyard_public_report((select token from plate), 'safety_hazard',
  '院门口电线垂落', '傍晚发现', '13800001111') id;
select tests.act_as_owner();
select tests.is((select concat_ws('|', i.source, i.status, i.courtyard_id = (select id from cy), i.reporter_id is null,
                   extensions.st_equals(i.location, c.location), i.reporter_phone)
                 from public.incidents i, public.courtyards c where i.id = (select id from reported) and c.id = i.courtyard_id),
  'qr_plate|pending|t|t|t|13800001111', 'acting as anon: filed at the courtyard as 扫码上报, pending, no reporter account, contact kept');
select tests.is((select risk_level::text from public.courtyards where id = (select id from cy)), 'yellow',
  'the open safety incident raises the courtyard to yellow at once');
select tests.act_as_anon();
select tests.throws(format('select reporter_phone from public.incidents where id = %s', (select id from reported)), '%permission denied%',
  'acting as anon: the contact number cannot be read back');
select public.courtyard_public_report((select token from plate), 'sanitation', '垃圾未清运 ' || n) from generate_series(2, 5) n;
select tests.throws(pg_temp.plate_report((select token from plate)), 'error.plate_rate_limited',
  'acting as anon: a sixth report from the same plate within an hour is refused');

-- Revoking: the old plate stops working at once.
select tests.wf_as('community_admin');
select tests.lives(format('select public.courtyard_revoke_plate(%s)', (select id from cy)), 'acting as community admin: revokes the plate');
select tests.cy_refused((select id from cy), format('select public.courtyard_revoke_plate(%s)', (select id from cy)),
  'error.plate_none', 'acting as community admin: nothing left to revoke');
select tests.act_as_anon();
select tests.throws(format('select public.courtyard_public(%L)', (select token from plate)), 'error.plate_invalid',
  'acting as anon: the revoked token is refused');
select tests.throws(pg_temp.plate_report((select token from plate)), 'error.plate_invalid', 'acting as anon: no report through a revoked plate');
select tests.wf_as('community_admin');
create temp table plate2 on commit drop as select public.courtyard_issue_plate((select id from cy)) token;
grant select on plate2 to anon, authenticated;
select tests.act_as_anon();
select tests.is((select public.courtyard_public((select token from plate2)) ->> 'code'), 'T-0001', 'acting as anon: the new plate works');
select tests.throws(format('select public.courtyard_public(%L)', (select token from plate)), 'error.plate_invalid',
  'acting as anon: the old plate still does not');
select tests.act_as_owner();
select tests.is((select string_agg(kind, ',' order by id) from public.courtyard_events
                 where courtyard_id = (select id from cy) and kind like 'plate%'),
  'plate_issued,plate_revoked,plate_issued', 'every plate issued and revoked is in the history');

-- Plates in bulk for a grid.
select tests.wf_as('grid_worker');
select tests.throws(format('select * from public.courtyard_plates(%s)', tests.wf_grid()), 'error.plates_forbidden',
  'acting as grid worker: may not print plates');
select tests.wf_as('grid_leader');
select tests.throws(format('select * from public.courtyard_plates(%s)', tests.wf_grid(true)), 'error.plates_forbidden',
  'acting as grid leader: not for a grid in another community');
create temp table bulk on commit drop as select * from public.courtyard_plates(tests.wf_grid());
grant select on bulk to anon, authenticated;
select tests.act_as_owner();
select tests.is((select count(*) from bulk),
  (select count(*) from public.courtyards c join public.grids g on g.id = c.grid_id where g.path @> array[tests.wf_grid()]),
  'acting as grid leader: one plate per courtyard of the grid');
select tests.is((select token from bulk where courtyard_id = (select id from cy)), (select token from plate2),
  'a courtyard that had a plate keeps its token');
select tests.is((select count(distinct token) from bulk), (select count(*) from bulk), 'every plate has its own token');
select tests.wf_as('grid_leader');
select tests.is((select count(*) from public.courtyard_plates(tests.wf_grid()) p join bulk b using (courtyard_id, token)),
  (select count(*) from bulk), 'printing again gives the same tokens');
