-- 01 Schema conventions every later migration must keep.

select tests.is(
  (select count(*)::int from pg_tables where schemaname = 'public' and not rowsecurity), 0,
  'row level security is enabled on every public table');

select tests.is(
  (select string_agg(c.relname, ', ') from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind = 'r' and obj_description(c.oid, 'pg_class') is null), null,
  'every public table has a comment');

select tests.is(
  (select string_agg(p.proname, ', ') from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname in ('public', 'private') and obj_description(p.oid, 'pg_proc') is null), null,
  'every public and private function has a comment');

select tests.is(
  (select string_agg(p.proname, ', ') from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname = 'public' and p.prosecdef), null,
  'no security definer function in the exposed public schema');

select tests.ok(
  (select extnamespace::regnamespace::text = 'extensions' from pg_extension where extname = 'postgis'),
  'PostGIS is installed in the extensions schema');

select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-000000000abc","role":"authenticated"}', true);
select tests.is(auth.uid(), '00000000-0000-4000-8000-000000000abc'::uuid, 'auth.uid() reads the sub claim of the request');
select tests.is(auth.jwt() ->> 'role', 'authenticated', 'auth.jwt() returns the request claims');
select set_config('request.jwt.claims', '', true);
select tests.is(auth.uid(), null::uuid, 'auth.uid() is null without claims');

select tests.is(
  (select string_agg(code, ',' order by sort) from public.incident_statuses),
  'pending,accepted,dispatched,coordinating,resolved,closed,returned,rejected',
  'the eight incident statuses exist in workflow order');
