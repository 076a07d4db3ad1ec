// The two engines every SQL test file runs on: PGlite + PostGIS (loaded from the demo snapshot the app itself
// ships) and Debian's PostgreSQL 15 + PostGIS 3 server (a scratch database built from the migrations and seed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DemoManifest } from '../../src/data/embedded/demo-manifest';
import { postgisLibrary } from '../../src/data/embedded/postgis-library';
import { ROOT, readMigrations } from '../../scripts/lib/migrations';

export interface SqlEngine {
  name: string;
  exec(sql: string): Promise<void>;
  rows<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

const SEARCH_PATH = 'set search_path = "$user", public, extensions';

/** The demo database the app ships (public/demo snapshot), opened in PGlite. */
export async function pgliteDatabase(): Promise<PGlite> {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'public/demo/manifest.json'), 'utf8')) as DemoManifest;
  const data = readFileSync(join(ROOT, 'public/demo', manifest.snapshot));
  // The PostGIS library the browser loads, so these tests run what the app runs.
  const db = await PGlite.create({
    loadDataDir: new Blob([data], { type: 'application/x-gzip' }),
    extensions: { postgis: postgisLibrary(pathToFileURL(join(ROOT, 'public/demo', manifest.postgis_library))) },
  });
  await db.exec(SEARCH_PATH);
  return db;
}

export async function pgliteFromSnapshot(): Promise<SqlEngine> {
  const db = await pgliteDatabase();
  return {
    name: 'PGlite 0.5.8 (PostgreSQL 18 + PostGIS 3.6)',
    exec: async (sql) => {
      await db.exec(sql);
    },
    rows: async <T>(sql: string) => (await db.query<T>(sql)).rows,
    close: () => db.close(),
  };
}

export const postgresConfig = {
  host: process.env.GRIDGOV_PG_HOST ?? '127.0.0.1',
  port: Number(process.env.GRIDGOV_PG_PORT ?? 5432),
  user: process.env.GRIDGOV_PG_USER ?? 'gridgov_test',
  password: process.env.GRIDGOV_PG_PASSWORD ?? 'gridgov_test',
};

/** A scratch database on the real server with the migrations and the demo seed applied; dropped on close. */
export async function postgresWithSeed(): Promise<SqlEngine> {
  const dbName = `gridgov_sql_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ ...postgresConfig, database: 'postgres' });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const client = new pg.Client({ ...postgresConfig, database: dbName });
  await client.connect();
  for (const m of readMigrations()) {
    try {
      await client.query(m.sql);
    } catch (e) {
      throw new Error(`migration ${m.name} failed on PostgreSQL: ${(e as Error).message}`, { cause: e });
    }
  }
  await client.query(SEARCH_PATH);
  await client.query(readFileSync(join(ROOT, 'supabase/seed.sql'), 'utf8'));
  const version = (await client.query<{ v: string }>(`select split_part(version(), ' ', 2) || ' + PostGIS ' || extensions.postgis_lib_version() as v`)).rows[0]!.v;
  return {
    name: `PostgreSQL ${version}`,
    exec: async (sql) => {
      await client.query(sql);
    },
    rows: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    close: async () => {
      await client.end();
      await admin.query(`drop database if exists ${dbName}`);
      await admin.end();
    },
  };
}
