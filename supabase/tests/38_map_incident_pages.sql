-- 38 The map's pins page by page: walking the pages of map_incidents_page() gives exactly map_incidents(), in its
-- order (newest first, ties by id), for every kind of caller; a tie across a page boundary loses nothing.

create temp table fx on commit drop as
select g.id grid_id, '38000000-0000-4000-8000-000000000001'::uuid worker
from public.grids g where g.level = 'grid' order by g.code limit 1;
grant select on fx to anon, authenticated;
insert into auth.users (id, email) select worker, 'pages-worker@example.test' from fx;
insert into public.profiles (user_id, display_name, role, grid_id) select worker, '网格员', 'grid_worker', grid_id from fx;

-- Five incidents reported in the same instant, newer than any other: they fill the first pages of size 2.
insert into public.incidents (category, source, status, title, location, reported_at)
select 'sanitation', 'visit', 'pending', '同一时刻 ' || n, extensions.st_setsrid(extensions.st_makepoint(112.55, 37.80), 4326),
       now() + interval '1 day'
from generate_series(1, 5) n;

-- Every id, page after page, with pages of p_size; and how many pages were shorter than p_size (only the last may be).
create function pg_temp.walk(p_size integer, p_max_pages integer default null)
returns table (ids bigint[], short_pages bigint)
language sql
as $$
  with recursive pages(n, page) as (
    select 1, public.map_incidents_page(null, null, p_size)
    union all
    select n + 1, public.map_incidents_page((page -> -1 ->> 'reported_at')::timestamptz, (page -> -1 ->> 'id')::bigint, p_size)
    from pages
    where json_array_length(page) = p_size and (p_max_pages is null or n < p_max_pages)
  )
  select (select array_agg((e ->> 'id')::bigint order by n, k) from pages, json_array_elements(page) with ordinality e(e, k)),
         (select count(*) from pages where json_array_length(page) < p_size)
$$;

create function pg_temp.all_ids()
returns bigint[]
language sql
as $$ select array_agg(m.id order by m.ordinality) from public.map_incidents() with ordinality m $$;

select tests.is((select ids from pg_temp.walk(700)), pg_temp.all_ids(), 'as the owner: the pages of 700 give map_incidents(), in order');
select tests.is((select short_pages from pg_temp.walk(700)), 1::bigint, 'as the owner: only the last page is short');
select tests.is(pg_temp.all_ids(), (select array_agg(id order by reported_at desc, id desc) from public.map_incidents()),
  'map_incidents() lists the newest first, ties by id');
select tests.is((select ids from pg_temp.walk(2, 3)), (pg_temp.all_ids())[1:6],
  'pages of 2 through five pins of one instant: none lost, none twice');
select tests.is((select array_agg(k order by k) from json_object_keys(public.map_incidents_page(null, null, 1) -> 0) k),
  (select array_agg(k order by k) from json_object_keys(public.map_incidents_json() -> 0) k),
  'a page''s pins carry the same fields as map_incidents_json()');
select tests.is(json_array_length(public.map_incidents_page(null, null, null)), json_array_length(public.map_incidents_json()),
  'no limit: one page holds every pin');

select tests.act_as_anon();
select tests.is((select ids from pg_temp.walk(700)), pg_temp.all_ids(), 'acting as anon: the pages give what map_incidents() gives');
select tests.is((select count(*) from json_array_elements(public.map_incidents_page(null, null, null)) e
                 join public.incident_categories k on k.code = e ->> 'category' and k.sensitive), 0::bigint,
  'acting as anon: no page holds a sensitive incident');

select tests.act_as((select worker from fx));
select tests.is((select ids from pg_temp.walk(500)), pg_temp.all_ids(), 'acting as a grid worker: the pages give what map_incidents() gives');

select tests.act_as_owner();
