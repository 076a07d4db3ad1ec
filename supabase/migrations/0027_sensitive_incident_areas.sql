-- 0027 Sensitive incidents (disputes, public order) in public: where, roughly, and how many — never which one.
-- Row level security keeps their rows from anyone outside the staff who handle them (0007). The public map still
-- ought to show that such work exists in an area, as the issue asks ("sensitive categories show only a rounded
-- location"): counts per category in cells of about 500 m, placed at the cell's centre, with no id, title, time or
-- reporter. A viewer who may see some of them exactly gets those as pins and only the rest as areas.

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
  where i.category = any (private.sensitive_categories()) and seen.id is null
  group by 1, 2, 3
  order by 3, 1, 2
$$;
comment on function private.sensitive_incident_cells(bigint[]) is
  'Incidents of sensitive categories, less p_except, as counts per category and cell of about 500 m. Security '
  'definer because it counts exactly the rows row level security hides from the caller; what it returns is only '
  'cell centres and counts, whatever p_except holds.';

create or replace function public.sensitive_incident_areas()
returns table (lon double precision, lat double precision, category text, incidents integer, open integer)
language sql
stable
set search_path = ''
as $$
  -- What the caller sees exactly (row level security decides, this function is security invoker) is drawn as
  -- pins, so it is left out of the areas.
  select c.*
  from private.sensitive_incident_cells(array(
    select v.id from public.incidents v where v.category = any (private.sensitive_categories()))) c
$$;
comment on function public.sensitive_incident_areas() is
  'Incidents of sensitive categories the caller may not see, as counts per category in cells of about 500 m '
  '(cell centre, total and open); nothing that names or pins one incident.';

revoke all on function private.sensitive_incident_cells(bigint[]) from public, anon, authenticated;
select private.grant_execute(array['private.sensitive_incident_cells(bigint[])', 'public.sensitive_incident_areas()'], true);
