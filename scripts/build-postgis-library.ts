// The PostGIS bundle the browser loads: only `postgis-3.so` and PROJ's database, cut from
// @electric-sql/pglite-postgis's bundle (see src/data/embedded/postgis-library.ts).
// That bundle (20 MB compressed) also carries the raster and topology libraries, which PGlite compiles at every
// start although the demo database uses neither, and the CREATE EXTENSION scripts, which a prebuilt snapshot
// never runs. The page reads the file's name from public/demo/manifest.json (written by build-demo-db.ts).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DemoManifest } from '../src/data/embedded/demo-manifest';
import { ROOT } from './lib/migrations';

const OUT = join(ROOT, 'public', 'demo');
const FILES = ['lib/postgresql/postgis-3.so', 'share/proj/proj.db', 'share/proj/proj.ini'];

const bundle = join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite-postgis')), 'postgis.tar.gz');
// Named by the package's bundle and the files taken from it: unpacking 25 MB is needed only when that changes.
const hash = createHash('sha256').update(readFileSync(bundle)).update(FILES.join('\n'));
const name = `postgis-3-${hash.digest('hex').slice(0, 12)}.bin`;
const manifestPath = join(OUT, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Omit<DemoManifest, 'postgis_library'> & Partial<DemoManifest>;
if (manifest.postgis_library !== name || !readdirSync(OUT).includes(name)) {
  for (const f of readdirSync(OUT)) if (/^postgis-3-.*\.bin$/.test(f)) rmSync(join(OUT, f));
  const work = mkdtempSync(join(tmpdir(), 'postgis-'));
  execFileSync('tar', ['-xzf', bundle, '-C', work, ...FILES]);
  // .bin, not .tar.gz: servers that label .gz files with Content-Encoding make browsers inflate them in transit.
  execFileSync('tar', ['-czf', join(OUT, name), '-C', work, ...FILES]);
  rmSync(work, { recursive: true });
  const updated: DemoManifest = { ...manifest, postgis_library: name };
  writeFileSync(manifestPath, JSON.stringify(updated, null, 2) + '\n');
}
console.log(`PostGIS library: ${name}`);
