-- 0034 A fingerprint of grids_geojson(), so a browser holding a copy of it can tell whether it is still current.
-- The embedded demo paints the map from a static grids.json built from the same database, then used to replace it
-- with the database's own answer a few seconds later in every visit: a large JSON answer parsed, re-tiled and
-- re-labelled on the main thread just when people start clicking, almost always to draw the same grids again. Now
-- the page compares this digest with the one stored in grids.json and asks for the grids only when they differ.

create or replace function public.grids_geojson_digest()
returns text
language sql
stable
set search_path = pg_catalog, public, extensions
as $$
  select md5(public.grids_geojson()::text)
$$;
comment on function public.grids_geojson_digest() is
  'MD5 of grids_geojson() as the caller sees it: equal digests mean an identical grid map (geometry, names, leaders).';

revoke all on function public.grids_geojson_digest() from public;
grant execute on function public.grids_geojson_digest() to anon, authenticated, service_role;
