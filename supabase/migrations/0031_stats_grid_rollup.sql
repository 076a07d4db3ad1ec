-- 0032 Statistics rollups down to the 小网格, and the dashboard's own visit figures counted as one set.
--
-- Measured on bench/stats-1m.bench.ts (1,000,000 incidents, 1,000 grids, 50,000 households) before this migration:
--   * The visit figures that 0021 added to public.stats_dashboard (private.stats_visits) called the cadence
--     functions once per household, each a separate plan (they cannot be inlined, having SET clauses), and read the
--     households through row level security, comparing every row with the caller's list of up to 1,000 grids:
--     about 1 s for one 小网格 and 15–20 s for the whole district. They are now counted per (tags, last visit)
--     group, the cadence looked up once per distinct tag set with the same private.visit_interval, over the grids
--     private.stats_grid_access lets the caller count households in (the households and visits policies' rule, as
--     one set; the dashboard's household tag counts already work this way).
--   * private.stats_dashboard still computed 0017's provisional visit figures, which public.stats_dashboard then
--     replaced: no longer computed.
--   * Open incidents were found by probing the status index once per grid of the scope (33 probes of the whole
--     backlog's bitmap for a 小网格), then fetched from the table: the backlog is now read once, from a covering
--     partial index (incidents_open_idx), and joined to the scope.
--   * One 小网格 over 12 months read its ~11,000 received and ~11,000 resolved incidents one by one (72 ms in
--     all). private.stats_months now also holds each 小网格 (path[2]) per month × category × source × department,
--     with the rating counts and the 20 time-to-resolve bins, so the KPIs, breakdowns, percentiles and the
--     distribution of whole months come from a few hundred rollup rows per month; private.stats_grid_months
--     gains depth 3 (the 微网格 of a 小网格, or the 小网格 itself for incidents in none) for its ranking. The
--     percentiles were computed from the same bins on either path, so the figures are the same to the digit.
--     A 小网格 gets no day rollup (about 1.2 million rows for 30 小网格 over 3 years), so it takes the rollup
--     for month buckets, the dashboard's choice for long ranges; day and week buckets still count the incidents.
-- The rollups stay exact under every write through the same trigger (private.incidents_stats → stats_apply →
-- the row functions redefined below); they are rebuilt once here for the rows the new nodes add.

-- What one incident adds: also its 小网格's row (none for an incident lying directly in a community).
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
  from ev cross join (values (0::bigint), (p_path[1]), (p_path[2])) n (node)
  where n.node is not null
$$;
comment on function private.stats_month_rows(bigint[], text, text, smallint, text, timestamptz, timestamptz, smallint) is
  'What one incident (in the grid with this path, with these category, source, department, status, times and rating) '
  'adds to private.stats_months, for the district, its community and its 小网格: its report month, and when '
  'resolved or closed its resolution month with its rating and time-to-resolve bin. The one definition the trigger '
  'and the rebuild share.';

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
  cross join (values (1, p_path[1]), (2, coalesce(p_path[2], p_path[1])), (3, coalesce(p_path[3], p_path[2]))) d (depth, node)
  where d.node is not null
$$;
comment on function private.stats_grid_month_rows(bigint[], text, text, smallint, text, timestamptz, timestamptz, smallint) is
  'What one incident adds to private.stats_grid_months: its report month and, when resolved or closed, its '
  'resolution month, for its community (depth 1), its 小网格 (depth 2, the community when in none) and its 微网格 '
  '(depth 3, the 小网格 when in none; no row when in no 小网格).';

alter table private.stats_grid_months drop constraint stats_grid_months_depth_check;
alter table private.stats_grid_months add constraint stats_grid_months_depth_check check (depth in (1, 2, 3));
comment on table private.stats_months is
  'Statistics rollup, one row per node × month (Asia/Shanghai) × category × source × department (0 = none); '
  'node 0 = the whole district, else a community or a 小网格. received/solved count incidents reported that month '
  '(solved = now resolved or closed); resolved, r1–r5 (ratings) and h01–h20 (time-to-resolve bins) count incidents '
  'resolved that month and resolved or closed now. Kept by the incidents_stats trigger; private.stats_rebuild() '
  'recomputes it.';
comment on table private.stats_grid_months is
  'Ranking rollup, one row per node × month × category × source: received, solved and resolved as in '
  'stats_months. depth 1: node = the community holding the incident; depth 2: its 小网格, or the community when the '
  'incident lies in no 小网格; depth 3: its 微网格, or its 小网格 when it lies in no 微网格. Kept by the '
  'incidents_stats trigger; private.stats_rebuild() recomputes it.';

-- The open backlog, read by every dashboard call whatever its scope and range, from the index alone (it was 1,923
-- heap fetches scattered over a million-row table, 7 ms, before a single figure). The predicate names the statuses
-- that are not open (incident_statuses.is_open); the dashboard asks for status = any (the open ones), which the
-- planner proves implies it. Were the vocabulary to change, the figures would stay right: the planner would fall
-- back to incidents_status_idx when it can no longer prove the implication.
create index incidents_open_idx on public.incidents (grid_id)
  include (category, source, department_id, status, reported_at, due_at)
  where status not in ('resolved', 'closed', 'rejected');
comment on index public.incidents_open_idx is
  'Open incidents by grid, covering what the dashboard''s backlog figures read (open, overdue, coordinating, age, '
  'by category, source, department and child grid): an index-only scan of the backlog.';

-- The ranking reads the rows of the scope's children only: by node, not every node of a depth over the months.
create index stats_grid_months_node_idx on private.stats_grid_months (node_id, depth, month);
comment on index private.stats_grid_months_node_idx is
  'Rollup rows of one node by month: the dashboard''s ranking reads the few children of its scope (4 微网格 of a '
  '小网格) instead of every node of their depth (120 微网格).';

select private.stats_rebuild();

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
  v_categories text[];
  v_sensitive text[] := private.sensitive_categories();
  v_sources text[];
  v_open text[];
  v_grids bigint[];
  v_rollup boolean;
  v_days boolean;
  v_depth integer;
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
  -- The rollups serve the whole district, a community and a 小网格, when the caller sees the same categories all
  -- over the scope (the rollups cannot tell a grid staff member's own 微网格 from the rest of a 小网格) and is not
  -- limited to a department (the trend rollup has no department): whole months from private.stats_months, the
  -- days before the first and after the last whole month from the incidents. The trend comes from
  -- private.stats_days for the district and a community; a 小网格 has no day rollup, so it takes the rollup only
  -- for month buckets (the trend's whole months are then rows of stats_months). Everything else is counted from
  -- the incidents.
  v_depth := case when v_root is null then 0 else (select cardinality(g.path) from public.grids g where g.id = v_root) end;
  select count(distinct a.all_categories) = 1 and v_dept is null and (v_depth <= 1 or (v_depth = 2 and p_bucket = 'month')),
         bool_and(a.all_categories), array_agg(a.grid_id)
    into v_rollup, v_all, v_grids
  from private.stats_grid_access() a where v_root is null or a.path @> array[v_root];
  v_days := v_rollup and v_depth <= 1;
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
  ), months as materialized (
    -- The scope's whole months from the rollup, read once for the figures and (a 小网格's) trend.
    select m.* from private.stats_months m
    where v_month0 is not null and m.node_id = coalesce(v_root, 0) and m.month between v_month0 and v_month1
      and m.category = any (v_categories) and m.source = any (v_sources) and (v_all or m.category <> all (v_sensitive))
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
      from months m
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
      where v_month0 is not null and m.depth = v_depth + 1
        and m.month between v_month0 and v_month1 and m.category = any (v_categories) and m.source = any (v_sources)
        and (v_all or m.category <> all (v_sensitive))
      union all
      select r.child_id, r.n, r.solved, 0 from raw_rec r where not r.by_day
      union all
      select s.child_id, 0, 0, s.n from raw_res s where not s.by_day) c
    group by c.child_id
  ), days as materialized (
    -- Received and resolved per day of the range (day 0 = p_from), for the trend: a whole month taken from
    -- stats_months counts on its first day, which lies in that month's bucket.
    select d.day - p_from day_no, sum(d.received)::int received, sum(d.resolved)::int resolved
    from private.stats_days d
    where v_days and d.node_id = coalesce(v_root, 0) and d.day between p_from and p_to
      and d.category = any (v_categories) and d.source = any (v_sources) and (v_all or d.category <> all (v_sensitive))
    group by d.day
    union all
    select m.month - p_from, sum(m.received)::int, sum(m.resolved)::int
    from months m
    where not v_days
    group by m.month
    union all
    select x.day_no, sum(x.received)::int, sum(x.resolved)::int
    from (select day_no, n received, 0 resolved from raw_rec where by_day
          union all select day_no, 0, n from raw_res where by_day) x
    where not v_days
    group by x.day_no
  ), open_now as materialized (
    -- Every open incident (a small backlog, read from incidents_open_idx alone), joined to the scope's grids
    -- below: probing the status index once per grid of the scope cost more than reading the backlog once.
    select i.grid_id, i.category, i.source, i.department_id, i.status, i.reported_at, i.due_at
    from public.incidents i
    where i.status = any (v_open) and i.category = any (v_categories) and i.source = any (v_sources)
      and (v_dept is null or i.department_id = v_dept)
  ), opn as materialized (
    select sg.child_id, i.category, i.source, i.department_id, i.status,
           date_part('epoch', now() - i.reported_at) / 3600 age_hours,
           private.incident_overdue(true, i.due_at, now()) overdue
    from open_now i
    join sg on sg.grid_id = i.grid_id and (sg.all_categories or i.category <> all (v_sensitive))
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
      where exists (select 1 from sg where sg.households)))
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

create or replace function private.stats_visits(p_grid_id bigint, p_from date, p_to date)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  with grids as materialized (
    select a.grid_id from private.stats_grid_access() a
    where a.households and (p_grid_id is null or a.path @> array[p_grid_id])
  ), last_visits as (
    select h.tags, h.last_visit_at, count(*) n from public.households h
    where h.grid_id in (select g.grid_id from grids g) and h.status <> 'moved_out'
    group by h.tags, h.last_visit_at
  ), cadence as materialized (
    select t.tags, private.visit_interval(t.tags) days from (select distinct l.tags from last_visits l) t
  ), due as materialized (
    select l.last_visit_at + c.days due_on, l.last_visit_at is null never, l.n
    from last_visits l join cadence c on c.tags = l.tags
  )
  select jsonb_build_object(
    'made', (select count(*) from public.household_visits v join public.households h on h.id = v.household_id
             where v.visited_on between p_from and p_to and h.status <> 'moved_out'
               and h.grid_id in (select g.grid_id from grids g)),
    'due', (select coalesce(sum(d.n), 0) from due d where d.never or d.due_on <= (select private.today()) + 7),
    'overdue', (select coalesce(sum(d.n), 0) from due d where d.never or d.due_on < (select private.today())))
$$;
comment on function private.stats_visits(bigint, date, date) is
  'Visit figures over the households the caller may see in a grid subtree (null = all they see): made = visits '
  'recorded on the inclusive dates, due = households overdue or due within 7 days, overdue = overdue today, by the '
  'cadence rules (private.visit_interval). Security definer so as to count the households as one set: the '
  'households and visits policies'' rule (staff of the grid subtree) is applied through private.stats_grid_access '
  'instead of row by row, which compared each household with the caller''s whole grid list.';
