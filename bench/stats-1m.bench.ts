// Issue #6's speed target on the real PostgreSQL server: with 1,000,000 incidents in 1,000 grids, the dashboard's
// full set of statistics (public.stats_dashboard) for the whole district in under 300 ms and for one grid in under
// 50 ms. A scratch database gets the migrations, then a generated district: 10 communities → 30 小网格 → 120 微网格
// → 840 楼栋 grids, 1,000,000 incidents over three years (most resolved within days, a small open backlog),
// 1,000 courtyards and 50,000 households. Calls are made as a street admin, the way PostgREST makes them (role
// authenticated, JWT claims in request.jwt.claims), and timed in the client, round trip included.
// Not a test: it records, it does not judge. Run by itself: npx tsx bench/stats-1m.bench.ts
// GRIDGOV_BENCH_KEEP=1 leaves the scratch database in place (its name is printed) for EXPLAIN ANALYZE afterwards;
// GRIDGOV_BENCH_DB=<that name> measures again on it without generating anything (kept as long as the variable is
// set), to repeat the figures when the shared machine is quiet.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT, readMigrations } from '../scripts/lib/migrations';
import { postgresConfig } from '../tests/sql/engines';

const ADMIN_ID = '00000000-0000-4000-8000-00000000a001';
const RUNS = 7;

const GENERATE_GRIDS = `
  -- Each community a 0.06° × 0.05° block (5 × 2 of them), cut into 3 小网格 (columns), each into 4 微网格 (rows),
  -- each into 7 楼栋 (columns): 10 + 30 + 120 + 840 = 1,000 grids, inserted through the table's checks.
  create temp table plan as
  select n, 112.50 + (n % 5) * 0.06 x0, 37.80 + (n / 5) * 0.05 y0 from generate_series(0, 9) n;
  insert into public.grids (id, parent_id, level, code, name, geom)
  select 1 + n, null, 'community', format('C%s', n), format('社区%s', n),
    st_multi(st_makeenvelope(x0, y0, x0 + 0.06, y0 + 0.05, 4326)) from plan;
  insert into public.grids (id, parent_id, level, code, name, geom)
  select 100 + n * 3 + g, 1 + n, 'grid', format('C%s-G%s', n, g), format('网格%s-%s', n, g),
    st_multi(st_makeenvelope(x0 + g * 0.02, y0, x0 + (g + 1) * 0.02, y0 + 0.05, 4326))
  from plan, generate_series(0, 2) g;
  insert into public.grids (id, parent_id, level, code, name, geom)
  select 1000 + (n * 3 + g) * 4 + m, 100 + n * 3 + g, 'micro', format('C%s-G%s-M%s', n, g, m), format('微网格%s-%s-%s', n, g, m),
    st_multi(st_makeenvelope(x0 + g * 0.02, y0 + m * 0.0125, x0 + (g + 1) * 0.02, y0 + (m + 1) * 0.0125, 4326))
  from plan, generate_series(0, 2) g, generate_series(0, 3) m;
  insert into public.grids (id, parent_id, level, code, name, geom)
  select 10000 + ((n * 3 + g) * 4 + m) * 7 + u, 1000 + (n * 3 + g) * 4 + m, 'unit', format('C%s-G%s-M%s-U%s', n, g, m, u),
    format('楼栋%s-%s-%s-%s', n, g, m, u),
    st_multi(st_makeenvelope(x0 + g * 0.02 + u * 0.02 / 7, y0 + m * 0.0125, x0 + g * 0.02 + (u + 1) * 0.02 / 7,
      y0 + (m + 1) * 0.0125, 4326))
  from plan, generate_series(0, 2) g, generate_series(0, 3) m, generate_series(0, 6) u;
  select setval(pg_get_serial_sequence('public.grids', 'id'), (select max(id) from public.grids));
  create temp table units as
  select row_number() over (order by id) - 1 k, id, st_xmin(geom) x0, st_ymin(geom) y0,
         st_xmax(geom) - st_xmin(geom) w, st_ymax(geom) - st_ymin(geom) h
  from public.grids where level = 'unit';
`;

// The loader sets grid_id and due_at itself, so the row triggers (grid lookup per point, timeline, notify, the
// statistics rollups) are switched off for the load, as an importer running as the table owner may; the rollups
// are then rebuilt in one pass (private.stats_rebuild).
const GENERATE_INCIDENTS = `
  select setseed(0.17);
  create temp table cats as select row_number() over (order by sort) - 1 k, code, deadline_hours from public.incident_categories;
  alter table public.incidents disable trigger user;
  insert into public.incidents (category, source, status, title, location, grid_id, department_id, reported_at, due_at,
    accepted_at, dispatched_at, resolved_at, closed_at, rating, rated_at)
  select c.code, (array['patrol','visit','hotline','wechat','council'])[1 + floor(r.s * 5)::int],
    case when r.rej then 'rejected'
         when r.res_at > now() then (array['pending','accepted','dispatched','coordinating','returned'])[1 + floor(r.s2 * 5)::int]
         when r.res_at + interval '2 days' > now() or r.s2 < 0.2 then 'resolved' else 'closed' end,
    '基准事件', st_setsrid(st_makepoint(u.x0 + u.w * r.fx, u.y0 + u.h * r.fy), 4326), u.id,
    case when r.s3 < 0.7 then 1 + floor(r.s3 / 0.7 * 8)::int end,
    r.rep, r.rep + make_interval(hours => c.deadline_hours),
    r.rep + interval '1 hour', case when r.s3 < 0.7 then r.rep + interval '3 hours' end,
    case when not r.rej and r.res_at <= now() then r.res_at end,
    case when not r.rej and r.res_at + interval '2 days' <= now() and r.s2 >= 0.2 then r.res_at + interval '2 days' end,
    case when not r.rej and r.res_at + interval '2 days' <= now() and r.s2 >= 0.2 and r.s4 < 0.6 then 1 + floor(r.s4 / 0.6 * 5)::int end,
    case when not r.rej and r.res_at + interval '2 days' <= now() and r.s2 >= 0.2 and r.s4 < 0.6 then r.res_at + interval '3 days' end
  from (
    -- Time to resolve: exponential with a 40-hour mean, and one incident in 200 left waiting for months.
    select r0.*, r0.rep + make_interval(secs => -ln(1 - r0.d * 0.9999) * 40 * 3600 * case when r0.stuck then 60 else 1 end) res_at
    from (
      select now() - random() * interval '1095 days' rep, random() s, random() s2, random() s3, random() s4,
             random() fx, random() fy, random() < 0.03 rej, random() < 0.005 stuck, floor(random() * 840)::int uk,
             floor(random() * 9)::int ck, random() d
      from generate_series(1, 1000000)) r0) r
  join units u on u.k = r.uk
  join cats c on c.k = r.ck;
  alter table public.incidents enable trigger user;
`;

const GENERATE_PLACES = `
  alter table public.courtyards disable trigger user;
  insert into public.courtyards (code, name, grid_id, address, location, landlord_name, stars, risk_level)
  select format('Y%s', n), format('院落%s', n), u.id, format('院落%s号', n),
    st_setsrid(st_makepoint(u.x0 + u.w * random(), u.y0 + u.h * random()), 4326), '房东',
    case when random() < 0.8 then 1 + floor(random() * 5)::int end,
    (array['blue','blue','blue','yellow','yellow','orange','red'])[1 + floor(random() * 7)::int]::public.risk_level
  from generate_series(1, 1000) n join units u on u.k = n % 840;
  alter table public.courtyards enable trigger user;
  alter table public.households disable trigger user;
  insert into public.households (grid_id, building, room, address, head_name, size, tags, last_visit_at, location)
  select u.id, '1', n::text, format('楼栋%s-%s', u.id, n), '户主', 1 + floor(random() * 5)::int,
    (case floor(random() * 8)::int when 1 then '{tenant}' when 2 then '{floating,tenant}' when 3 then '{aged_80,elderly_alone}'
       when 4 then '{party_member}' when 5 then '{vacant}' when 6 then '{disabled,low_income}' else '{}' end)::text[],
    case when random() < 0.9 then current_date - floor(random() * 365)::int end,
    st_setsrid(st_makepoint(u.x0 + u.w * random(), u.y0 + u.h * random()), 4326)
  from generate_series(1, 50000) n join units u on u.k = n % 840;
  alter table public.households enable trigger user;
  insert into auth.users (id, email) values ('${ADMIN_ID}', 'admin@bench');
  insert into public.profiles (user_id, display_name, role) values ('${ADMIN_ID}', '街道管理员', 'district_admin');
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

async function timed<T>(label: string, f: () => Promise<T>): Promise<T> {
  const t = Date.now();
  const r = await f();
  console.log(`${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return r;
}

interface Scenario {
  sql: string;
  params: unknown[];
}

/** One call in its own transaction, acting as the street admin: milliseconds and the answer's size. */
async function callOnce(client: pg.Client, { sql, params }: Scenario) {
  await client.query('begin');
  await client.query(`select set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`,
    [JSON.stringify({ sub: ADMIN_ID, role: 'authenticated' })]);
  const t = performance.now();
  const r = await client.query(sql, params);
  const ms = performance.now() - t;
  await client.query('rollback');
  return { ms, bytes: JSON.stringify(r.rows).length };
}

/**
 * Median, min and max of RUNS calls of each scenario after one warm-up each. The scenarios take turns, round by
 * round, so that a burst of other work on the machine slows all of them a little rather than one of them a lot.
 */
async function measure(client: pg.Client, scenarios: Record<string, Scenario>) {
  const names = Object.keys(scenarios);
  const times = new Map<string, number[]>(names.map((n) => [n, []]));
  const bytes = new Map<string, number>();
  for (const n of names) await callOnce(client, scenarios[n]!);
  for (let i = 0; i < RUNS; i++) {
    for (const n of names) {
      const r = await callOnce(client, scenarios[n]!);
      times.get(n)!.push(r.ms);
      bytes.set(n, r.bytes);
    }
  }
  return Object.fromEntries(names.map((n) => {
    const xs = times.get(n)!;
    return [n, { median_ms: round(median(xs)), min_ms: round(Math.min(...xs)), max_ms: round(Math.max(...xs)), runs: RUNS, bytes: bytes.get(n) }];
  }));
}

/** The migrations and the generated district, in a new database. */
async function generate(client: pg.Client) {
  await timed('migrations', async () => {
    for (const m of readMigrations()) await client.query(m.sql);
  });
  await client.query('set search_path = "$user", public, extensions');
  await timed('1,000 grids', () => client.query(GENERATE_GRIDS));
  await timed('1,000,000 incidents', () => client.query(GENERATE_INCIDENTS));
  await timed('courtyards and households', () => client.query(GENERATE_PLACES));
  await timed('statistics rollups rebuilt', () => client.query('select private.stats_rebuild()'));
  await timed('vacuum analyze', () => client.query('vacuum analyze'));
}

async function main() {
  const reuse = process.env.GRIDGOV_BENCH_DB;
  const dbName = reuse ?? `gridgov_bench_stats_${process.pid}`;
  const admin = new pg.Client({ ...postgresConfig, database: 'postgres' });
  await admin.connect();
  if (!reuse) await admin.query(`create database ${dbName}`);
  const client = new pg.Client({ ...postgresConfig, database: dbName });
  try {
    await client.connect();
    if (!reuse) await generate(client);
    await client.query('set search_path = "$user", public, extensions');

    const counts = (await client.query<Record<string, number>>(`
      select (select count(*)::int from public.grids) grids, (select count(*)::int from public.incidents) incidents,
             (select count(*)::int from public.incidents i join public.incident_statuses s on s.code = i.status and s.is_open) open_incidents,
             (select count(*)::int from public.courtyards) courtyards, (select count(*)::int from public.households) households,
             (select count(*)::int from private.stats_months) rollup_month_rows,
             (select count(*)::int from private.stats_grid_months) rollup_grid_month_rows,
             (select count(*)::int from private.stats_days) rollup_day_rows`)).rows[0]!;
    const version = (await client.query<{ v: string }>(`select split_part(version(), ' ', 2) || ' + PostGIS ' || extensions.postgis_lib_version() v`)).rows[0]!.v;
    const today = (await client.query<{ d: string }>(`select to_char(now() at time zone 'Asia/Shanghai', 'YYYY-MM-DD') d`)).rows[0]!.d;
    const daysBefore = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
    // One 小网格 (about 1/30 of the district) and one community (1/10).
    const grid = 100;
    const community = 1;
    const dashboard = 'select public.stats_dashboard($1, $2, $3, $4) as value';
    const metrics = 'select * from public.grid_metrics($1, $2, $3)';
    const loadBefore = os.loadavg();

    const results = await measure(client, {
      district_30_days: { sql: dashboard, params: [null, daysBefore(29), today, 'day'] },
      district_12_months: { sql: dashboard, params: [null, daysBefore(364), today, 'month'] },
      community_30_days: { sql: dashboard, params: [community, daysBefore(29), today, 'day'] },
      grid_30_days: { sql: dashboard, params: [grid, daysBefore(29), today, 'day'] },
      grid_12_months: { sql: dashboard, params: [grid, daysBefore(364), today, 'month'] },
      grid_metrics_units_30_days: { sql: metrics, params: ['unit', daysBefore(29), today] },
      grid_metrics_communities_12_months: { sql: metrics, params: ['community', daysBefore(364), today] },
    });
    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      server: `PostgreSQL ${version}, default settings (shared_buffers 128 MB)`,
      // Other work on the machine (test suites, browsers) slows the figures; the load average says how busy it was.
      load_average_1m: { before: round(loadBefore[0]!), after: round(os.loadavg()[0]!) },
      data: { ...counts, incidents_span_days: 1095, anchor_day: today },
      method:
        `public.stats_dashboard as a street admin (role authenticated, JWT claims set), the full jsonb; median of ${RUNS} ` +
        'calls after one warm-up, scenarios taking turns, each timed in the client from query sent to rows received. "grid" = 小网格 C0-G0, ' +
        '"community" = C0; 30 days with day buckets (no whole month: all from the incidents\' covering indexes), 12 months ' +
        'with month buckets (11 whole months from the rollups — for the district, a community and, since the 小网格 rollup, a ' +
        '小网格 — the ~30 edge days from the indexes), as the dashboard asks by default. Includes the visit figures ' +
        '(private.stats_visits) that public.stats_dashboard adds.',
      results,
      targets_ms: { district: 300, one_grid: 50 },
    };
    writeFileSync(join(ROOT, 'bench/results/stats-1m.json'), JSON.stringify(result, null, 2) + '\n');
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await client.end();
    if (reuse || process.env.GRIDGOV_BENCH_KEEP === '1') console.log(`kept database ${dbName}`);
    else await admin.query(`drop database if exists ${dbName}`);
    await admin.end();
  }
}

await main();
