-- 31 Visit photos: grid staff in scope attach up to three photos to a visit, each stored under the visit's own folder
-- (<household>/<visit client id>/<uuid>.<ext>); a path of another visit, a household outside the caller's grids, a
-- wrong type or size is refused; a photo sent again counts once; the record lists them; only who sees the household
-- sees them.

select tests.wf_setup();
create temp table fx on commit drop as
select (select h.id from public.households h join public.grids g on g.id = h.grid_id
        where g.path @> array[tests.wf_grid()] and h.status = 'active' order by h.id limit 1) hh,
       '7a1f0a52-4c3e-4b8e-9d1e-00000000f001'::uuid c1, '7a1f0a52-4c3e-4b8e-9d1e-00000000f002'::uuid c2,
       '7a1f0a52-4c3e-4b8e-9d1e-00000000f003'::uuid c3;
grant select on fx to anon, authenticated;

-- A photo path in a visit's folder: n makes the file name unique.
create or replace function pg_temp.path(p_visit uuid, n int, p_ext text default 'jpg', p_household bigint default null)
returns text language sql stable as $$
  select coalesce(p_household, (select hh from fx)) || '/' || p_visit || '/0e3f7d1e-0000-4000-8000-' || lpad(n::text, 12, '0') || '.' || p_ext
$$;
create or replace function pg_temp.add(p_visit uuid, p_path text, p_mime text default 'image/jpeg', p_bytes int default 240000)
returns text language sql stable as $$
  select format('select public.visit_add_photo(%L, %L, %L, %s, 1200, 900)', p_visit, p_path, p_mime, p_bytes)
$$;

select tests.wf_as('grid_worker');
select tests.lives(format('select public.record_visit(%L, %s, private.today(), %L, %L)', (select c1 from fx), (select hh from fx),
  'home', '楼道灯坏了'), 'acting as grid worker: records a visit');
select tests.lives(format('select public.record_visit(%L, %s, private.today(), %L)', (select c2 from fx), (select hh from fx), 'phone'),
  'acting as grid worker: records a second visit');
select tests.throws(pg_temp.add((select c3 from fx), pg_temp.path((select c3 from fx), 1)), 'error.visit_not_found',
  'acting as grid worker: a photo of a visit that was never saved is refused');

-- Bad input: refused, nothing stored.
select tests.throws(pg_temp.add((select c1 from fx), pg_temp.path((select c2 from fx), 1)), 'error.photo_path',
  'acting as grid worker: a path in another visit''s folder is refused');
select tests.throws(pg_temp.add((select c1 from fx), pg_temp.path((select c1 from fx), 1, 'jpg', (select hh from fx) + 1)), 'error.photo_path',
  'acting as grid worker: a path in another household''s folder is refused');
select tests.throws(pg_temp.add((select c1 from fx), (select hh from fx) || '/0e3f7d1e-0000-4000-8000-000000000001.jpg'), 'error.photo_path',
  'acting as grid worker: a path outside any visit folder is refused');
select tests.throws(pg_temp.add((select c1 from fx), pg_temp.path((select c1 from fx), 1, 'png')), 'error.photo_path',
  'acting as grid worker: a JPEG stored as .png is refused');
select tests.throws(pg_temp.add((select c1 from fx), pg_temp.path((select c1 from fx), 1, 'gif'), 'image/gif'), 'error.photo_type',
  'acting as grid worker: a GIF is refused');
select tests.throws(pg_temp.add((select c1 from fx), pg_temp.path((select c1 from fx), 1), 'image/jpeg', 6000000), 'error.photo_too_large',
  'acting as grid worker: a photo over 5 MB is refused');
select tests.wf_as('outside_worker');
select tests.throws(pg_temp.add((select c1 from fx), pg_temp.path((select c1 from fx), 1)), 'error.visit_photo_forbidden',
  'acting as another grid''s worker: a household outside their grids is refused');
select tests.wf_as('department_staff');
select tests.throws(pg_temp.add((select c1 from fx), pg_temp.path((select c1 from fx), 1)), 'error.visit_photo_forbidden',
  'acting as department staff: refused');
select tests.act_as_anon();
select tests.throws(pg_temp.add((select c1 from fx), pg_temp.path((select c1 from fx), 1)), '%permission denied%', 'acting as anon: refused');
select tests.act_as_owner();
select tests.is((select count(*) from public.visit_photos), 0::bigint, 'no refused photo was stored');

-- Three photos, one of them sent twice; a fourth is refused.
select tests.wf_as('grid_worker');
select tests.lives(pg_temp.add((select c1 from fx), pg_temp.path((select c1 from fx), 1)), 'acting as grid worker: attaches a JPEG');
select tests.lives(pg_temp.add((select c1 from fx), pg_temp.path((select c1 from fx), 1)), 'acting as grid worker: the same photo sent again');
select tests.lives(pg_temp.add((select c1 from fx), pg_temp.path((select c1 from fx), 2, 'webp'), 'image/webp'), 'acting as grid worker: a WebP');
select tests.wf_as('grid_leader');
select tests.lives(pg_temp.add((select c1 from fx), pg_temp.path((select c1 from fx), 3, 'png'), 'image/png'),
  'acting as grid leader in scope: a PNG on the worker''s visit');
select tests.throws(pg_temp.add((select c1 from fx), pg_temp.path((select c1 from fx), 4)), 'error.visit_photo_limit',
  'acting as grid leader: a fourth photo is refused');
select tests.act_as_owner();
select tests.is((select count(*) from public.visit_photos p join public.household_visits v on v.id = p.visit_id
                 where v.client_id = (select c1 from fx)), 3::bigint, 'three photos are stored, the resent one once');

-- Who sees them: the record lists them with the visit; row level security follows the household.
select tests.wf_as('grid_worker');
select tests.is((select v -> 'photos' from jsonb_array_elements(public.household_record((select hh from fx)) -> 'visits') v
                 where (v ->> 'id')::bigint = (select id from public.household_visits where client_id = (select c1 from fx))),
  jsonb_build_array('visit-photos/' || pg_temp.path((select c1 from fx), 1), 'visit-photos/' || pg_temp.path((select c1 from fx), 2, 'webp'),
    'visit-photos/' || pg_temp.path((select c1 from fx), 3, 'png')),
  'acting as grid worker: the record lists the visit''s photos in order');
select tests.is((select v -> 'photos' from jsonb_array_elements(public.household_record((select hh from fx)) -> 'visits') v
                 where (v ->> 'id')::bigint = (select id from public.household_visits where client_id = (select c2 from fx))),
  '[]'::jsonb, 'acting as grid worker: a visit without photos lists none');
select tests.is((select count(*) from public.visit_photos), 3::bigint, 'acting as grid worker: sees the three photos');
select tests.wf_as('community_admin');
select tests.is((select count(*) from public.visit_photos), 3::bigint, 'acting as community admin: sees them');
select tests.wf_as('outside_worker');
select tests.is((select count(*) from public.visit_photos), 0::bigint, 'acting as another grid''s worker: sees none');
select tests.wf_as('resident');
select tests.is((select count(*) from public.visit_photos), 0::bigint, 'acting as resident: sees none');
select tests.act_as_anon();
select tests.throws('select count(*) from public.visit_photos', '%permission denied%', 'acting as anon: refused');

-- What the storage policies (bucket visit-photos) decide with.
select tests.act_as_owner();
select tests.is(private.visit_photo_household_id(pg_temp.path((select c1 from fx), 1)), (select hh from fx),
  'storage: the first folder of a visit photo''s path is its household');
select tests.is(private.visit_photo_household_id('12/0e3f7d1e-0000-4000-8000-000000000001.jpg'), null::bigint,
  'storage: a path without a visit folder names none');
select tests.is(private.visit_photo_household_id('x/7a1f0a52-4c3e-4b8e-9d1e-00000000f001/a.jpg'), null::bigint,
  'storage: a path without a household id names none');
select tests.wf_as('grid_worker');
select tests.ok(private.may_add_visit_photo((select hh from fx)), 'storage: acting as grid worker in scope, may upload');
select tests.ok(private.may_see_household((select hh from fx)), 'storage: acting as grid worker in scope, may read');
select tests.wf_as('outside_worker');
select tests.ok(not private.may_add_visit_photo((select hh from fx)), 'storage: acting as another grid''s worker, may not upload');
select tests.ok(not private.may_see_household((select hh from fx)), 'storage: acting as another grid''s worker, may not read');
select tests.wf_as('resident');
select tests.ok(not private.may_add_visit_photo((select hh from fx)), 'storage: acting as resident, may not upload');
select tests.ok(not private.may_see_household((select hh from fx)), 'storage: acting as resident, may not read');
select tests.act_as_owner();
