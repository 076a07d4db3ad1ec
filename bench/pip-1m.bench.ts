// Issue #8's point-in-polygon target: 1,000,000 points assigned to 1,000 grids in under 2 s in Node (src/lib/
// grid-index.ts: flatbush over the grids' boxes + an even-odd ray test), and the same on the real PostgreSQL server
// with PostGIS (GIST-indexed tables of the polygons and the points, each polygon's points counted with ST_Contains). The grids
// tile the demo district's rectangle as 40 × 25 irregular polygons of ~20 vertices (jittered corners, wiggled shared
// edges), so boxes overlap as real grids' do. Both answers are compared grid by grid.
// Not a test: it records, it does not judge. Run by itself: npx tsx bench/pip-1m.bench.ts
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DISTRICT_RECT } from '../scripts/demo/district';
import { Random } from '../scripts/demo/random';
import { ROOT } from '../scripts/lib/migrations';
import { GridIndex, type IndexedGrid } from '../src/lib/grid-index';
import { postgresConfig } from '../tests/sql/engines';

const COLS = 40;
const ROWS = 25;
const POINTS = 1_000_000;
const RUNS = 5;
const WIGGLES = 4;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

function tiling(rng: Random): IndexedGrid[] {
  const { west, south, east, north } = DISTRICT_RECT;
  const dx = (east - west) / COLS;
  const dy = (north - south) / ROWS;
  const corner = new Map<string, [number, number]>();
  const at = (i: number, j: number): [number, number] => {
    const key = `${i},${j}`;
    if (!corner.has(key)) {
      const inner = i > 0 && i < COLS && j > 0 && j < ROWS;
      corner.set(key, [west + dx * (i + (inner ? rng.next() * 0.6 - 0.3 : 0)), south + dy * (j + (inner ? rng.next() * 0.6 - 0.3 : 0))]);
    }
    return corner.get(key)!;
  };
  // The points between two corners, the same for both cells sharing the edge (computed once, in one direction).
  const edges = new Map<string, [number, number][]>();
  const edge = (a: [number, number], b: [number, number], outer: boolean): [number, number][] => {
    const key = `${a}|${b}`;
    const back = edges.get(`${b}|${a}`);
    if (back) return [...back].reverse();
    const pts: [number, number][] = [];
    for (let k = 1; k <= WIGGLES; k++) {
      const t = k / (WIGGLES + 1);
      const w = outer ? 0 : (rng.next() - 0.5) * 0.15;
      pts.push([a[0] + (b[0] - a[0]) * t - (b[1] - a[1]) * w, a[1] + (b[1] - a[1]) * t + (b[0] - a[0]) * w]);
    }
    edges.set(key, pts);
    return pts;
  };
  const grids: IndexedGrid[] = [];
  for (let j = 0; j < ROWS; j++) {
    for (let i = 0; i < COLS; i++) {
      const c = [at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)];
      const outer = [j === 0, i === COLS - 1, j === ROWS - 1, i === 0];
      const ring: number[][] = [];
      c.forEach((p, k) => ring.push(p, ...edge(p, c[(k + 1) % 4]!, outer[k]!)));
      ring.push(c[0]!);
      grids.push({ id: j * COLS + i + 1, coordinates: [[ring]] });
    }
  }
  return grids;
}

function perGrid(assigned: Int32Array, n: number): number[] {
  const counts = new Array<number>(n + 1).fill(0);
  for (const g of assigned) counts[g === -1 ? 0 : g]!++;
  return counts;
}

async function main() {
  const rng = new Random(8).fork('pip');
  const grids = tiling(rng);
  const { west, south, east, north } = DISTRICT_RECT;
  const xs = new Float64Array(POINTS);
  const ys = new Float64Array(POINTS);
  for (let i = 0; i < POINTS; i++) {
    xs[i] = west + (east - west) * rng.next();
    ys[i] = south + (north - south) * rng.next();
  }
  const loadBefore = os.loadavg();

  // Node: index build + assignment, timed together, median of RUNS.
  const nodeMs: number[] = [];
  let assigned: Int32Array = new Int32Array(0);
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    assigned = new GridIndex(grids).assign(xs, ys);
    nodeMs.push(performance.now() - t0);
  }
  const nodeCounts = perGrid(assigned, grids.length);

  // PostGIS on the real server: a scratch database, the polygons with a GIST index, the points as a table.
  const dbName = `gridgov_pip_${process.pid}`;
  const admin = new pg.Client({ ...postgresConfig, database: 'postgres' });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const db = new pg.Client({ ...postgresConfig, database: dbName });
  let postgis: Record<string, unknown>;
  try {
    await db.connect();
    await db.query('create extension postgis');
    const server = (await db.query<{ v: string }>(`select split_part(version(), ' ', 2) || ' + PostGIS ' || postgis_lib_version() v`)).rows[0]!.v;
    await db.query('create table polys (id integer primary key, geom geometry(Polygon, 4326) not null)');
    await db.query(`insert into polys select id, st_setsrid(st_geomfromgeojson(g), 4326) from unnest($1::integer[], $2::text[]) t(id, g)`,
      [grids.map((g) => g.id), grids.map((g) => JSON.stringify({ type: 'Polygon', coordinates: g.coordinates[0] }))]);
    await db.query('create index polys_geom_idx on polys using gist (geom)');
    const tLoad = performance.now();
    await db.query('create table pts (id integer primary key, geom geometry(Point, 4326) not null)');
    const CHUNK = 200_000;
    for (let i = 0; i < POINTS; i += CHUNK) {
      await db.query('insert into pts select i, st_setsrid(st_makepoint(x, y), 4326) from unnest($1::integer[], $2::float8[], $3::float8[]) t(i, x, y)',
        [Array.from({ length: Math.min(CHUNK, POINTS - i) }, (_, k) => i + k), Array.from(xs.subarray(i, i + CHUNK)), Array.from(ys.subarray(i, i + CHUNK))]);
    }
    await db.query('create index pts_geom_idx on pts using gist (geom)');
    await db.query('analyze polys; analyze pts');
    const loadMs = performance.now() - tLoad;
    // Polygon by polygon, each one's points found through the points' GIST index: PostGIS then tests one prepared
    // polygon against many points in a row. The plain join (each point probing the polygons' index) measured 25–31 s
    // here, because consecutive tests hit different polygons and nothing can be prepared.
    const sql = 'select g.id, c.n from polys g cross join lateral (select count(*)::integer n from pts p where st_contains(g.geom, p.geom)) c where c.n > 0';
    const pgMs: number[] = [];
    let rows: { id: number; n: number }[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      rows = (await db.query<{ id: number; n: number }>(sql)).rows;
      pgMs.push(performance.now() - t0);
    }
    const plan = (await db.query<{ 'QUERY PLAN': string }>(`explain ${sql}`)).rows.map((r) => r['QUERY PLAN']).join('\n');
    const pgCounts = new Array<number>(grids.length + 1).fill(0);
    for (const r of rows) pgCounts[r.id] = r.n;
    pgCounts[0] = POINTS - rows.reduce((s, r) => s + r.n, 0);
    const differing = pgCounts.reduce((n, c, i) => n + Math.abs(c - nodeCounts[i]!), 0);
    postgis = {
      server,
      method: `${sql}; GIST indexes on polys.geom and pts.geom; median of ${RUNS} runs, timed in the client (${loadMs > 0 ? `loading and indexing the points took ${round(loadMs)} ms, not counted` : ''})`,
      median_ms: round(median(pgMs)),
      runs_ms: pgMs.map(round),
      uses_gist_index: /pts_geom_idx/.test(plan),
      points_assigned: POINTS - pgCounts[0]!,
      points_assigned_differently_from_node: differing,
    };
  } finally {
    await db.end().catch(() => undefined);
    await admin.query(`drop database if exists ${dbName}`);
    await admin.end();
  }

  const result = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    load_average_1m: { before: round(loadBefore[0]!), after: round(os.loadavg()[0]!) },
    data: { grids: grids.length, vertices_per_grid: 4 * (WIGGLES + 1) + 1, points: POINTS, area: DISTRICT_RECT },
    target: 'under 2,000 ms in Node',
    node: {
      method: `new GridIndex(grids).assign(xs, ys): flatbush over polygon boxes, its answers cached per raster cell, + even-odd ray test; index build included; median of ${RUNS} runs`,
      median_ms: round(median(nodeMs)),
      runs_ms: nodeMs.map(round),
      points_assigned: POINTS - nodeCounts[0]!,
    },
    postgis,
  };
  const out = join(ROOT, 'bench/results/pip-1m.json');
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
}

await main();
