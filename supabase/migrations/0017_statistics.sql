-- 0017 Statistics for the dashboard, the wall screen (大屏) and the choropleth, computed where the data is.
--
-- What the figures mean (every function below uses these words the same way):
--   scope      a grid and everything below it (grids.path); no grid = the caller's own part of the district:
--              their grid subtree for community admins, grid leaders and grid workers, the whole district for
--              everyone else.
--   range      p_from .. p_to, inclusive calendar days in Asia/Shanghai, at most 3 years.
--   received   reported_at within the range.
--   resolved   resolved_at within the range and the status now 已办结 (resolved) or 已反馈 (closed): an
--              incident reopened since then no longer counts.
--   resolution rate   of the incidents received in the range, the share now resolved or closed (0..1, null when
--              none was received). Not resolved / received: that ratio passes 1 when an old backlog is cleared,
--              and communities report "26 collected, 25 solved" about the same 26.
--   open, overdue, coordinating, backlog age   the incidents open now (incident_statuses.is_open), whatever the
--              range; overdue = private.incident_overdue(is_open, due_at, now()); coordinating = status 协调中.
--   time to resolve   resolved_at - reported_at, in hours, of the incidents resolved in the range. Median and 90th
--              percentile are read from 20 bins (private.stats_hour_edges) and interpolated inside the bin that holds
--              them: exact to within that bin's width (2 h under 4 h, 4 h to a day, then 6–72 h to a week, then 1–4
--              weeks), the same way for every scope so that figures compare.
--   satisfaction  the reporters' ratings (1–5) of the incidents resolved in the range.
--   courtyards, households   their state now; category and source filters do not apply to them.
-- Durations fall in five classes: lt1d < 24 h ≤ 1to3d < 72 h ≤ 3to7d < 7 d ≤ 7to30d < 30 d ≤ gt30d.
--
-- Who sees which figures: the statistics count exactly the rows the caller could read one by one, restricted
-- further to the caller's own work, never more:
--   district admin     every incident, household and courtyard.
--   grid staff         (community admin, 网格长, 网格员) every incident and household of their grid subtree; elsewhere
--                      only what the public sees (incidents of non-sensitive categories, courtyards).
--   department staff   the incidents dispatched to their department, all categories; no households.
--   residents, anonymous visitors   the public's view: incidents of non-sensitive categories, courtyards, no
--                      households. A resident's own reports of sensitive categories, which they can open one by
--                      one, are not counted: figures about other people's incidents must not change with who asks.
--
-- How it stays fast (measured on PostgreSQL 15 on this project's busy 2-core test machine with 1,000,000 incidents
-- over 3 years in 1,000 grids; bench/stats-1m.bench.ts, results in bench/results/stats-1m.json):
--   * Rollups by month, kept by a trigger. Per day they would not help: the filters the dashboard offers (9
--     categories × 5 sources) crossed with its breakdowns (9 department slots, child grids) leave almost nothing to
--     add up — a day × grid × category × source × department rollup of those incidents held 901,130 rows. Per month
--     and per node they do: the whole district (node 0) and each community get one row per month × category ×
--     source × department (private.stats_months, 4,500 rows for a year of the district instead of 315,000
--     incidents), the rankings one narrower row per month × category × source for each community and 小网格
--     (private.stats_grid_months), and the trend one row per day × category × source for the district and each
--     community (private.stats_days, 16,000 rows for a year).
--   * The days before the first and after the last whole month of a range, and every scope below a community, are
--     counted from the incidents through two covering indexes on (grid_id, reported_at) and (grid_id, resolved_at):
--     one index-only range scan per grid of the scope, nothing read from the table.
--   * A year of the whole district therefore costs about as much as its edge days (typically a month) plus a few
--     thousand rollup rows; one 小网格 reads its own few hundred incidents.
--   * Triggers rather than materialised views: the figures are exact at every moment, with nothing to refresh. The
--     trigger also runs during the demo seed's bulk load (it is not one of the triggers that stand aside), so the
--     seed needs no rebuild; a loader that switches the incidents' triggers off, or a move of grids to another parent,
--     calls private.stats_rebuild().
--
-- The functions are security definer, each with its reason below; the visibility rules above are applied in
-- one helper (private.stats_grid_access) and the department filter, mirroring the policies of 0005 and 0007.

create index incidents_grid_reported_idx on public.incidents (grid_id, reported_at)
  include (category, source, department_id, status);
comment on index public.incidents_grid_reported_idx is
  'Incidents of a grid by report time, covering what the statistics read: "received in a range" over any set of '
  'grids is one index-only range scan per grid.';
create index incidents_grid_resolved_idx on public.incidents (grid_id, resolved_at)
  include (category, source, department_id, status, reported_at, rating)
  where resolved_at is not null;
comment on index public.incidents_grid_resolved_idx is
  'Resolved incidents of a grid by resolution time, covering time to resolve and rating: "resolved in a range" '
  'over any set of grids is one index-only range scan per grid.';

-- The two helpers below have no SET search_path so that the planner inlines them into the queries that call them
-- once per incident (a function with SET clauses is called, not inlined: 10× slower here); they name nothing
-- outside pg_catalog, and run under their callers' fixed search_path.
create or replace function private.stats_hour_edges()
returns double precision[]
language sql
immutable
as $$
  select '{0,2,4,8,12,16,20,24,30,36,48,60,72,96,120,168,240,336,720,1440}'::double precision[]
$$;
comment on function private.stats_hour_edges() is
  'Lower edges, in hours, of the 20 time-to-resolve bins of the statistics rollup: 2 h wide up to 4 h, 4 h to a '
  'day, then 6, 12, 24, 48 and 72 h wide, a week, 2 weeks, the rest of the month, 30–60 days and over 60 days.';

create or replace function private.stats_hour_bin(p_hours double precision)
returns integer
language sql
immutable
as $$
  select greatest(1, width_bucket(p_hours, '{0,2,4,8,12,16,20,24,30,36,48,60,72,96,120,168,240,336,720,1440}'::double precision[]))
$$;
comment on function private.stats_hour_bin(double precision) is
  'Bin 1–20 of a time to resolve in hours (the edges of private.stats_hour_edges, written out so that it inlines to '
  'a constant); a negative duration counts in bin 1.';

create table private.stats_months (
  node_id bigint not null,
  month date not null,
  category text not null,
  source text not null,
  department_id smallint not null,
  received integer not null default 0,
  solved integer not null default 0,
  resolved integer not null default 0,
  r1 integer not null default 0, r2 integer not null default 0, r3 integer not null default 0,
  r4 integer not null default 0, r5 integer not null default 0,
  h01 integer not null default 0, h02 integer not null default 0, h03 integer not null default 0,
  h04 integer not null default 0, h05 integer not null default 0, h06 integer not null default 0,
  h07 integer not null default 0, h08 integer not null default 0, h09 integer not null default 0,
  h10 integer not null default 0, h11 integer not null default 0, h12 integer not null default 0,
  h13 integer not null default 0, h14 integer not null default 0, h15 integer not null default 0,
  h16 integer not null default 0, h17 integer not null default 0, h18 integer not null default 0,
  h19 integer not null default 0, h20 integer not null default 0,
  primary key (node_id, month, category, source, department_id)
);
comment on table private.stats_months is
  'Statistics rollup, one row per node × month (Asia/Shanghai) × category × source × department (0 = none); '
  'node 0 = the whole district, else a community. received/solved count incidents reported that month (solved = '
  'now resolved or closed); resolved, r1–r5 (ratings) and h01–h20 (time-to-resolve bins) count incidents resolved '
  'that month and resolved or closed now. Kept by the incidents_stats trigger; private.stats_rebuild() recomputes it.';

create table private.stats_grid_months (
  depth smallint not null check (depth in (1, 2)),
  node_id bigint not null,
  month date not null,
  category text not null,
  source text not null,
  received integer not null default 0,
  solved integer not null default 0,
  resolved integer not null default 0,
  primary key (depth, month, node_id, category, source)
);
comment on table private.stats_grid_months is
  'Ranking rollup, one row per node × month × category × source: received, solved and resolved as in '
  'stats_months. depth 1: node = the community holding the incident; depth 2: its 小网格, or the community when the '
  'incident lies in no 小网格. Kept by the incidents_stats trigger; private.stats_rebuild() recomputes it.';

create table private.stats_days (
  node_id bigint not null,
  day date not null,
  category text not null,
  source text not null,
  received integer not null default 0,
  resolved integer not null default 0,
  primary key (node_id, day, category, source)
);
comment on table private.stats_days is
  'Trend rollup, one row per node × day (Asia/Shanghai) × category × source: incidents reported and resolved '
  '(resolved or closed now) that day. node 0 = the whole district, else a community. Kept by the incidents_stats '
  'trigger; private.stats_rebuild() recomputes it.';

-- No API role reads the rollups: the statistics functions below do, after deciding what the caller may count.
revoke all on private.stats_months, private.stats_grid_months, private.stats_days from public, anon, authenticated;

-- The three row functions below, like the two helpers above, have no SET clause so that the rebuild's query over
-- every incident inlines them (3 minutes instead of seconds for a million incidents); their callers fix the
-- search_path.
create or replace function private.stats_month_rows(p_path bigint[], p_category text, p_source text, p_department smallint, p_status text, p_reported timestamptz, p_resolved timestamptz, p_rating smallint)
returns table (node_id bigint, month date, category text, source text, department_id smallint,
  received integer, solved integer, resolved integer, r1 integer, r2 integer, r3 integer, r4 integer, r5 integer,
  h01 integer, h02 integer, h03 integer, h04 integer, h05 integer, h06 integer, h07 integer, h08 integer, h09 integer, h10 integer, h11 integer, h12 integer, h13 integer, h14 integer, h15 integer, h16 integer, h17 integer, h18 integer, h19 integer, h20 integer)
language sql
immutable
as $$
  with ev as (
    select date_trunc('month', p_reported at time zone 'Asia/Shanghai')::date as month, 1 received,
           (p_status in ('resolved', 'closed'))::int solved, 0 resolved, 0 rating, 0 bin
    union all
    select date_trunc('month', p_resolved at time zone 'Asia/Shanghai')::date, 0, 0, 1, coalesce(p_rating, 0),
           private.stats_hour_bin(date_part('epoch', p_resolved - p_reported) / 3600)
    where p_status in ('resolved', 'closed') and p_resolved is not null
  )
  select n.node, ev.month, p_category, p_source, coalesce(p_department, 0)::smallint, ev.received, ev.solved, ev.resolved,
         (ev.rating = 1)::int, (ev.rating = 2)::int, (ev.rating = 3)::int, (ev.rating = 4)::int, (ev.rating = 5)::int,
         (ev.bin = 1)::int, (ev.bin = 2)::int, (ev.bin = 3)::int, (ev.bin = 4)::int, (ev.bin = 5)::int,
         (ev.bin = 6)::int, (ev.bin = 7)::int, (ev.bin = 8)::int, (ev.bin = 9)::int, (ev.bin = 10)::int,
         (ev.bin = 11)::int, (ev.bin = 12)::int, (ev.bin = 13)::int, (ev.bin = 14)::int, (ev.bin = 15)::int,
         (ev.bin = 16)::int, (ev.bin = 17)::int, (ev.bin = 18)::int, (ev.bin = 19)::int, (ev.bin = 20)::int
  from ev cross join (values (0::bigint), (p_path[1])) n (node)
$$;
comment on function private.stats_month_rows(bigint[], text, text, smallint, text, timestamptz, timestamptz, smallint) is
  'What one incident (in the grid with this path, with these category, source, department, status, times and rating) adds to private.stats_months, for the district and its community: '
  'its report month, and when resolved or closed its resolution month with its rating and time-to-resolve bin. The '
  'one definition the trigger and the rebuild share.';

create or replace function private.stats_grid_month_rows(p_path bigint[], p_category text, p_source text, p_department smallint, p_status text, p_reported timestamptz, p_resolved timestamptz, p_rating smallint)
returns table (depth smallint, node_id bigint, month date, category text, source text, received integer, solved integer,
  resolved integer)
language sql
immutable
as $$
  select d.depth::smallint, d.node, ev.month, p_category, p_source, ev.received, ev.solved, ev.resolved
  from (
    select date_trunc('month', p_reported at time zone 'Asia/Shanghai')::date as month, 1 received,
           (p_status in ('resolved', 'closed'))::int solved, 0 resolved
    union all
    select date_trunc('month', p_resolved at time zone 'Asia/Shanghai')::date, 0, 0, 1
    where p_status in ('resolved', 'closed') and p_resolved is not null) ev
  cross join (values (1, p_path[1]), (2, coalesce(p_path[2], p_path[1]))) d (depth, node)
$$;
comment on function private.stats_grid_month_rows(bigint[], text, text, smallint, text, timestamptz, timestamptz, smallint) is
  'What one incident adds to private.stats_grid_months: its report month and, when resolved or closed, its '
  'resolution month, for its community (depth 1) and its 小网格 (depth 2).';

create or replace function private.stats_day_rows(p_path bigint[], p_category text, p_source text, p_department smallint, p_status text, p_reported timestamptz, p_resolved timestamptz, p_rating smallint)
returns table (node_id bigint, day date, category text, source text, received integer, resolved integer)
language sql
immutable
as $$
  select n.node, ev.day, p_category, p_source, ev.received, ev.resolved
  from (
    select (p_reported at time zone 'Asia/Shanghai')::date as day, 1 received, 0 resolved
    union all
    select (p_resolved at time zone 'Asia/Shanghai')::date, 0, 1
    where p_status in ('resolved', 'closed') and p_resolved is not null) ev
  cross join (values (0::bigint), (p_path[1])) n (node)
$$;
comment on function private.stats_day_rows(bigint[], text, text, smallint, text, timestamptz, timestamptz, smallint) is
  'What one incident adds to private.stats_days: its report day and, when resolved or closed, its resolution day, '
  'for the whole district (node 0) and its community.';

create or replace function private.stats_apply(i public.incidents, p_sign integer)
returns void
language sql
set search_path = ''
as $$
  insert into private.stats_months as m
  select r.node_id, r.month, r.category, r.source, r.department_id,
         p_sign * sum(r.received), p_sign * sum(r.solved), p_sign * sum(r.resolved),
         p_sign * sum(r.r1), p_sign * sum(r.r2), p_sign * sum(r.r3), p_sign * sum(r.r4), p_sign * sum(r.r5),
         p_sign * sum(r.h01), p_sign * sum(r.h02), p_sign * sum(r.h03), p_sign * sum(r.h04), p_sign * sum(r.h05),
         p_sign * sum(r.h06), p_sign * sum(r.h07), p_sign * sum(r.h08), p_sign * sum(r.h09), p_sign * sum(r.h10),
         p_sign * sum(r.h11), p_sign * sum(r.h12), p_sign * sum(r.h13), p_sign * sum(r.h14), p_sign * sum(r.h15),
         p_sign * sum(r.h16), p_sign * sum(r.h17), p_sign * sum(r.h18), p_sign * sum(r.h19), p_sign * sum(r.h20)
  from private.stats_month_rows(
    (select g.path from public.grids g where g.id = i.grid_id), i.category, i.source, i.department_id, i.status, i.reported_at, i.resolved_at, i.rating) r
  group by r.node_id, r.month, r.category, r.source, r.department_id
  on conflict (node_id, month, category, source, department_id) do update set
    received = m.received + excluded.received, solved = m.solved + excluded.solved, resolved = m.resolved + excluded.resolved,
    r1 = m.r1 + excluded.r1, r2 = m.r2 + excluded.r2, r3 = m.r3 + excluded.r3, r4 = m.r4 + excluded.r4, r5 = m.r5 + excluded.r5,
    h01 = m.h01 + excluded.h01, h02 = m.h02 + excluded.h02, h03 = m.h03 + excluded.h03, h04 = m.h04 + excluded.h04,
    h05 = m.h05 + excluded.h05, h06 = m.h06 + excluded.h06, h07 = m.h07 + excluded.h07, h08 = m.h08 + excluded.h08,
    h09 = m.h09 + excluded.h09, h10 = m.h10 + excluded.h10, h11 = m.h11 + excluded.h11, h12 = m.h12 + excluded.h12,
    h13 = m.h13 + excluded.h13, h14 = m.h14 + excluded.h14, h15 = m.h15 + excluded.h15, h16 = m.h16 + excluded.h16,
    h17 = m.h17 + excluded.h17, h18 = m.h18 + excluded.h18, h19 = m.h19 + excluded.h19, h20 = m.h20 + excluded.h20;
  insert into private.stats_grid_months as m
  select r.depth, r.node_id, r.month, r.category, r.source,
         p_sign * sum(r.received), p_sign * sum(r.solved), p_sign * sum(r.resolved)
  from private.stats_grid_month_rows(
    (select g.path from public.grids g where g.id = i.grid_id), i.category, i.source, i.department_id, i.status, i.reported_at, i.resolved_at, i.rating) r
  group by r.depth, r.node_id, r.month, r.category, r.source
  on conflict (depth, month, node_id, category, source) do update set
    received = m.received + excluded.received, solved = m.solved + excluded.solved, resolved = m.resolved + excluded.resolved;
  insert into private.stats_days as d
  select r.node_id, r.day, r.category, r.source, p_sign * sum(r.received), p_sign * sum(r.resolved)
  from private.stats_day_rows(
    (select g.path from public.grids g where g.id = i.grid_id), i.category, i.source, i.department_id, i.status, i.reported_at, i.resolved_at, i.rating) r
  group by r.node_id, r.day, r.category, r.source
  on conflict (node_id, day, category, source) do update set
    received = d.received + excluded.received, resolved = d.resolved + excluded.resolved;
$$;
comment on function private.stats_apply(public.incidents, integer) is
  'Adds (p_sign 1) or takes away (-1) one incident''s contribution to the statistics rollups.';

create or replace function private.incidents_stats()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform private.stats_apply(old, -1);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform private.stats_apply(new, 1);
  end if;
  return null;
end
$$;
comment on function private.incidents_stats() is
  'Keeps the statistics rollups in step with every incident written, bulk loads included (they stay exact without '
  'a rebuild). Security definer because the API roles may not write the rollups themselves.';

create trigger incidents_stats
  -- location: a moved incident gets its grid from the row trigger, which an UPDATE OF grid_id alone would not see.
  after insert or delete or update of location, grid_id, category, source, department_id, status, reported_at, resolved_at,
    rating
  on public.incidents
  for each row execute function private.incidents_stats();

create or replace function private.stats_rebuild()
returns void
language sql
set search_path = ''
as $$
  truncate private.stats_months, private.stats_grid_months, private.stats_days;
  insert into private.stats_months
  select r.node_id, r.month, r.category, r.source, r.department_id,
         sum(r.received), sum(r.solved), sum(r.resolved), sum(r.r1), sum(r.r2), sum(r.r3), sum(r.r4), sum(r.r5),
         sum(r.h01), sum(r.h02), sum(r.h03), sum(r.h04), sum(r.h05),
         sum(r.h06), sum(r.h07), sum(r.h08), sum(r.h09), sum(r.h10),
         sum(r.h11), sum(r.h12), sum(r.h13), sum(r.h14), sum(r.h15),
         sum(r.h16), sum(r.h17), sum(r.h18), sum(r.h19), sum(r.h20)
  from public.incidents i join public.grids g on g.id = i.grid_id, private.stats_month_rows(
    g.path, i.category, i.source, i.department_id, i.status, i.reported_at, i.resolved_at, i.rating) r
  group by r.node_id, r.month, r.category, r.source, r.department_id;
  insert into private.stats_grid_months
  select r.depth, r.node_id, r.month, r.category, r.source, sum(r.received), sum(r.solved), sum(r.resolved)
  from public.incidents i join public.grids g on g.id = i.grid_id, private.stats_grid_month_rows(
    g.path, i.category, i.source, i.department_id, i.status, i.reported_at, i.resolved_at, i.rating) r
  group by r.depth, r.node_id, r.month, r.category, r.source;
  insert into private.stats_days
  select r.node_id, r.day, r.category, r.source, sum(r.received), sum(r.resolved)
  from public.incidents i join public.grids g on g.id = i.grid_id, private.stats_day_rows(
    g.path, i.category, i.source, i.department_id, i.status, i.reported_at, i.resolved_at, i.rating) r
  group by r.node_id, r.day, r.category, r.source;
  analyze private.stats_months;
  analyze private.stats_grid_months;
  analyze private.stats_days;
$$;
comment on function private.stats_rebuild() is
  'Recomputes the statistics rollups from the incidents: after the migration, after a load that switched the '
  'incidents triggers off, or after grids were moved to another parent (the rollups file incidents by community '
  'and 小网格).';
-- Only the trigger and the table owner write the rollups.
revoke all on function private.stats_rebuild(), private.incidents_stats(), private.stats_apply(public.incidents, integer)
  from public, anon, authenticated;

select private.stats_rebuild();

create or replace function private.stats_percentile(p_bins integer[], p_q double precision)
returns double precision
language sql
immutable
set search_path = ''
as $$
  with b as (
    select x.k, x.n, sum(x.n) over (order by x.k) cum, sum(x.n) over () total
    from unnest(p_bins) with ordinality x (n, k)
  )
  select e[b.k] + (coalesce(e[b.k + 1], e[b.k]) - e[b.k]) * (p_q * b.total - (b.cum - b.n)) / b.n
  from b, private.stats_hour_edges() e
  where b.n > 0 and b.cum >= p_q * b.total
  order by b.k
  limit 1
$$;
comment on function private.stats_percentile(integer[], double precision) is
  'The p_q quantile (0.5 = median) of times to resolve given as counts per bin (private.stats_hour_edges), '
  'interpolated linearly inside the bin that holds it: exact to within that bin''s width (2 h below 4 h, then 4, '
  '6, 12, 24, 48 and 72 h, then 1 to 4 weeks); beyond 60 days it reads 1440 h. Null when the bins are empty.';

create or replace function private.stats_rating_avg(p_counts integer[])
returns numeric
language sql
immutable
set search_path = ''
as $$
  select sum(k * coalesce(p_counts[k], 0))::numeric / nullif(sum(coalesce(p_counts[k], 0)), 0)
  from generate_series(1, 5) k
$$;
comment on function private.stats_rating_avg(integer[]) is
  'Average rating from the counts of ratings 1–5; null when nothing was rated.';

create or replace function private.stats_duration_class(p_hours double precision)
returns text
language sql
immutable
set search_path = ''
as $$
  select case
    when p_hours < 24 then 'lt1d'
    when p_hours < 72 then '1to3d'
    when p_hours < 168 then '3to7d'
    when p_hours < 720 then '7to30d'
    else 'gt30d'
  end
$$;
comment on function private.stats_duration_class(double precision) is
  'The class of a duration in hours shown by the backlog-age and time-to-resolve charts: lt1d, 1to3d, 3to7d, '
  '7to30d, gt30d (1, 3, 7 and 30 days; each class includes its lower bound).';

create or replace function private.stats_grid_access()
returns table (grid_id bigint, path bigint[], all_categories boolean, households boolean)
language sql
stable
security definer
set search_path = ''
as $$
  with me as materialized (
    -- One row even for anonymous callers: a function returning a row yields a row of nulls when there is none.
    select coalesce(p.role = 'district_admin', false) everywhere, coalesce(p.role = 'department_staff', false) department,
           case when p.role = any (private.grid_staff_roles()) then p.grid_id end home
    from private.current_profile() p
  )
  select g.id, g.path, me.everywhere or me.department or coalesce(g.path @> array[me.home], false),
         me.everywhere or coalesce(g.path @> array[me.home], false)
  from public.grids g cross join me
$$;
comment on function private.stats_grid_access() is
  'For every grid, what the caller''s statistics may count there: all_categories = incidents of every category '
  '(else only non-sensitive ones, the public view), households = the register. The same rules as the incidents and '
  'households policies, as one set instead of a check per row. Security definer to read the caller''s profile.';

create or replace function private.stats_department()
returns smallint
language sql
stable
security definer
set search_path = ''
as $$
  select case when p.role = 'department_staff' then p.department_id end from private.current_profile() p
$$;
comment on function private.stats_department() is
  'The department whose incidents are the only ones a department staff member''s statistics count; null for '
  'everyone else. Security definer to read the caller''s profile.';

create or replace function private.stats_dashboard(p_grid_id bigint, p_from date, p_to date, p_bucket text,
  p_categories text[], p_sources text[])
returns jsonb
language plpgsql
stable
security definer
-- JIT compilation would cost more than these queries take.
set jit = off
set work_mem = '32MB'
-- The planner cannot know how many grids a scope holds; sorting tens of thousands of rows to merge-join them with
-- the scope's grids costs twice the hash join.
set enable_mergejoin = off
-- Plan every call for its own scope and dates: after five calls PL/pgSQL would otherwise settle on one generic plan,
-- which, not knowing whether it reads a day or a year, a grid or the district, took 5–6 s instead of 0.3 s.
set plan_cache_mode = force_custom_plan
set search_path = ''
as $$
declare
  v_root bigint := p_grid_id;
  v_dept smallint := private.stats_department();
  v_t0 timestamptz;
  v_t1 timestamptz;
  v_today date := (now() at time zone 'Asia/Shanghai')::date;
  v_categories text[];
  v_sensitive text[] := private.sensitive_categories();
  v_sources text[];
  v_open text[];
  v_grids bigint[];
  v_rollup boolean;
  v_all boolean;
  v_month0 date := case when extract(day from p_from) = 1 then p_from else (date_trunc('month', p_from) + interval '1 month')::date end;
  v_month1 date := (date_trunc('month', p_to + 1) - interval '1 month')::date;
  v_m0 timestamptz;
  v_m1 timestamptz;
  v_result jsonb;
begin
  if p_from is null or p_to is null or p_from > p_to or p_to >= p_from + interval '3 years' then
    perform private.fail('error.stats_range', format('统计日期范围无效：%s 至 %s', p_from, p_to),
      jsonb_build_object('from', p_from, 'to', p_to));
  end if;
  if p_bucket is null or p_bucket not in ('day', 'week', 'month') then
    perform private.fail('error.stats_bucket', format('未知的统计周期：%s', p_bucket), jsonb_build_object('bucket', p_bucket));
  end if;
  if p_grid_id is not null and not exists (select 1 from public.grids g where g.id = p_grid_id) then
    perform private.fail('error.grid_not_found', format('网格 %s 不存在', p_grid_id), jsonb_build_object('id', p_grid_id));
  end if;
  if v_root is null and (private.current_profile()).role = any (private.grid_staff_roles())
     and (private.current_profile()).role <> 'district_admin' then
    v_root := (private.current_profile()).grid_id;
  end if;
  v_t0 := p_from::timestamp at time zone 'Asia/Shanghai';
  v_t1 := (p_to + 1)::timestamp at time zone 'Asia/Shanghai';
  select array_agg(c.code order by c.sort) into v_categories from public.incident_categories c
  where p_categories is null or c.code = any (p_categories);
  select array_agg(s.code order by s.sort) into v_sources from public.incident_sources s
  where p_sources is null or s.code = any (p_sources);
  select array_agg(st.code) into v_open from public.incident_statuses st where st.is_open;
  -- The rollups serve the whole district and a community, when the caller sees the same categories all over the
  -- scope (the rollups cannot tell a grid staff member's own 小网格 from the rest of a community) and is not
  -- limited to a department (the trend rollup has no department): whole months from private.stats_months, the
  -- trend from private.stats_days, the days before the first and after the last whole month from the incidents.
  -- Everything else is counted from the incidents.
  select count(distinct a.all_categories) = 1 and v_dept is null
           and (v_root is null or (select g.level from public.grids g where g.id = v_root) = 'community'),
         bool_and(a.all_categories), array_agg(a.grid_id)
    into v_rollup, v_all, v_grids
  from private.stats_grid_access() a where v_root is null or a.path @> array[v_root];
  if v_rollup and v_month0 <= v_month1 then
    v_m0 := v_month0::timestamp at time zone 'Asia/Shanghai';
    v_m1 := (v_month1 + interval '1 month')::timestamp at time zone 'Asia/Shanghai';
  else
    v_month0 := null;
    v_m0 := v_t1;
    v_m1 := v_t1;
  end if;

  with sg as materialized (
    -- The scope's grids, each with the child of the scope it lies in (a community for the whole district).
    select a.grid_id, a.all_categories, a.households,
           case when v_root is null then a.path[1] else a.path[array_position(a.path, v_root) + 1] end child_id
    from private.stats_grid_access() a
    where v_root is null or a.path @> array[v_root]
  ), cats as (
    -- The categories listed: those asked for, less the sensitive ones where the caller only has the public view.
    select c.code, c.sort from public.incident_categories c
    where c.code = any (v_categories) and (not c.sensitive or exists (select 1 from sg where sg.all_categories))
  ), raw_rec as materialized (
    -- Incidents reported in the range, outside the whole months the rollup answers for.
    -- One pass, two groupings: per child grid × category × source × department, and per day for the trend.
    select grouping(floor(date_part('epoch', i.reported_at - v_t0) / 86400)) = 0 by_day,
           sg.child_id, i.category, i.source, coalesce(i.department_id, 0) department_id,
           floor(date_part('epoch', i.reported_at - v_t0) / 86400)::int day_no,
           count(*)::int n, count(*) filter (where i.status in ('resolved', 'closed'))::int solved
    from (
      -- Only columns of incidents_grid_reported_idx (index-only scans), over the days before the first and after
      -- the last whole month.
      select i.grid_id, i.category, i.source, i.department_id, i.status, i.reported_at from public.incidents i
      where i.grid_id = any (v_grids) and i.reported_at >= v_t0 and i.reported_at < v_m0
      union all
      select i.grid_id, i.category, i.source, i.department_id, i.status, i.reported_at from public.incidents i
      where i.grid_id = any (v_grids) and i.reported_at >= v_m1 and i.reported_at < v_t1) i
    join sg on sg.grid_id = i.grid_id and (sg.all_categories or i.category <> all (v_sensitive))
    where i.category = any (v_categories) and i.source = any (v_sources) and (v_dept is null or i.department_id = v_dept)
    group by grouping sets ((sg.child_id, i.category, i.source, coalesce(i.department_id, 0)),
                            (floor(date_part('epoch', i.reported_at - v_t0) / 86400)))
  ), raw_res as materialized (
    -- Incidents resolved in the range (and resolved or closed now), outside the rollup's whole months; the same two
    -- groupings, with the ratings and the time-to-resolve bins counted as the rollup counts them.
    select grouping(x.day_no) = 0 by_day, x.child_id, x.category, x.source, x.department_id, x.day_no, count(*)::int n,
           count(*) filter (where x.rating = 1)::int r1, count(*) filter (where x.rating = 2)::int r2, count(*) filter (where x.rating = 3)::int r3,
           count(*) filter (where x.rating = 4)::int r4, count(*) filter (where x.rating = 5)::int r5,
           count(*) filter (where x.bin = 1)::int h01, count(*) filter (where x.bin = 2)::int h02, count(*) filter (where x.bin = 3)::int h03,
           count(*) filter (where x.bin = 4)::int h04, count(*) filter (where x.bin = 5)::int h05, count(*) filter (where x.bin = 6)::int h06,
           count(*) filter (where x.bin = 7)::int h07, count(*) filter (where x.bin = 8)::int h08, count(*) filter (where x.bin = 9)::int h09,
           count(*) filter (where x.bin = 10)::int h10, count(*) filter (where x.bin = 11)::int h11, count(*) filter (where x.bin = 12)::int h12,
           count(*) filter (where x.bin = 13)::int h13, count(*) filter (where x.bin = 14)::int h14, count(*) filter (where x.bin = 15)::int h15,
           count(*) filter (where x.bin = 16)::int h16, count(*) filter (where x.bin = 17)::int h17, count(*) filter (where x.bin = 18)::int h18,
           count(*) filter (where x.bin = 19)::int h19, count(*) filter (where x.bin = 20)::int h20
    from (
      select sg.child_id, i.category, i.source, coalesce(i.department_id, 0) department_id, i.rating,
             floor(date_part('epoch', i.resolved_at - v_t0) / 86400)::int day_no,
             private.stats_hour_bin(date_part('epoch', i.resolved_at - i.reported_at) / 3600) bin
      from (
        -- Only columns of incidents_grid_resolved_idx (index-only scans), likewise.
        select i.grid_id, i.category, i.source, i.department_id, i.status, i.reported_at, i.resolved_at, i.rating
        from public.incidents i where i.grid_id = any (v_grids) and i.resolved_at >= v_t0 and i.resolved_at < v_m0
        union all
        select i.grid_id, i.category, i.source, i.department_id, i.status, i.reported_at, i.resolved_at, i.rating
        from public.incidents i where i.grid_id = any (v_grids) and i.resolved_at >= v_m1 and i.resolved_at < v_t1) i
      join sg on sg.grid_id = i.grid_id and (sg.all_categories or i.category <> all (v_sensitive))
      where i.status in ('resolved', 'closed') and i.category = any (v_categories) and i.source = any (v_sources)
        and (v_dept is null or i.department_id = v_dept)) x
    group by grouping sets ((x.child_id, x.category, x.source, x.department_id), (x.day_no))
  ), cells as materialized (
    -- Everything counted over the range per category × source × department: whole months from the rollup, the rest
    -- from the incidents.
    select c.category, c.source, c.department_id, sum(c.received)::int received, sum(c.solved)::int solved,
           sum(c.resolved)::int resolved, sum(c.r1)::int r1, sum(c.r2)::int r2, sum(c.r3)::int r3, sum(c.r4)::int r4,
           sum(c.r5)::int r5,
           sum(c.h01)::int h01, sum(c.h02)::int h02, sum(c.h03)::int h03, sum(c.h04)::int h04, sum(c.h05)::int h05,
           sum(c.h06)::int h06, sum(c.h07)::int h07, sum(c.h08)::int h08, sum(c.h09)::int h09, sum(c.h10)::int h10,
           sum(c.h11)::int h11, sum(c.h12)::int h12, sum(c.h13)::int h13, sum(c.h14)::int h14, sum(c.h15)::int h15,
           sum(c.h16)::int h16, sum(c.h17)::int h17, sum(c.h18)::int h18, sum(c.h19)::int h19, sum(c.h20)::int h20
    from (
      select m.category, m.source, m.department_id, m.received, m.solved, m.resolved, m.r1, m.r2, m.r3, m.r4, m.r5,
             m.h01, m.h02, m.h03, m.h04, m.h05, m.h06, m.h07, m.h08, m.h09, m.h10,
             m.h11, m.h12, m.h13, m.h14, m.h15, m.h16, m.h17, m.h18, m.h19, m.h20
      from private.stats_months m
      where v_month0 is not null and m.node_id = coalesce(v_root, 0) and m.month between v_month0 and v_month1
        and m.category = any (v_categories) and m.source = any (v_sources) and (v_all or m.category <> all (v_sensitive))
      union all
      select r.category, r.source, r.department_id, r.n, r.solved, 0, 0, 0, 0, 0, 0,
             0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      from raw_rec r where not r.by_day
      union all
      select s.category, s.source, s.department_id, 0, 0, s.n, s.r1, s.r2, s.r3, s.r4, s.r5,
             s.h01, s.h02, s.h03, s.h04, s.h05, s.h06, s.h07, s.h08, s.h09, s.h10,
             s.h11, s.h12, s.h13, s.h14, s.h15, s.h16, s.h17, s.h18, s.h19, s.h20
      from raw_res s where not s.by_day) c
    group by c.category, c.source, c.department_id
  ), children as materialized (
    -- Received, solved and resolved per child grid of the scope (a community for the whole district), likewise.
    select c.child_id, sum(c.received)::int received, sum(c.solved)::int solved, sum(c.resolved)::int resolved
    from (
      select case when m.node_id = v_root then null else m.node_id end child_id, m.received, m.solved, m.resolved
      from private.stats_grid_months m
      join public.grids g on g.id = m.node_id and (v_root is null or g.id = v_root or g.parent_id = v_root)
      where v_month0 is not null and m.depth = case when v_root is null then 1 else 2 end
        and m.month between v_month0 and v_month1 and m.category = any (v_categories) and m.source = any (v_sources)
        and (v_all or m.category <> all (v_sensitive))
      union all
      select r.child_id, r.n, r.solved, 0 from raw_rec r where not r.by_day
      union all
      select s.child_id, 0, 0, s.n from raw_res s where not s.by_day) c
    group by c.child_id
  ), days as materialized (
    -- Received and resolved per day of the range (day 0 = p_from), for the trend.
    select d.day - p_from day_no, sum(d.received)::int received, sum(d.resolved)::int resolved
    from private.stats_days d
    where v_rollup and d.node_id = coalesce(v_root, 0) and d.day between p_from and p_to
      and d.category = any (v_categories) and d.source = any (v_sources) and (v_all or d.category <> all (v_sensitive))
    group by d.day
    union all
    select x.day_no, sum(x.received)::int, sum(x.resolved)::int
    from (select day_no, n received, 0 resolved from raw_rec where by_day
          union all select day_no, 0, n from raw_res where by_day) x
    where not v_rollup
    group by x.day_no
  ), opn as materialized (
    select sg.child_id, i.category, i.source, i.department_id, i.status,
           date_part('epoch', now() - i.reported_at) / 3600 age_hours,
           private.incident_overdue(true, i.due_at, now()) overdue
    from public.incidents i
    join sg on sg.grid_id = i.grid_id and (sg.all_categories or i.category <> all (v_sensitive))
    where i.status = any (v_open) and i.category = any (v_categories) and i.source = any (v_sources)
      and (v_dept is null or i.department_id = v_dept)
  ), yards as materialized (
    select y.stars, y.risk_level from public.courtyards y join sg on sg.grid_id = y.grid_id
  ), totals as materialized (
    select coalesce(sum(received), 0)::int received, coalesce(sum(solved), 0)::int solved,
           coalesce(sum(resolved), 0)::int resolved, array[sum(r1), sum(r2), sum(r3), sum(r4), sum(r5)]::int[] ratings,
           array[sum(h01), sum(h02), sum(h03), sum(h04), sum(h05), sum(h06), sum(h07), sum(h08), sum(h09), sum(h10),
                 sum(h11), sum(h12), sum(h13), sum(h14), sum(h15), sum(h16), sum(h17), sum(h18), sum(h19), sum(h20)]::int[] bins
    from cells
  ), buckets as (
    select b::date bucket, d.day_no
    from generate_series(date_trunc(p_bucket, p_from::timestamp), p_to::timestamp, ('1 ' || p_bucket)::interval) b
    join lateral generate_series(greatest(b::date, p_from) - p_from,
      least((b + ('1 ' || p_bucket)::interval)::date - 1, p_to) - p_from) d (day_no) on true
  ), classes (key, sort, bin0, bin1) as (
    -- The duration classes as ranges of time-to-resolve bins (their bounds are bin edges).
    values ('lt1d', 1, 1, 7), ('1to3d', 2, 8, 12), ('3to7d', 3, 13, 15), ('7to30d', 4, 16, 18), ('gt30d', 5, 19, 20)
  )
  select jsonb_build_object(
    'kpis', (
      select jsonb_build_object(
        'received', t.received, 'resolved', t.resolved,
        'resolution_rate', round(t.solved::numeric / nullif(t.received, 0), 4),
        'open', o.open, 'overdue', o.overdue, 'coordinating', o.coordinating,
        'median_hours', round(private.stats_percentile(t.bins, 0.5)::numeric, 1),
        'p90_hours', round(private.stats_percentile(t.bins, 0.9)::numeric, 1),
        'satisfaction', round(private.stats_rating_avg(t.ratings), 2),
        'rated', (select coalesce(sum(x), 0)::int from unnest(t.ratings) x))
      from totals t,
           (select count(*)::int open, count(*) filter (where overdue)::int overdue,
                   count(*) filter (where status = 'coordinating')::int coordinating from opn) o),
    'trend', (
      select jsonb_agg(jsonb_build_object('bucket', to_char(t.bucket, 'YYYY-MM-DD'), 'received', t.received,
               'resolved', t.resolved) order by t.bucket)
      from (
        select b.bucket, coalesce(sum(d.received), 0)::int received, coalesce(sum(d.resolved), 0)::int resolved
        from buckets b left join days d on d.day_no = b.day_no
        group by b.bucket) t),
    'by_category', (
      select coalesce(jsonb_agg(jsonb_build_object('code', c.code, 'received', coalesce(r.received, 0),
               'resolved', coalesce(r.resolved, 0), 'open', coalesce(o.n, 0)) order by c.sort, c.code), '[]'::jsonb)
      from cats c
      left join (select category, sum(received)::int received, sum(resolved)::int resolved from cells group by category) r
        on r.category = c.code
      left join (select category, count(*)::int n from opn group by category) o on o.category = c.code),
    'by_source', (
      select coalesce(jsonb_agg(jsonb_build_object('code', x.code, 'received', coalesce(r.received, 0),
               'resolved', coalesce(r.resolved, 0), 'open', coalesce(o.n, 0)) order by x.sort, x.code), '[]'::jsonb)
      from public.incident_sources x
      left join (select source, sum(received)::int received, sum(resolved)::int resolved from cells group by source) r
        on r.source = x.code
      left join (select source, count(*)::int n from opn group by source) o on o.source = x.code
      where x.code = any (v_sources)),
    'by_department', (
      select coalesce(jsonb_agg(jsonb_build_object('department_id', d.id, 'received', coalesce(r.received, 0),
               'resolved', coalesce(r.resolved, 0), 'open', coalesce(o.n, 0), 'overdue', coalesce(o.overdue, 0),
               'median_hours', round(private.stats_percentile(r.bins, 0.5)::numeric, 1),
               'satisfaction', round(private.stats_rating_avg(r.ratings), 2))
             order by coalesce(r.received, 0) desc, d.id), '[]'::jsonb)
      from public.departments d
      left join (select department_id, sum(received)::int received, sum(resolved)::int resolved,
                        array[sum(r1), sum(r2), sum(r3), sum(r4), sum(r5)]::int[] ratings,
                        array[sum(h01), sum(h02), sum(h03), sum(h04), sum(h05), sum(h06), sum(h07), sum(h08), sum(h09), sum(h10),
                 sum(h11), sum(h12), sum(h13), sum(h14), sum(h15), sum(h16), sum(h17), sum(h18), sum(h19), sum(h20)]::int[] bins
                 from cells group by department_id) r on r.department_id = d.id
      left join (select department_id, count(*)::int n, count(*) filter (where overdue)::int overdue
                 from opn group by department_id) o on o.department_id = d.id
      where v_dept is null or d.id = v_dept),
    'by_grid', (
      select coalesce(jsonb_agg(jsonb_build_object('grid_id', g.id, 'code', g.code, 'name', g.name,
               'received', coalesce(r.received, 0), 'resolved', coalesce(r.resolved, 0), 'open', coalesce(o.n, 0),
               'overdue', coalesce(o.overdue, 0), 'resolution_rate', round(r.solved::numeric / nullif(r.received, 0), 4))
             order by coalesce(r.received, 0) desc, g.code), '[]'::jsonb)
      from public.grids g
      left join children r on r.child_id = g.id
      left join (select child_id, count(*)::int n, count(*) filter (where overdue)::int overdue
                 from opn group by child_id) o on o.child_id = g.id
      where case when v_root is null then g.level = 'community' else g.parent_id = v_root end),
    'backlog_age', (
      select jsonb_agg(jsonb_build_object('key', k.key, 'count', coalesce(o.n, 0)) order by k.sort)
      from classes k
      left join (select private.stats_duration_class(age_hours) key, count(*)::int n from opn group by 1) o on o.key = k.key),
    'resolve_time', (
      select jsonb_agg(jsonb_build_object('key', k.key, 'count',
               (select coalesce(sum(x), 0)::int from unnest(t.bins[k.bin0:k.bin1]) x)) order by k.sort)
      from classes k, totals t),
    'satisfaction', (
      select jsonb_agg(jsonb_build_object('key', k, 'count', coalesce(t.ratings[k], 0)) order by k)
      from generate_series(1, 5) k, totals t),
    'courtyard_risk', (
      select jsonb_agg(jsonb_build_object('key', k, 'count', coalesce(y.n, 0))
             order by array_position(enum_range(null::public.risk_level), k) desc)
      from unnest(enum_range(null::public.risk_level)) k
      left join (select risk_level, count(*)::int n from yards group by risk_level) y on y.risk_level = k),
    'courtyard_stars', (
      select jsonb_agg(jsonb_build_object('key', k, 'count', coalesce(y.n, 0)) order by k)
      from generate_series(0, 5) k
      left join (select coalesce(stars, 0) stars, count(*)::int n from yards group by 1) y on y.stars = k),
    'household_tags', (
      select coalesce(jsonb_agg(jsonb_build_object('key', t.code, 'count', coalesce(c.n, 0)) order by t.sort), '[]'::jsonb)
      from public.household_tags t
      left join (
        select x.tag, count(*)::int n
        from (select unnest(h.tags) tag from public.households h
              where h.tags <> '{}' and h.grid_id in (select sg.grid_id from sg where sg.households)) x
        group by x.tag) c on c.tag = t.code
      where exists (select 1 from sg where sg.households)),
    'visits', (
      select jsonb_build_object(
        'made', count(*) filter (where last_visit_at between p_from and p_to),
        'due', count(*) filter (where last_visit_at is null or last_visit_at < v_today - 90),
        'overdue', count(*) filter (where last_visit_at is null or last_visit_at < v_today - 180))
      from public.households h where h.grid_id in (select sg.grid_id from sg where sg.households)))
  into v_result;
  return v_result;
end
$$;
comment on function private.stats_dashboard(bigint, date, date, text, text[], text[]) is
  'Every dashboard figure for a scope (see the head of 0017 for what each means and who sees what). Security '
  'definer for two reasons: it reads the rollups, which count every incident and so are closed to the API roles; '
  'and counting through row level security would check each incident against the caller''s grid list (up to every '
  'grid of the district) one row at a time, costing more than the statistics themselves. It applies the same rules '
  'as one set instead (private.stats_grid_access, private.stats_department). Only called by public.stats_dashboard.';

create or replace function public.stats_dashboard(p_grid_id bigint, p_from date, p_to date, p_bucket text default 'day',
  p_categories text[] default null, p_sources text[] default null)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select private.stats_dashboard(p_grid_id, p_from, p_to, p_bucket, p_categories, p_sources)
$$;
comment on function public.stats_dashboard(bigint, date, date, text, text[], text[]) is
  'The dashboard''s statistics for a grid subtree (null = the caller''s own part of the district) and inclusive '
  'Asia/Shanghai dates, optionally limited to categories and sources; trend buckets of a day, a week (from Monday) '
  'or a month. One jsonb: kpis, trend, by_category, by_source, by_department, by_grid (children of the scope, '
  'ranked by incidents received), backlog_age, resolve_time, satisfaction, courtyard_risk, courtyard_stars, '
  'household_tags and visits. Visits are provisional: made = households whose last visit falls in the range, due = '
  'last visit over 90 days ago or never, overdue = over 180 days or never, from households.last_visit_at until '
  'visits are recorded one by one. Refuses a range that is reversed or longer than 3 years (error.stats_range), an '
  'unknown bucket (error.stats_bucket) and an unknown grid (error.grid_not_found).';

create or replace function private.grid_metrics(p_level public.grid_level, p_from date, p_to date)
returns table (grid_id bigint, received integer, resolved integer, open integer, overdue integer, resolution_rate numeric,
  courtyards_red integer, courtyards_orange integer, risk_score numeric)
language plpgsql
stable
security definer
set jit = off
set enable_mergejoin = off
-- As for private.stats_dashboard: a plan for each call's own level and dates.
set plan_cache_mode = force_custom_plan
set search_path = ''
as $$
#variable_conflict use_column
declare
  v_depth integer := array_position(enum_range(null::public.grid_level), p_level);
  v_dept smallint := private.stats_department();
  v_home public.grid_level := (select g.level from public.grids g where g.id = (private.current_profile()).grid_id
                               and (private.current_profile()).role = any (private.grid_staff_roles()));
  v_month0 date := case when extract(day from p_from) = 1 then p_from else (date_trunc('month', p_from) + interval '1 month')::date end;
  v_month1 date := (date_trunc('month', p_to + 1) - interval '1 month')::date;
  v_t0 timestamptz;
  v_t1 timestamptz;
  v_m0 timestamptz;
  v_m1 timestamptz;
  v_grids bigint[];
  v_sensitive text[] := private.sensitive_categories();
begin
  if p_from is null or p_to is null or p_from > p_to or p_to >= p_from + interval '3 years' then
    perform private.fail('error.stats_range', format('统计日期范围无效：%s 至 %s', p_from, p_to),
      jsonb_build_object('from', p_from, 'to', p_to));
  end if;
  v_t0 := p_from::timestamp at time zone 'Asia/Shanghai';
  v_t1 := (p_to + 1)::timestamp at time zone 'Asia/Shanghai';
  -- Communities and 小网格 read whole months from private.stats_grid_months when each of them is all or nothing of
  -- the caller's own area (no department filter, no home deeper than a 小网格), as in stats_dashboard.
  if v_depth <= 2 and v_dept is null and (v_home is null or v_home in ('community', 'grid')) and v_month0 <= v_month1 then
    v_m0 := v_month0::timestamp at time zone 'Asia/Shanghai';
    v_m1 := (v_month1 + interval '1 month')::timestamp at time zone 'Asia/Shanghai';
  else
    v_month0 := null;
    v_m0 := v_t1;
    v_m1 := v_t1;
  end if;
  select array_agg(a.grid_id) into v_grids from private.stats_grid_access() a where cardinality(a.path) >= v_depth;
  return query
  with ga as materialized (
    select a.grid_id, a.all_categories, a.path[v_depth] target
    from private.stats_grid_access() a where cardinality(a.path) >= v_depth
  ), counts as (
    select m.node_id target, m.received n, m.solved, m.resolved
    from private.stats_grid_months m
    join ga on ga.grid_id = m.node_id and (ga.all_categories or m.category <> all (v_sensitive))
    where v_month0 is not null and m.depth = v_depth and m.month between v_month0 and v_month1
    union all
    select ga.target, 1, (i.status in ('resolved', 'closed'))::int, 0
    from (
      select i.grid_id, i.category, i.department_id, i.status from public.incidents i
      where i.grid_id = any (v_grids) and i.reported_at >= v_t0 and i.reported_at < v_m0
      union all
      select i.grid_id, i.category, i.department_id, i.status from public.incidents i
      where i.grid_id = any (v_grids) and i.reported_at >= v_m1 and i.reported_at < v_t1) i
    join ga on ga.grid_id = i.grid_id and (ga.all_categories or i.category <> all (v_sensitive))
    where v_dept is null or i.department_id = v_dept
    union all
    select ga.target, 0, 0, 1
    from (
      select i.grid_id, i.category, i.department_id, i.status from public.incidents i
      where i.grid_id = any (v_grids) and i.resolved_at >= v_t0 and i.resolved_at < v_m0
      union all
      select i.grid_id, i.category, i.department_id, i.status from public.incidents i
      where i.grid_id = any (v_grids) and i.resolved_at >= v_m1 and i.resolved_at < v_t1) i
    join ga on ga.grid_id = i.grid_id and (ga.all_categories or i.category <> all (v_sensitive))
    where i.status in ('resolved', 'closed') and (v_dept is null or i.department_id = v_dept)
  ), sums as (
    select c.target, sum(c.n)::int n, sum(c.solved)::int solved, sum(c.resolved)::int resolved from counts c group by c.target
  ), opn as (
    select ga.target, count(*)::int n, count(*) filter (where private.incident_overdue(st.is_open, i.due_at, now()))::int overdue
    from public.incidents i
    join public.incident_statuses st on st.code = i.status and st.is_open
    join ga on ga.grid_id = i.grid_id and (ga.all_categories or i.category <> all (v_sensitive))
    where v_dept is null or i.department_id = v_dept
    group by ga.target
  ), yards as (
    select ga.target, count(*) filter (where y.risk_level = 'red')::int red,
           count(*) filter (where y.risk_level = 'orange')::int orange,
           count(*) filter (where y.risk_level = 'yellow')::int yellow
    from public.courtyards y join ga on ga.grid_id = y.grid_id
    group by ga.target
  )
  select g.id, coalesce(r.n, 0), coalesce(r.resolved, 0), coalesce(o.n, 0), coalesce(o.overdue, 0),
         round(r.solved::numeric / nullif(r.n, 0), 4), coalesce(y.red, 0), coalesce(y.orange, 0),
         (3 * coalesce(y.red, 0) + 2 * coalesce(y.orange, 0) + coalesce(y.yellow, 0))::numeric
  from public.grids g
  left join sums r on r.target = g.id
  left join opn o on o.target = g.id
  left join yards y on y.target = g.id
  where g.level = p_level
  order by g.id;
end
$$;
comment on function private.grid_metrics(public.grid_level, date, date) is
  'Choropleth figures per grid of a level; see public.grid_metrics. Security definer for the same reasons as '
  'private.stats_dashboard: it reads the closed rollups, and applies the visibility rules as one set instead of row '
  'by row.';

create or replace function public.grid_metrics(p_level public.grid_level, p_from date, p_to date)
returns table (grid_id bigint, received integer, resolved integer, open integer, overdue integer, resolution_rate numeric,
  courtyards_red integer, courtyards_orange integer, risk_score numeric)
language sql
stable
set search_path = ''
as $$
  select * from private.grid_metrics(p_level, p_from, p_to)
$$;
comment on function public.grid_metrics(public.grid_level, date, date) is
  'One row per grid of the level (grids are public, so every one), for the choropleth: incidents received, resolved '
  'and resolution rate over the inclusive Asia/Shanghai dates, open and overdue now, red and orange courtyards and '
  'risk_score = 3 × red + 2 × orange + 1 × yellow courtyards (blue ones count 0). Counts cover what the caller may '
  'see, as for stats_dashboard: grid staff every incident of their subtree and the public view elsewhere, department '
  'staff their department''s incidents, everyone else the public view. Refuses a reversed or over-3-year range '
  '(error.stats_range).';

select private.grant_execute(array[
  'private.stats_hour_edges()', 'private.stats_hour_bin(double precision)', 'private.stats_percentile(integer[], double precision)',
  'private.stats_rating_avg(integer[])', 'private.stats_duration_class(double precision)', 'private.stats_grid_access()', 'private.stats_department()',
  'private.stats_dashboard(bigint, date, date, text, text[], text[])',
  'public.stats_dashboard(bigint, date, date, text, text[], text[])',
  'private.grid_metrics(public.grid_level, date, date)', 'public.grid_metrics(public.grid_level, date, date)'], true);
