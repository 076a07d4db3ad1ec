// A PGlite + PostGIS instance in Node with the migrations applied: what the snapshot builder and the SQL test
// suites start from. Starting PGlite with PostGIS costs 15–20 s here, so callers share one instance.
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { readMigrations } from './migrations';

export async function migratedPglite(options: PGliteOptions = {}): Promise<PGlite> {
  const db = await PGlite.create({ ...options, extensions: { postgis } });
  for (const m of readMigrations()) {
    try {
      await db.exec(m.sql);
    } catch (e) {
      throw new Error(`migration ${m.name} failed on PGlite: ${(e as Error).message}`, { cause: e });
    }
  }
  // The migrations set the database's search_path for new sessions; this one was already open.
  await db.exec('set search_path = "$user", public, extensions');
  return db;
}
