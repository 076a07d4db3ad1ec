-- 37 The grid map's digest: the MD5 of grids_geojson() as the caller sees it, so a static copy can be checked for
-- staleness; it changes when a grid's name changes and comes back when the change is undone.

create temp table d0 on commit drop as select public.grids_geojson_digest() digest, md5(public.grids_geojson()::text) direct;
grant select on d0 to anon, authenticated;
select tests.is((select digest from d0), (select direct from d0), 'the digest is the MD5 of grids_geojson()');
select tests.is((select length(digest) from d0), 32, 'the digest is 32 hex digits');

select tests.act_as_anon();
select tests.is(public.grids_geojson_digest(), md5(public.grids_geojson()::text), 'acting as anon: the digest of what anon sees');

reset role;
update public.grids set name = name || '（改）' where code = (select min(code) from public.grids where level = 'unit');
select tests.ok(public.grids_geojson_digest() <> (select digest from d0), 'a renamed grid changes the digest');
update public.grids set name = left(name, length(name) - 3) where code = (select min(code) from public.grids where level = 'unit');
select tests.is(public.grids_geojson_digest(), (select digest from d0), 'undoing the rename gives the same digest back');
