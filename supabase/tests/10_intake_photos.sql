-- 10 Intake: reporting from a point, possible duplicates nearby, photos.

select tests.wf_setup();

create temp table fx on commit drop as
select extensions.st_x(tests.wf_point(tests.wf_grid())) lon, extensions.st_y(tests.wf_point(tests.wf_grid())) lat,
       (select count(*) from public.incidents) incidents_before;
grant select on fx to anon, authenticated;

create or replace function pg_temp.report(p_title text, p_description text, p_dlon double precision default 0,
  p_phone text default null, p_category text default 'drain_blocked')
returns text language sql as $$
  select format('select public.report_incident(%L, %L, %L, %L, %s, %s, %L, %L, %L)', p_category, 'wechat', p_title,
    p_description, (select lon from fx) + p_dlon, (select lat from fx), '测试地址', '测试人', p_phone)
$$;

select tests.wf_as('resident');
select tests.throws(pg_temp.report('', '下水道堵了'), 'error.title_required', 'acting as resident: an empty title is refused');
select tests.throws(pg_temp.report('下水道堵塞', '  '), 'error.description_required', 'acting as resident: an empty description is refused');
select tests.throws(pg_temp.report(repeat('标', 121), '描述'), 'error.title_too_long', 'acting as resident: a title over 120 characters is refused');
select tests.throws(pg_temp.report('下水道堵塞', '描述', 0, '12345'), 'error.bad_phone', 'acting as resident: a malformed phone is refused');
select tests.throws(pg_temp.report('下水道堵塞', '描述', 0, null, 'aliens'), 'error.unknown_category', 'acting as resident: an unknown category is refused');
select tests.throws(pg_temp.report('下水道堵塞', '描述', 5), 'error.point_outside_grids', 'acting as resident: a point outside the district is refused');
select tests.throws(format('select public.report_incident(%L, %L, %L, %L, null, null)', 'other', 'wechat', '标题', '描述'),
  'error.bad_location', 'acting as resident: no location is refused');
select tests.throws(format('select public.report_incident(%L, %L, %L, %L, 112.5, 37.8)', 'other', 'pigeon', '标题', '描述'),
  'error.unknown_source', 'acting as resident: an unknown source is refused');
select tests.throws(format('select public.report_incident(%L, %L, %L, %L, %s, %s)', 'other', 'patrol', '标题', '描述', (select lon from fx), (select lat from fx)),
  'error.patrol_staff_only', 'acting as resident: cannot file as a grid worker''s patrol');
select tests.act_as_owner();
select tests.is((select count(*) from public.incidents), (select incidents_before from fx), 'nothing was filed by the refused reports');

select tests.wf_as('resident');
create temp table filed on commit drop as select public.report_incident('drain_blocked', 'wechat', ' 3号楼下水道堵塞 ', '一楼返水',
  (select lon from fx), (select lat from fx), '测试地址', '测试人', '139-0000-1234') id;
grant select on filed to anon, authenticated;
select tests.act_as_owner();
select tests.is((select concat_ws('|', i.status, i.title, i.grid_id = private.grid_for_point(i.location), i.reporter_id = tests.wf_user('resident'),
    i.reporter_phone, i.due_at = i.reported_at + interval '48 hours')
  from public.incidents i where i.id = (select id from filed)), 'pending|3号楼下水道堵塞|t|t|13900001234|t',
  'filed as pending in the grid under the point, by the resident, phone cleaned, due in 48 h');
select tests.is((select concat_ws('|', kind, to_status, actor_name is null) from public.incident_events where incident_id = (select id from filed)),
  'created|pending|t', 'one creation event, without the resident''s name');
select tests.wf_as('grid_worker');
select tests.lives(format('select public.report_incident(%L, %L, %L, %L, %s, %s)', 'other', 'patrol', '路灯不亮', '巡查发现', (select lon from fx), (select lat from fx)),
  'acting as grid worker: files a patrol report');
select tests.act_as_anon();
select tests.throws(pg_temp.report('下水道堵塞', '描述'), '%permission denied%', 'acting as anon: reporting needs an account');

-- Possible duplicates: same category, open, within 50 m — and not 80 m away.
select tests.wf_as('other_resident');
select tests.ok((select (select id from filed) in (select id from public.nearby_open_incidents((select lon from fx), (select lat from fx), 'drain_blocked'))),
  'acting as a neighbour: the report at the same point is offered as a duplicate');
select tests.ok((select (select id from filed) in (select id from public.nearby_open_incidents(
    (select lon from fx) + 40 / (111320 * cos(radians((select lat from fx)))), (select lat from fx), 'drain_blocked'))),
  'acting as a neighbour: 40 m away it is still offered');
select tests.ok((select (select id from filed) not in (select id from public.nearby_open_incidents(
    (select lon from fx) + 80 / (111320 * cos(radians((select lat from fx)))), (select lat from fx), 'drain_blocked'))),
  'acting as a neighbour: 80 m away it is not');
select tests.ok((select (select id from filed) not in (select id from public.nearby_open_incidents((select lon from fx), (select lat from fx), 'heating'))),
  'acting as a neighbour: another category is not a duplicate');
select tests.ok((select abs(distance_m - 40) < 0.5 from public.nearby_open_incidents(
    (select lon from fx) + 40 / (111320 * cos(radians((select lat from fx)))), (select lat from fx), 'drain_blocked')
  where id = (select id from filed)), 'acting as a neighbour: the distance is measured on the ground (≈ 40 m)');
select tests.ok((select bool_and(distance_m >= coalesce(prev, 0)) from (
  select distance_m, lag(distance_m) over (order by ordinality) prev
  from public.nearby_open_incidents((select lon from fx), (select lat from fx), 'drain_blocked', 1000) with ordinality) x),
  'acting as a neighbour: nearest first');
select tests.throws(format('select * from public.nearby_open_incidents(%s, %s, %L, 5000)', (select lon from fx), (select lat from fx), 'drain_blocked'),
  'error.nearby_radius', 'acting as a neighbour: a 5 km search is refused');

-- Photos: '<incident id>/<uuid>.<ext>', JPEG/PNG/WebP, at most 5 MB, six per incident, reporter or staff in scope.
create or replace function pg_temp.photo(p_path text, p_mime text default 'image/jpeg', p_bytes integer default 200000)
returns text language sql as $$
  select format('select public.incident_add_photo(%s, %L, %L, %s, 1280, 960)', (select id from filed), p_path, p_mime, p_bytes)
$$;
create or replace function pg_temp.path(p_ext text default 'jpg', p_n integer default 1)
returns text language sql as $$
  select (select id from filed) || '/0e3f7d1e-0000-4000-8000-' || lpad(p_n::text, 12, '0') || '.' || p_ext
$$;

select tests.wf_as('resident');
select tests.wf_refused((select id from filed), pg_temp.photo(pg_temp.path('gif'), 'image/gif'), 'error.photo_type',
  'acting as the reporter: a GIF is refused');
select tests.wf_refused((select id from filed), pg_temp.photo(pg_temp.path('pdf'), 'application/pdf'), 'error.photo_type',
  'acting as the reporter: a PDF is refused');
select tests.wf_refused((select id from filed), pg_temp.photo(pg_temp.path(), 'image/jpeg', 5242881), 'error.photo_too_large',
  'acting as the reporter: a photo over 5 MB is refused');
select tests.wf_refused((select id from filed), pg_temp.photo(pg_temp.path('png')), 'error.photo_path',
  'acting as the reporter: a .png path for a JPEG is refused');
select tests.wf_refused((select id from filed), pg_temp.photo('1/0e3f7d1e-0000-4000-8000-000000000001.jpg'), 'error.photo_path',
  'acting as the reporter: a path under another incident is refused');
select tests.wf_refused((select id from filed), pg_temp.photo('../x.jpg'), 'error.photo_path',
  'acting as the reporter: a path that is not <incident>/<uuid>.<ext> is refused');
select tests.lives(pg_temp.photo(pg_temp.path()), 'acting as the reporter: attaches a JPEG');
select tests.wf_as('other_resident');
select tests.wf_refused((select id from filed), pg_temp.photo(pg_temp.path('jpg', 2)), 'error.photo_forbidden',
  'acting as another resident: cannot add photos to someone else''s report');
select tests.wf_as('outside_worker');
select tests.wf_refused((select id from filed), pg_temp.photo(pg_temp.path('jpg', 2)), 'error.photo_forbidden',
  'acting as another grid''s worker: cannot add photos');
select tests.wf_as('grid_worker');
select tests.lives(pg_temp.photo(pg_temp.path('webp', 2), 'image/webp'), 'acting as grid worker: attaches a WebP');
select tests.lives(pg_temp.photo(pg_temp.path('png', 3), 'image/png'), 'acting as grid worker: attaches a PNG');
select tests.lives(pg_temp.photo(pg_temp.path('jpg', 4)), 'acting as grid worker: a fourth');
select tests.lives(pg_temp.photo(pg_temp.path('jpg', 5)), 'acting as grid worker: a fifth');
select tests.lives(pg_temp.photo(pg_temp.path('jpg', 6)), 'acting as grid worker: a sixth');
select tests.wf_refused((select id from filed), pg_temp.photo(pg_temp.path('jpg', 7)), 'error.photo_limit',
  'acting as grid worker: a seventh photo is refused');
select tests.act_as_anon();
select tests.is((select jsonb_array_length(public.incident_detail((select id from filed)) -> 'photos')), 6,
  'acting as anon: the six photos of a public incident are listed');
select tests.is((select count(*) from public.incident_events where incident_id = (select id from filed) and kind = 'photo'), 6::bigint,
  'acting as anon: each photo is in the timeline');
select tests.act_as_owner();

-- What the storage policies (Supabase Storage, bucket incident-photos) decide with.
select tests.is(private.photo_incident_id('12/0e3f7d1e-0000-4000-8000-000000000001.jpg'), 12::bigint,
  'storage: the first folder of an object path is its incident');
select tests.is(private.photo_incident_id('x/0e3f7d1e.jpg'), null::bigint, 'storage: a path without an incident id names none');
select tests.is(private.photo_incident_id('12/a/b.jpg'), null::bigint, 'storage: a deeper path names none');
select tests.wf_as('resident');
select tests.ok(private.may_attach_photo((select id from filed)), 'storage: acting as the reporter, may upload');
select tests.ok(private.may_see_incident((select id from filed)), 'storage: acting as the reporter, may read');
select tests.wf_as('other_resident');
select tests.ok(not private.may_attach_photo((select id from filed)), 'storage: acting as another resident, may not upload');
select tests.wf_as('grid_leader');
select tests.ok(private.may_attach_photo((select id from filed)), 'storage: acting as grid leader in scope, may upload');
select tests.act_as_owner();
