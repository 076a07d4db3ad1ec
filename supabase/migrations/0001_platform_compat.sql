-- 0001 Platform compatibility.
-- The same migrations run on a hosted Supabase project, on `supabase start`, on a plain PostgreSQL + PostGIS
-- server (tests) and on PGlite in the browser. Supabase already provides the roles, the auth schema and its
-- helper functions; everywhere else we create minimal stand-ins, and only where they are missing, so that
-- nothing here fights the platform's own objects.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
end
$$;

-- PostGIS lives in `extensions`, as on Supabase, so that its hundreds of functions stay out of the API schema.
create schema if not exists extensions;
grant usage on schema extensions to anon, authenticated, service_role;
create extension if not exists postgis schema extensions;

-- New sessions (and the roles PostgREST switches to) find PostGIS without schema prefixes.
do $$
begin
  execute format('alter database %I set search_path = "$user", public, extensions', current_database());
end
$$;
set search_path = "$user", public, extensions;

create schema if not exists auth;
grant usage on schema auth to anon, authenticated, service_role;

-- Stand-in for Supabase's auth.users: same name and the columns our tables and seed rely on.
create table if not exists auth.users (
  id uuid primary key,
  email text unique,
  phone text,
  raw_app_meta_data jsonb not null default '{}'::jsonb,
  raw_user_meta_data jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);

-- auth.jwt(), auth.uid() and auth.role() read the claims PostgREST (or our embedded backend) puts in
-- `request.jwt.claims` for the current request, exactly like Supabase's own definitions.
do $$
begin
  if to_regprocedure('auth.jwt()') is null then
    execute $f$
      create function auth.jwt() returns jsonb language sql stable as $b$
        select coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb
      $b$;
      comment on function auth.jwt() is 'Claims of the current request''s JWT (stand-in for Supabase).';
    $f$;
  end if;
  if to_regprocedure('auth.uid()') is null then
    execute $f$
      create function auth.uid() returns uuid language sql stable as $b$
        select nullif(auth.jwt() ->> 'sub', '')::uuid
      $b$;
      comment on function auth.uid() is 'User id (sub claim) of the current request (stand-in for Supabase).';
    $f$;
  end if;
  if to_regprocedure('auth.role()') is null then
    execute $f$
      create function auth.role() returns text language sql stable as $b$
        select auth.jwt() ->> 'role'
      $b$;
      comment on function auth.role() is 'Database role claim of the current request (stand-in for Supabase).';
    $f$;
  end if;
end
$$;

grant usage on schema public to anon, authenticated, service_role;

-- Helpers that policies call live here: not exposed through the API, fixed search_path.
create schema if not exists private;
grant usage on schema private to anon, authenticated, service_role;
comment on schema private is 'Helper functions used by RLS policies and triggers; not exposed through the API.';
