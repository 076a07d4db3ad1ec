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
--   time to resolve   resolved_at - reported_at, in hours, of the incidents resolved in the range; median and
--              90th percentile are exact (percentile_cont), not read from histogram buckets.
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
-- Why indexes and not a rollup table or a materialised view (measured on PostgreSQL 15 on this project's 2-core
-- test machine with 1,000,000 incidents over 3 years in 1,000 grids, see bench/stats-1m.bench.ts):
--   * The filters the dashboard offers (9 categories × 5 sources) crossed with the breakdowns it draws (9
--     department slots, child grids, days) leave nothing to add up: a per day × grid × category × source ×
--     department rollup built from those incidents held 901,130 rows for 1,000,000 incidents, and a per month ×
--     小网格 one still 365,700. Reading a year from them cost 330–380 ms, no better than the incidents themselves.
--   * Two covering indexes let every range query read only an index (index-only scans, no table access): one on
--     reported_at for "received", one on resolved_at for "resolved". A 30-day district dashboard reads ~27,000
--     entries from each. Open incidents are few (the backlog, not the history) and come through the status index.
--   * Nothing to keep in step: no trigger on every incident write, nothing to rebuild after the demo seed's bulk
--     load (which bypasses the logging triggers), nothing stale between refreshes.
-- The cost grows with the incidents in the range: a full year of a 1,000,000-incident district takes about a
-- second (bench/results/stats-1m.json has the figures). When that matters, a month-grain rollup per grid level
-- (root, community, 小网格) without the department dimension is the next step.
--
-- The functions are security definer, each with its reason below; the visibility rules above are applied in
-- one helper (private.stats_grid_access) and the department filter, mirroring the policies of 0005 and 0007.

drop index public.incidents_reported_at_idx;
create index incidents_reported_stats_idx on public.incidents (reported_at)
  include (grid_id, category, source, department_id, status);
comment on index public.incidents_reported_stats_idx is
  'Incidents by report time, covering what the statistics read about them: counts of incidents received in a '
  'range are index-only scans. Also serves the map''s newest-first order (it replaced incidents_reported_at_idx).';
create index incidents_resolved_stats_idx on public.incidents (resolved_at)
  include (grid_id, category, source, department_id, status, reported_at, rating)
  where resolved_at is not null;
comment on index public.incidents_resolved_stats_idx is
  'Resolved incidents by resolution time, covering time to resolve and rating: the "resolved in a range" '
  'statistics are index-only scans.';

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
    select p.role, p.grid_id home from private.current_profile() p
  )
  select g.id, g.path,
         coalesce(me.role in ('district_admin', 'department_staff')
           or (me.role = any (private.grid_staff_roles()) and g.path @> array[me.home]), false),
         coalesce(me.role = 'district_admin' or (me.role = any (private.grid_staff_roles()) and g.path @> array[me.home]), false)
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
-- JIT compilation would cost more than these queries take; the percentiles' sorts fit in memory.
set jit = off
set work_mem = '32MB'
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
  -- Shanghai has kept UTC+8 without daylight saving since 1991: a day is 86,400 s from local midnight, so rows
  -- find their day by arithmetic instead of a time zone conversion each.
  v_t0 := p_from::timestamp at time zone 'Asia/Shanghai';
  v_t1 := (p_to + 1)::timestamp at time zone 'Asia/Shanghai';
  select array_agg(c.code order by c.sort) into v_categories from public.incident_categories c
  where p_categories is null or c.code = any (p_categories);
  select array_agg(s.code order by s.sort) into v_sources from public.incident_sources s
  where p_sources is null or s.code = any (p_sources);
  select array_agg(st.code) into v_open from public.incident_statuses st where st.is_open;

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
  ), rec as materialized (
    -- One pass, two groupings: the breakdowns' (child grid, category, source, department) and the trend's day.
    select grouping(x.day_no) = 0 by_day, x.child_id, x.category, x.source, x.department_id, x.day_no,
           count(*)::int n, count(*) filter (where x.solved)::int solved
    from (
      select sg.child_id, i.category, i.source, i.department_id, i.status in ('resolved', 'closed') solved,
             floor(date_part('epoch', i.reported_at - v_t0) / 86400)::int day_no
      from public.incidents i
      join sg on sg.grid_id = i.grid_id and (sg.all_categories or i.category <> all (v_sensitive))
      where i.reported_at >= v_t0 and i.reported_at < v_t1 and i.category = any (v_categories)
        and i.source = any (v_sources) and (v_dept is null or i.department_id = v_dept)) x
    group by grouping sets ((x.child_id, x.category, x.source, x.department_id), (x.day_no))
  ), res_rows as materialized (
    select sg.child_id, i.category, i.source, i.department_id, i.rating,
           date_part('epoch', i.resolved_at - i.reported_at) / 3600 hours,
           floor(date_part('epoch', i.resolved_at - v_t0) / 86400)::int day_no
    from public.incidents i
    join sg on sg.grid_id = i.grid_id and (sg.all_categories or i.category <> all (v_sensitive))
    where i.resolved_at >= v_t0 and i.resolved_at < v_t1 and i.status in ('resolved', 'closed')
      and i.category = any (v_categories) and i.source = any (v_sources) and (v_dept is null or i.department_id = v_dept)
  ), res as materialized (
    -- One pass, four groupings: the breakdowns', the trend's day, the rating and the time-to-resolve class.
    select case when grouping(r.day_no) = 0 then 'day' when grouping(r.rating) = 0 then 'rating'
                when grouping(r.class) = 0 then 'class' else 'cell' end kind,
           r.child_id, r.category, r.source, r.department_id, r.day_no, r.rating, r.class, count(*)::int n
    from (select res_rows.*, private.stats_duration_class(res_rows.hours) class from res_rows) r
    group by grouping sets ((r.child_id, r.category, r.source, r.department_id), (r.day_no), (r.rating), (r.class))
  ), opn as materialized (
    select sg.child_id, i.category, i.source, i.department_id, i.status,
           date_part('epoch', now() - i.reported_at) / 3600 age_hours,
           private.incident_overdue(true, i.due_at, now()) overdue
    from public.incidents i
    join sg on sg.grid_id = i.grid_id and (sg.all_categories or i.category <> all (v_sensitive))
    where i.status = any (v_open) and i.category = any (v_categories) and i.source = any (v_sources)
      and (v_dept is null or i.department_id = v_dept)
  ), hh as materialized (
    select h.tags, h.last_visit_at from public.households h join sg on sg.grid_id = h.grid_id and sg.households
  ), yards as materialized (
    select y.stars, y.risk_level from public.courtyards y join sg on sg.grid_id = y.grid_id
  ), buckets as (
    select b::date bucket, d.day_no
    from generate_series(date_trunc(p_bucket, p_from::timestamp), p_to::timestamp, ('1 ' || p_bucket)::interval) b
    join lateral generate_series(greatest(b::date, p_from) - p_from, least((b + ('1 ' || p_bucket)::interval)::date - 1, p_to) - p_from) d (day_no) on true
  ), classes (key, sort) as (
    values ('lt1d', 1), ('1to3d', 2), ('3to7d', 3), ('7to30d', 4), ('gt30d', 5)
  )
  select jsonb_build_object(
    'kpis', (
      select jsonb_build_object(
        'received', r.received, 'resolved', s.resolved,
        'resolution_rate', round(r.solved::numeric / nullif(r.received, 0), 4),
        'open', o.open, 'overdue', o.overdue, 'coordinating', o.coordinating,
        'median_hours', round(s.pct[1]::numeric, 1), 'p90_hours', round(s.pct[2]::numeric, 1),
        'satisfaction', round(s.satisfaction, 2), 'rated', s.rated)
      from (select coalesce(sum(n), 0)::int received, coalesce(sum(solved), 0)::int solved from rec where not by_day) r,
           (select count(*)::int resolved, percentile_cont(array[0.5, 0.9]) within group (order by hours) pct,
                   avg(rating) satisfaction, count(rating)::int rated from res_rows) s,
           (select count(*)::int open, count(*) filter (where overdue)::int overdue,
                   count(*) filter (where status = 'coordinating')::int coordinating from opn) o),
    'trend', (
      select jsonb_agg(jsonb_build_object('bucket', to_char(t.bucket, 'YYYY-MM-DD'), 'received', t.received,
               'resolved', t.resolved) order by t.bucket)
      from (
        select b.bucket, coalesce(sum(r.n), 0)::int received, coalesce(sum(s.n), 0)::int resolved
        from buckets b
        left join rec r on r.by_day and r.day_no = b.day_no
        left join res s on s.kind = 'day' and s.day_no = b.day_no
        group by b.bucket) t),
    'by_category', (
      select coalesce(jsonb_agg(jsonb_build_object('code', c.code, 'received', coalesce(r.n, 0),
               'resolved', coalesce(s.n, 0), 'open', coalesce(o.n, 0)) order by c.sort, c.code), '[]'::jsonb)
      from cats c
      left join (select category, sum(n)::int n from rec where not by_day group by category) r on r.category = c.code
      left join (select category, sum(n)::int n from res where kind = 'cell' group by category) s on s.category = c.code
      left join (select category, count(*)::int n from opn group by category) o on o.category = c.code),
    'by_source', (
      select coalesce(jsonb_agg(jsonb_build_object('code', x.code, 'received', coalesce(r.n, 0),
               'resolved', coalesce(s.n, 0), 'open', coalesce(o.n, 0)) order by x.sort, x.code), '[]'::jsonb)
      from public.incident_sources x
      left join (select source, sum(n)::int n from rec where not by_day group by source) r on r.source = x.code
      left join (select source, sum(n)::int n from res where kind = 'cell' group by source) s on s.source = x.code
      left join (select source, count(*)::int n from opn group by source) o on o.source = x.code
      where x.code = any (v_sources)),
    'by_department', (
      select coalesce(jsonb_agg(jsonb_build_object('department_id', d.id, 'received', coalesce(r.n, 0),
               'resolved', coalesce(s.n, 0), 'open', coalesce(o.n, 0), 'overdue', coalesce(o.overdue, 0),
               'median_hours', round(s.median::numeric, 1), 'satisfaction', round(s.satisfaction, 2))
             order by coalesce(r.n, 0) desc, d.id), '[]'::jsonb)
      from public.departments d
      left join (select department_id, sum(n)::int n from rec where not by_day group by department_id) r on r.department_id = d.id
      left join (select department_id, count(*)::int n, percentile_cont(0.5) within group (order by hours) median,
                        avg(rating) satisfaction
                 from res_rows group by department_id) s on s.department_id = d.id
      left join (select department_id, count(*)::int n, count(*) filter (where overdue)::int overdue
                 from opn group by department_id) o on o.department_id = d.id
      where v_dept is null or d.id = v_dept),
    'by_grid', (
      select coalesce(jsonb_agg(jsonb_build_object('grid_id', g.id, 'code', g.code, 'name', g.name,
               'received', coalesce(r.n, 0), 'resolved', coalesce(s.n, 0), 'open', coalesce(o.n, 0),
               'overdue', coalesce(o.overdue, 0), 'resolution_rate', round(r.solved::numeric / nullif(r.n, 0), 4))
             order by coalesce(r.n, 0) desc, g.code), '[]'::jsonb)
      from public.grids g
      left join (select child_id, sum(n)::int n, sum(solved)::int solved from rec where not by_day group by child_id) r on r.child_id = g.id
      left join (select child_id, sum(n)::int n from res where kind = 'cell' group by child_id) s on s.child_id = g.id
      left join (select child_id, count(*)::int n, count(*) filter (where overdue)::int overdue
                 from opn group by child_id) o on o.child_id = g.id
      where case when v_root is null then g.level = 'community' else g.parent_id = v_root end),
    'backlog_age', (
      select jsonb_agg(jsonb_build_object('key', k.key, 'count', coalesce(o.n, 0)) order by k.sort)
      from classes k
      left join (select private.stats_duration_class(age_hours) key, count(*)::int n from opn group by 1) o on o.key = k.key),
    'resolve_time', (
      select jsonb_agg(jsonb_build_object('key', k.key, 'count', coalesce(s.n, 0)) order by k.sort)
      from classes k
      left join res s on s.kind = 'class' and s.class = k.key),
    'satisfaction', (
      select jsonb_agg(jsonb_build_object('key', k, 'count', coalesce(s.n, 0)) order by k)
      from generate_series(1, 5) k
      left join res s on s.kind = 'rating' and s.rating = k),
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
      left join (select tag, count(*)::int n from hh, unnest(hh.tags) tag group by tag) c on c.tag = t.code
      where exists (select 1 from sg where sg.households)),
    'visits', (
      select jsonb_build_object(
        'made', count(*) filter (where last_visit_at between p_from and p_to),
        'due', count(*) filter (where last_visit_at is null or last_visit_at < v_today - 90),
        'overdue', count(*) filter (where last_visit_at is null or last_visit_at < v_today - 180))
      from hh))
  into v_result;
  return v_result;
end
$$;
comment on function private.stats_dashboard(bigint, date, date, text, text[], text[]) is
  'Every dashboard figure for a scope (see the head of 0017 for what each means and who sees what). Security '
  'definer because counting through row level security checks each incident against the caller''s grid list (up '
  'to every grid of the district) one row at a time, which costs more than the statistics themselves; it applies '
  'the same rules as one set (private.stats_grid_access, private.stats_department). Only called by '
  'public.stats_dashboard.';

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
set search_path = ''
as $$
#variable_conflict use_column
declare
  v_depth integer := array_position(enum_range(null::public.grid_level), p_level);
  v_dept smallint := private.stats_department();
  v_t0 timestamptz;
  v_t1 timestamptz;
begin
  if p_from is null or p_to is null or p_from > p_to or p_to >= p_from + interval '3 years' then
    perform private.fail('error.stats_range', format('统计日期范围无效：%s 至 %s', p_from, p_to),
      jsonb_build_object('from', p_from, 'to', p_to));
  end if;
  v_t0 := p_from::timestamp at time zone 'Asia/Shanghai';
  v_t1 := (p_to + 1)::timestamp at time zone 'Asia/Shanghai';
  return query
  with ga as materialized (
    select a.grid_id, a.all_categories, a.path[v_depth] target
    from private.stats_grid_access() a where cardinality(a.path) >= v_depth
  ), cats as materialized (
    select c.code, not c.sensitive public_category from public.incident_categories c
  ), rec as (
    select ga.target, count(*)::int n, count(*) filter (where i.status in ('resolved', 'closed'))::int solved
    from public.incidents i
    join ga on ga.grid_id = i.grid_id
    join cats c on c.code = i.category and (ga.all_categories or c.public_category)
    where i.reported_at >= v_t0 and i.reported_at < v_t1 and (v_dept is null or i.department_id = v_dept)
    group by ga.target
  ), res as (
    select ga.target, count(*)::int n
    from public.incidents i
    join ga on ga.grid_id = i.grid_id
    join cats c on c.code = i.category and (ga.all_categories or c.public_category)
    where i.resolved_at >= v_t0 and i.resolved_at < v_t1 and i.status in ('resolved', 'closed')
      and (v_dept is null or i.department_id = v_dept)
    group by ga.target
  ), opn as (
    select ga.target, count(*)::int n, count(*) filter (where private.incident_overdue(st.is_open, i.due_at, now()))::int overdue
    from public.incidents i
    join public.incident_statuses st on st.code = i.status and st.is_open
    join ga on ga.grid_id = i.grid_id
    join cats c on c.code = i.category and (ga.all_categories or c.public_category)
    where v_dept is null or i.department_id = v_dept
    group by ga.target
  ), yards as (
    select ga.target, count(*) filter (where y.risk_level = 'red')::int red,
           count(*) filter (where y.risk_level = 'orange')::int orange,
           count(*) filter (where y.risk_level = 'yellow')::int yellow
    from public.courtyards y join ga on ga.grid_id = y.grid_id
    group by ga.target
  )
  select g.id, coalesce(r.n, 0), coalesce(s.n, 0), coalesce(o.n, 0), coalesce(o.overdue, 0),
         round(r.solved::numeric / nullif(r.n, 0), 4), coalesce(y.red, 0), coalesce(y.orange, 0),
         (3 * coalesce(y.red, 0) + 2 * coalesce(y.orange, 0) + coalesce(y.yellow, 0))::numeric
  from public.grids g
  left join rec r on r.target = g.id
  left join res s on s.target = g.id
  left join opn o on o.target = g.id
  left join yards y on y.target = g.id
  where g.level = p_level
  order by g.id;
end
$$;
comment on function private.grid_metrics(public.grid_level, date, date) is
  'Choropleth figures per grid of a level; see public.grid_metrics. Security definer for the same reason as '
  'private.stats_dashboard: the visibility rules are applied as one set instead of row by row.';

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
  'private.stats_duration_class(double precision)', 'private.stats_grid_access()', 'private.stats_department()',
  'private.stats_dashboard(bigint, date, date, text, text[], text[])',
  'public.stats_dashboard(bigint, date, date, text, text[], text[])',
  'private.grid_metrics(public.grid_level, date, date)', 'public.grid_metrics(public.grid_level, date, date)'], true);
