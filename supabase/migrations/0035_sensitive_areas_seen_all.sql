-- 0035 Sensitive incident areas: nothing to count for a viewer who sees every sensitive incident as a pin.
-- A street admin sees them all, yet the areas query still grouped every sensitive incident into cells only to leave
-- each one out again: a tenth of a second in the browser's database, in the burst of loads that follows its start.
-- Comparing the caller's count with the total first answers that case at once. The category list is read once per
-- query (an InitPlan), not once per incident: called per row, it was most of the query's time.

create or replace function private.sensitive_incident_cells(p_except bigint[])
returns table (lon double precision, lat double precision, category text, incidents integer, open integer)
language sql
stable
security definer
set search_path = ''
as $$
  -- Cells of 0.005° (about 555 m north–south, 440 m east–west here); the centre of the cell, not any incident's point.
  select (floor(extensions.st_x(i.location) / 0.005) + 0.5) * 0.005,
         (floor(extensions.st_y(i.location) / 0.005) + 0.5) * 0.005,
         i.category, count(*)::integer, (count(*) filter (where st.is_open))::integer
  from public.incidents i
  join public.incident_statuses st on st.code = i.status
  -- An anti-join, not "id <> all (p_except)": a street admin's list holds every sensitive incident, and comparing
  -- each with each took 0.6 s in the browser.
  left join unnest(p_except) seen (id) on seen.id = i.id
  where i.category = any ((select private.sensitive_categories())::text[]) and seen.id is null
  group by 1, 2, 3
  order by 3, 1, 2
$$;
comment on function private.sensitive_incident_cells(bigint[]) is
  'Incidents of sensitive categories, less p_except, as counts per category and cell of about 500 m. Security '
  'definer because it counts exactly the rows row level security hides from the caller; what it returns is only '
  'cell centres and counts, whatever p_except holds.';

create or replace function private.sensitive_incident_total()
returns bigint
language sql
stable
security definer
set search_path = ''
as $$
  select count(*) from public.incidents i where i.category = any ((select private.sensitive_categories())::text[])
$$;
comment on function private.sensitive_incident_total() is
  'How many incidents of sensitive categories exist (security definer: row level security hides some from the '
  'caller); only the number, to tell whether the caller sees them all.';

create or replace function public.sensitive_incident_areas()
returns table (lon double precision, lat double precision, category text, incidents integer, open integer)
language sql
stable
set search_path = ''
as $$
  -- What the caller sees exactly (row level security decides, this function is security invoker) is drawn as
  -- pins, so it is left out of the areas; when that is everything, there are no areas.
  with seen as (
    select array(select v.id from public.incidents v where v.category = any ((select private.sensitive_categories())::text[])) ids
  )
  select c.*
  from seen, private.sensitive_incident_cells(seen.ids) c
  where cardinality(seen.ids) < private.sensitive_incident_total()
$$;
comment on function public.sensitive_incident_areas() is
  'Incidents of sensitive categories the caller may not see, as counts per category in cells of about 500 m '
  '(cell centre, total and open); nothing that names or pins one incident. Empty for a caller who sees them all.';

select private.grant_execute(array['private.sensitive_incident_total()'], true);
