-- 0036 The map's pins in pages. The browser's database answers one query at a time, and the pin load was one query
-- of a second or more on a return visit: a click on a grid in that second waited for all of it before its households
-- were read. Read a page at a time (newest first, keyset on reported_at and id), the click's query waits for one
-- page at most. map_incidents() takes the page as optional arguments; called without them it lists every pin, as
-- before, now with ties in reported_at ordered by id.

-- Read backwards for the newest first; the row comparison below is an index condition on it, so a page starts
-- where the last one ended instead of skipping the pins before it.
create index incidents_reported_id_idx on public.incidents (reported_at, id);
comment on index public.incidents_reported_id_idx is 'The pins'' page order (read backwards: newest first, ties by id).';

-- Dropped and created again rather than overloaded: a second map_incidents() would make the call without
-- arguments ambiguous. map_incidents_json() calls it by name, so it follows.
drop function public.map_incidents();
create function public.map_incidents(p_before_reported timestamptz default null, p_before_id bigint default null,
  p_limit integer default null)
returns table (
  id bigint, lon double precision, lat double precision, status text, category text, source text,
  grid_id bigint, department_id smallint, title text, reported_at timestamptz, due_at timestamptz, resolved_at timestamptz,
  overdue boolean, me_too_count integer)
language sql
stable
set search_path = ''
as $$
  select i.id, extensions.st_x(i.location), extensions.st_y(i.location), i.status, i.category, i.source, i.grid_id,
         i.department_id, i.title, i.reported_at, i.due_at, i.resolved_at,
         private.incident_overdue(st.is_open, i.due_at, now()), i.me_too_count
  from public.incidents i
  join public.incident_statuses st on st.code = i.status
  where (i.reported_at, i.id) < (coalesce(p_before_reported, 'infinity'::timestamptz), coalesce(p_before_id, 0))
  order by i.reported_at desc, i.id desc
  limit p_limit
$$;
comment on function public.map_incidents(timestamptz, bigint, integer) is
  'Incident pins the caller may see (row level security applies), newest first, ties by id, with overdue computed '
  'now: after the pin (p_before_reported, p_before_id) when given, at most p_limit of them when given.';

create function public.map_incidents_page(p_before_reported timestamptz, p_before_id bigint, p_limit integer)
returns json
language sql
stable
set search_path = ''
as $$
  select coalesce(json_agg(m), '[]'::json) from public.map_incidents(p_before_reported, p_before_id, p_limit) m
$$;
comment on function public.map_incidents_page(timestamptz, bigint, integer) is
  'One page of map_incidents() as a JSON array: the p_limit pins after (p_before_reported, p_before_id), or the '
  'newest p_limit when both are null. The map reads its pins page by page so that a click need not wait for all.';

select private.grant_execute(array[
  'public.map_incidents(timestamptz, bigint, integer)',
  'public.map_incidents_page(timestamptz, bigint, integer)'], true);
