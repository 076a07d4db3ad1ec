// Builds what the embedded mode ships: the demo database as a PGlite data directory snapshot (migrations +
// seed, so the browser never replays 20,000 inserts) and grids.json, the map's first paint, queried from that
// very database as an anonymous visitor so it shows exactly what the database holds.
// Skips the work when the migrations and the seed have not changed since the last build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoManifest } from '../src/data/embedded/demo-manifest';
import { ROOT, readMigrations } from './lib/migrations';
import { migratedPglite } from './lib/pglite-node';

const OUT = join(ROOT, 'public', 'demo');
const SEED = join(ROOT, 'supabase', 'seed.sql');

/** What this script writes; build-postgis-library.ts adds the PostGIS library's name. */
type SnapshotManifest = Omit<DemoManifest, 'postgis_library'>;

function sourceHash(seed: string): string {
  const h = createHash('sha256').update(readFileSync(new URL(import.meta.url), 'utf8'));
  for (const m of readMigrations()) h.update(m.name).update(m.sql);
  return h.update(seed).digest('hex').slice(0, 16);
}

async function main() {
  const seed = readFileSync(SEED, 'utf8');
  const source = sourceHash(seed);
  const manifestPath = join(OUT, 'manifest.json');
  if (existsSync(manifestPath) && !process.argv.includes('--force')) {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8')) as SnapshotManifest;
    if (old.source === source && existsSync(join(OUT, old.snapshot)) && existsSync(join(OUT, 'grids.json'))) {
      console.log(`demo database up to date (${old.snapshot})`);
      return;
    }
  }
  const started = Date.now();
  // Every byte of the data directory is unpacked, kept in memory and copied to IndexedDB by the browser, so the
  // snapshot carries only what the app opens. 1 MB WAL segments: the one segment a data directory must keep is
  // then 1 MB, not 16 MB of zeros.
  const db = await migratedPglite({ initDbStartParams: ['--wal-segsize=1'] });
  await db.exec(seed);
  // One statement per call: DROP DATABASE and VACUUM refuse to run inside the block a multi-statement call makes.
  for (const sql of [
    // PGlite always opens the database "postgres"; the templates are only for CREATE DATABASE (14 MB).
    'alter database template1 is_template false',
    'drop database template1',
    'alter database template0 is_template false',
    'drop database template0',
    // PostGIS's 8,500 coordinate systems (7 MB): the app stores WGS84 and converts files in the browser;
    // CGCS2000 and Web Mercator stay for anyone who transforms in SQL.
    'delete from extensions.spatial_ref_sys where srid not in (4326, 4490, 3857)',
    // Tables rewritten and indexes built in one pass are smaller than the seed's row-by-row growth.
    'vacuum full',
    'vacuum analyze',
  ])
    await db.exec(sql);
  // The seed's write-ahead log is not needed to open the database: start a fresh segment, checkpoint, and let
  // Postgres delete (not recycle) the old ones.
  await db.exec(`set wal_recycle = off; select pg_switch_wal(); checkpoint; checkpoint;`);
  const grids = await db.transaction(async (tx) => {
    await tx.query(`select set_config('role', 'anon', true), set_config('request.jwt.claims', '{"role":"anon"}', true)`);
    const { value, digest } = (
      await tx.query<{ value: object; digest: string }>('select public.grids_geojson() as value, public.grids_geojson_digest() as digest')
    ).rows[0]!;
    // A foreign member of the FeatureCollection: the page asks the database for the grids only if its digest differs.
    return { ...value, digest };
  });
  const dump = await db.dumpDataDir('gzip');
  await db.close();

  const bytes = Buffer.from(await dump.arrayBuffer());
  const version = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (/^snapshot-.*\.bin$/.test(f)) rmSync(join(OUT, f));
  // .bin, not .tar.gz: servers that label .gz files with Content-Encoding make browsers inflate them in transit.
  const snapshot = `snapshot-${version}.bin`;
  writeFileSync(join(OUT, snapshot), bytes);
  writeFileSync(join(OUT, 'grids.json'), JSON.stringify(grids));
  const manifest: SnapshotManifest = { version, snapshot, bytes: bytes.length, source, built_at: new Date().toISOString() };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  console.log(`demo database built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${snapshot}, ${(bytes.length / 1e6).toFixed(1)} MB`);
}

await main();
