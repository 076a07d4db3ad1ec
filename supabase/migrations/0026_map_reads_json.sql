-- 0026 The map's bulk reads as one JSON value each. The embedded database (PGlite) hands every column of every
-- row to JavaScript one by one; for the 5,000 pins that took 1–3 s in the browser, while the same rows as one
-- json value, parsed by JSON.parse, take a third of that (measured in the same run). Over PostgREST the answer is
-- JSON either way. The row-returning functions stay: they are the API's readable form and what the tests query.

create or replace function public.map_incidents_json()
returns json
language sql
stable
set search_path = ''
as $$
  select coalesce(json_agg(m), '[]'::json) from public.map_incidents() m
$$;
comment on function public.map_incidents_json() is
  'map_incidents() as one JSON array (same fields, same order, same row level security): the map''s pin load.';

create or replace function public.map_courtyards_json()
returns json
language sql
stable
set search_path = ''
as $$
  select coalesce(json_agg(m), '[]'::json) from public.map_courtyards() m
$$;
comment on function public.map_courtyards_json() is
  'map_courtyards() as one JSON array (same fields, same order): the courtyard layer''s load.';

select private.grant_execute(array['public.map_incidents_json()', 'public.map_courtyards_json()'], true);
