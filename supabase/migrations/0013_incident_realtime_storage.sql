-- 0013 Changes reach open browsers, and photos have a home.
-- Embedded mode (PGlite) LISTENs on incidents_changed; a Supabase project streams the table through Realtime.
-- The photo bucket and its policies exist only where Supabase Storage does.

create or replace function private.incidents_notify()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.bulk_loading() then
    perform pg_notify('incidents_changed', new.id::text);
  end if;
  return null;
end
$$;
comment on function private.incidents_notify() is
  'Tells listeners (the embedded backend) which incident was created or changed; silent during bulk loads.';

create trigger incidents_notify
  after insert or update on public.incidents
  for each row execute function private.incidents_notify();

do $$
begin
  if exists (select 1 from pg_publication where pubname = 'supabase_realtime')
     and not exists (select 1 from pg_publication_tables
                     where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = 'incidents') then
    alter publication supabase_realtime add table public.incidents;
  end if;
end
$$;

-- The first folder of a photo's object path is its incident's id: '<incident id>/<uuid>.jpg'.
create or replace function private.photo_incident_id(p_name text)
returns bigint
language sql
immutable
set search_path = ''
as $$
  select case when p_name ~ '^[0-9]{1,18}/[^/]+$' then split_part(p_name, '/', 1)::bigint end
$$;
comment on function private.photo_incident_id(text) is
  'Incident id named by a photo object''s path, or null when the path does not start with one.';

create or replace function private.may_see_incident(p_id bigint)
returns boolean
language sql
stable
set search_path = ''
as $$
  select exists (select 1 from public.incidents i where i.id = p_id)
$$;
comment on function private.may_see_incident(bigint) is
  'Whether the caller can see the incident (security invoker: row level security decides). For storage policies.';

select private.grant_execute(array['private.photo_incident_id(text)', 'private.may_see_incident(bigint)'], true);

do $$
begin
  if to_regclass('storage.buckets') is null or to_regclass('storage.objects') is null then
    return;
  end if;
  insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
  values ('incident-photos', 'incident-photos', false, 5242880, array['image/jpeg', 'image/png', 'image/webp'])
  on conflict (id) do nothing;

  create policy "Incident photos are visible with their incident" on storage.objects for select
    using (bucket_id = 'incident-photos' and private.may_see_incident(private.photo_incident_id(name)));
  create policy "Reporters and staff in scope add incident photos" on storage.objects for insert to authenticated
    with check (bucket_id = 'incident-photos' and private.may_attach_photo(private.photo_incident_id(name)));
  create policy "Reporters and staff in scope replace incident photos" on storage.objects for update to authenticated
    using (bucket_id = 'incident-photos' and private.may_attach_photo(private.photo_incident_id(name)))
    with check (bucket_id = 'incident-photos' and private.may_attach_photo(private.photo_incident_id(name)));
  create policy "Reporters and staff in scope remove incident photos" on storage.objects for delete to authenticated
    using (bucket_id = 'incident-photos' and private.may_attach_photo(private.photo_incident_id(name)));
end
$$;
