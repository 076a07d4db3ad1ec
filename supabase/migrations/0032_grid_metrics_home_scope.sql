-- The choropleth (private.grid_metrics) for a grid worker or leader looking at a level above their home grid: its
-- whole months came from the public rollup rows of the community, which leave out the sensitive incidents of their
-- own grid, while its edge days counted them. Whole months now come from the rollups only when the caller's home is
-- no deeper than the level asked for; otherwise every day is counted from the incidents, as the edge days are.

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
  -- the caller's own area: no department filter, and a home no deeper than the level asked for. A 小网格 worker's
  -- community holds their own grid's sensitive incidents, which the community's public rollup rows leave out.
  if v_depth <= 2 and v_dept is null
     and (v_home is null or array_position(enum_range(null::public.grid_level), v_home) <= v_depth)
     and v_month0 <= v_month1 then
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
  'private.stats_dashboard: it reads the closed rollups (only where the caller''s home is no deeper than the level), '
  'and applies the visibility rules as one set instead of row by row.';
