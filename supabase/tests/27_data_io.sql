-- 27 Data in and out: household register and incident imports (per-row results, scope, idempotent re-import, the
-- row-by-row fallback), exports with the map's filters and masked phones, the Open311 feed and its round trip.

select tests.wf_setup();
create temp table fx on commit drop as
select g.code grid, o.code other_grid, (select min(u.code) from public.grids u where u.level = 'unit' and u.path @> array[g.id]) unit,
  extensions.st_x(tests.wf_point(g.id)) lon, extensions.st_y(tests.wf_point(g.id)) lat,
  extensions.st_x(tests.wf_point(o.id)) other_lon, extensions.st_y(tests.wf_point(o.id)) other_lat, g.id grid_id
from public.grids g, public.grids o where g.id = tests.wf_grid() and o.id = tests.wf_grid(true);
grant select on fx to anon, authenticated;

create or replace function pg_temp.hh(p_row integer, p_grid text, p_room text, p_name text, p_phone text default null,
  p_tags text[] default '{party_member}')
returns jsonb language sql as $$
  select jsonb_build_object('row_no', p_row, 'grid_code', p_grid, 'building', '导入9号楼', 'unit_no', '1', 'room', p_room,
    'address', null, 'head_name', p_name, 'phone', p_phone, 'size', '3', 'tags', p_tags)
$$;
create temp table batch on commit drop as
select jsonb_build_array(
  pg_temp.hh(2, (select unit from fx), '101', '张伟', '13912345678'),
  pg_temp.hh(3, (select unit from fx), '102', '王芳', null, '{elderly_alone,low_income}'),
  pg_temp.hh(4, (select other_grid from fx), '103', '李强'),
  pg_temp.hh(5, (select unit from fx), '104', '赵敏', '0351-1234567'),
  pg_temp.hh(6, (select unit from fx), '105', '刘洋', null, '{alien}'),
  pg_temp.hh(7, (select unit from fx), '101', '张伟二'),
  pg_temp.hh(8, '99-99', '106', '孙丽')) rows;
grant select on batch to anon, authenticated;
create temp table seen (step text, row_no integer, result text, id bigint, reason text) on commit drop;
grant select, insert on seen to anon, authenticated;

-- Who may import.
select tests.wf_as('grid_leader');
select tests.throws('select * from public.import_households((select rows from batch))', 'error.import_forbidden',
  'acting as grid leader: may not import households');
select tests.wf_as('department_staff');
select tests.throws('select * from public.import_incidents(''[]'')', 'error.import_forbidden', 'acting as department staff: may not import incidents');
select tests.act_as_anon();
select tests.throws('select * from public.import_households(''[]'')', '%permission denied%', 'acting as anon: may not import');
select tests.wf_as('community_admin');
select tests.throws('select * from public.import_households(''{}'')', 'error.import_batch', 'acting as community admin: a batch is an array');

-- Households: one result per row; good rows in, the rest refused with a reason.
insert into seen select 'first', * from public.import_households((select rows from batch));
select tests.is((select string_agg(format('%s:%s:%s', row_no, result, coalesce(reason, '-')), ' ' order by row_no) from seen where step = 'first'),
  '2:inserted:- 3:inserted:- 4:refused:out_of_scope 5:refused:bad_phone 6:refused:unknown_tag 7:refused:duplicate 8:refused:unknown_grid',
  'acting as community admin: good rows inserted; other community, bad phone, unknown tag, repeated address and unknown grid refused');
select tests.is((select concat_ws('|', h.head_name, h.phone_masked, h.size, h.tags::text, g.code = (select unit from fx), h.address)
                 from public.households h join public.grids g on g.id = h.grid_id join seen s on s.id = h.id and s.row_no = 2),
  '张伟|139****5678|3|{party_member}|t|导入9号楼1101', 'acting as community admin: the stored row is what the file said (address composed)');

-- The same file again changes nothing.
insert into seen select 'again', * from public.import_households((select rows from batch));
select tests.is((select string_agg(format('%s:%s', row_no, result), ' ' order by row_no) from seen where step = 'again' and result <> 'refused'),
  '2:unchanged 3:unchanged', 'acting as community admin: importing the same rows twice leaves them unchanged');
select tests.is((select count(*)::integer from public.households where building = '导入9号楼'), 2, 'acting as community admin: no duplicate household');

-- A changed phone updates the row, in the audit log masked; a blank phone keeps the stored one.
insert into seen select 'changed', * from public.import_households(jsonb_build_array(
  pg_temp.hh(2, (select unit from fx), '101', '张伟', '13800001111'), pg_temp.hh(3, (select unit from fx), '102', '王芳', null, '{elderly_alone}')));
select tests.is((select string_agg(format('%s:%s', row_no, result), ' ' order by row_no) from seen where step = 'changed'),
  '2:updated 3:updated', 'acting as community admin: changed rows are updated');
select tests.act_as_owner();
select tests.is((select concat_ws('|', old_value, new_value, actor_role) from public.audit_log where object_type = 'households'
                 and object_id = (select id::text from seen where step = 'first' and row_no = 2) and field = 'phone'),
  '139****5678|138****1111|community_admin', 'the update is in the audit log, numbers masked');
select tests.is((select phone from public.households where id = (select id from seen where step = 'first' and row_no = 2)),
  '13800001111', 'the full number is stored for the reveal function');
select tests.is((select tags::text from public.households where id = (select id from seen where step = 'first' and row_no = 3)),
  '{elderly_alone}', 'tags in the file replace the stored ones');

-- Incidents: a resolved hotline ticket, one in another community, one outside the district, one malformed time.
create or replace function pg_temp.inc(p_row integer, p_ref text, p_status text, p_lon double precision, p_lat double precision,
  p_reported text default '2025-10-03T09:15:00+08:00')
returns jsonb language sql as $$
  select jsonb_build_object('row_no', p_row, 'ref', p_ref, 'category', 'heating', 'source', 'hotline', 'status', p_status,
    'title', '暖气不热', 'description', '家里暖气不热', 'lon', p_lon, 'lat', p_lat, 'address', '柳巷3号',
    'reported_at', p_reported, 'resolved_at', '2025-10-04T10:00:00+08:00', 'reporter_name', '张先生', 'reporter_phone', '13912345678')
$$;
create temp table ibatch on commit drop as select jsonb_build_array(
  pg_temp.inc(2, 'hotline:T-1', 'resolved', (select lon from fx), (select lat from fx)),
  pg_temp.inc(3, 'hotline:T-2', 'accepted', (select other_lon from fx), (select other_lat from fx)),
  pg_temp.inc(4, 'hotline:T-3', 'accepted', 100.0, 20.0),
  pg_temp.inc(5, 'hotline:T-4', 'mystery', (select lon from fx), (select lat from fx))) rows;
grant select on ibatch to anon, authenticated;
select tests.wf_as('community_admin');
insert into seen select 'inc', * from public.import_incidents((select rows from ibatch));
select tests.is((select string_agg(format('%s:%s:%s', row_no, result, coalesce(reason, '-')), ' ' order by row_no) from seen where step = 'inc'),
  '2:inserted:- 3:refused:out_of_scope 4:refused:outside_district 5:refused:unknown_status',
  'acting as community admin: a ticket in the community is imported; other community, outside the district, unknown status refused');
select tests.act_as_owner();
select tests.is((select concat_ws('|', i.status, i.source, i.reported_at = '2025-10-03T09:15:00+08:00', i.resolved_at = '2025-10-04T10:00:00+08:00',
                   i.accepted_at = i.reported_at, i.closed_at is null, i.grid_id = any (select id from public.grids where path @> array[(select grid_id from fx)]),
                   i.reporter_phone)
                 from public.incidents i where external_ref = 'hotline:T-1'),
  'resolved|hotline|t|t|t|t|t|13912345678', 'the imported ticket keeps its status and times, lands in its grid');
select tests.is((select string_agg(concat_ws('|', e.kind, e.to_status, e.at = '2025-10-03T09:15:00+08:00', e.note, e.actor_name), ';')
                 from public.incident_events e join public.incidents i on i.id = e.incident_id where i.external_ref = 'hotline:T-1'),
  'created|resolved|t|导入：hotline:T-1|社区 测试', 'its timeline has one event: created at the reported time, in its imported status, by the importer');

select tests.wf_as('community_admin');
insert into seen select 'inc-again', * from public.import_incidents((select rows from ibatch) - 1 - 1 - 1);
insert into seen select 'inc-closed', * from public.import_incidents(jsonb_build_array(
  pg_temp.inc(2, 'hotline:T-1', 'closed', (select lon from fx), (select lat from fx))));
select tests.is((select string_agg(step || ':' || result, ' ' order by step) from seen where step like 'inc-%'),
  'inc-again:unchanged inc-closed:updated', 'acting as community admin: the same ticket again is unchanged; a new status updates it');
select tests.is((select concat_ws('|', e.kind, e.from_status, e.to_status) from public.incident_events e join public.incidents i on i.id = e.incident_id
                 where i.external_ref = 'hotline:T-1' and e.kind = 'status'), 'status|resolved|closed', 'the update is on the timeline');

-- A row the checks cannot read (a malformed time) fails the batch; then each row goes alone and only it is refused.
insert into seen select 'fallback', * from public.import_incidents(jsonb_build_array(
  pg_temp.inc(2, 'hotline:T-5', 'pending', (select lon from fx), (select lat from fx)),
  pg_temp.inc(3, 'hotline:T-6', 'pending', (select lon from fx), (select lat from fx), 'not a time')));
select tests.is((select string_agg(format('%s:%s', row_no, result), ' ' order by row_no) from seen where step = 'fallback'),
  '2:inserted 3:refused', 'acting as community admin: one unreadable row does not sink the batch');

-- Exports: who may, the filters, masked phones.
select tests.wf_as('department_staff');
select tests.throws('select * from public.export_households()', 'error.export_households_forbidden', 'acting as department staff: never gets households');
select tests.ok((select count(*) > 0 from public.export_incidents()), 'acting as department staff: exports the incidents they can read');
select tests.wf_as('resident');
select tests.throws('select * from public.export_incidents()', 'error.export_forbidden', 'acting as resident: may not export');
select tests.wf_as('grid_worker');
select tests.is((select count(*)::integer from public.export_households((select grid_id from fx))),
  (select count(*)::integer from public.households h join public.grids g on g.id = h.grid_id where g.path @> array[(select grid_id from fx)]),
  'acting as grid worker: the export holds every household of their grid');
select tests.is((select count(*)::integer from public.export_households()), (select count(*)::integer from public.households),
  'acting as grid worker: and nothing beyond what they may read');
select tests.ok((select bool_and(phone_masked ~ '^1[0-9]{2}\*{4}[0-9]{4}$') from public.export_households() where phone_masked is not null),
  'acting as grid worker: phone numbers are masked');
select tests.ok((select bool_and(tags @> '{elderly_alone}') and count(*) > 0 from public.export_households(null, '{elderly_alone}')),
  'acting as grid worker: the tag filter holds');
select tests.wf_as('grid_leader');
select tests.is((select count(*)::integer from public.export_incidents((select grid_id from fx), '{resolved,closed}', '{heating,drain_blocked}', null, null,
                   '2025-01-01', '2026-12-31')),
  (select count(*)::integer from public.incidents i join public.grids g on g.id = i.grid_id where g.path @> array[(select grid_id from fx)]
     and i.status in ('resolved', 'closed') and i.category in ('heating', 'drain_blocked')
     and i.reported_at >= '2025-01-01T00:00:00+08:00' and i.reported_at < '2027-01-01T00:00:00+08:00'),
  'acting as grid leader: the incident export honours grid, status, category and dates');
select tests.ok((select count(*) > 0 and bool_and(overdue) from public.export_incidents(null, null, null, null, null, null, null, true)),
  'acting as grid leader: overdue only gives overdue incidents');

-- Open311: public fields, no sensitive category, for anyone.
select tests.act_as_anon();
select tests.ok((select jsonb_array_length(public.open311_requests()) > 0), 'acting as anon: reads the Open311 feed');
select tests.is((select count(*)::integer from jsonb_array_elements(public.open311_requests(null, null, null, null, null, 10000)) r
                 where r ->> 'service_code' in (select code from public.incident_categories where sensitive) or r ? 'reporter_name'
                   or r::text like '%1391234%'), 0, 'acting as anon: no sensitive category, no reporter in the feed');
select tests.is((select string_agg(s ->> 'service_code', ',') from jsonb_array_elements(public.open311_services()) s
                 where s ->> 'service_code' in ('dispute', 'public_order')), null, 'acting as anon: services.json lists public categories only');
select tests.wf_as('district_admin');
select tests.ok((select count(*) = 0 from jsonb_array_elements(public.open311_requests(null, null, '{dispute}'))),
  'acting as district admin: the public feed leaves sensitive categories out for staff too');

-- Round trip: our feed imported back gives incidents equal to the ones exported (new ones: their refs are new here;
-- timelines are append-only, so the originals cannot be deleted first).
create temp table feed on commit drop as select public.open311_requests((select grid_id from fx), null, '{heating,roof_leak}', null, null, 8) doc;
select tests.act_as_owner();
create temp table original on commit drop as
select i.category, i.source, i.status, i.title, i.description, i.address, i.reported_at, i.resolved_at,
  round(extensions.st_x(i.location)::numeric, 6) lon, round(extensions.st_y(i.location)::numeric, 6) lat
from public.incidents i where 'gridgov-' || i.id in (select r ->> 'service_request_id' from feed, jsonb_array_elements(doc) r);
grant select on feed to anon, authenticated;
select tests.wf_as('district_admin');
-- What src/lib/open311.ts makes of each request of our own feed.
insert into seen select 'roundtrip', * from public.import_incidents((
  select jsonb_agg(jsonb_build_object('row_no', n, 'ref', 'open311:' || (r ->> 'service_request_id'), 'category', r ->> 'service_code',
    'source', r #>> '{extended_attributes,source}', 'status', r #>> '{extended_attributes,status}', 'title', r #>> '{extended_attributes,title}',
    'description', r ->> 'description', 'lon', r -> 'long', 'lat', r -> 'lat', 'address', r ->> 'address',
    'reported_at', r ->> 'requested_datetime', 'resolved_at', r #>> '{extended_attributes,resolved_datetime}',
    'closed_at', case when r #>> '{extended_attributes,status}' = 'closed' then r ->> 'updated_datetime' end))
  from feed, jsonb_array_elements(doc) with ordinality x(r, n)));
select tests.is((select count(*)::integer from seen where step = 'roundtrip' and result = 'inserted'), 8, 'acting as district admin: every request of the feed imported');
select tests.act_as_owner();
select tests.is((select count(*)::integer from (
  select * from original except
  select i.category, i.source, i.status, i.title, i.description, i.address, i.reported_at, i.resolved_at,
    round(extensions.st_x(i.location)::numeric, 6), round(extensions.st_y(i.location)::numeric, 6)
  from public.incidents i where i.external_ref like 'open311:gridgov-%') d), 0, 'export → import gives the same incidents');
