// public/demo/manifest.json, what the embedded demo is made of. Written by scripts/build-demo-db.ts (the database
// snapshot) and scripts/build-postgis-library.ts (the PostGIS library); read by the page's embedded backend, the SQL
// tests on PGlite and the benchmarks, which all load the same two files.
export interface DemoManifest {
  /** Hash of the snapshot; the browser replaces its local copy when this changes. */
  version: string;
  /** File name of the gzipped data directory, in the same folder. */
  snapshot: string;
  bytes: number;
  /** Hash of migrations + seed + recipe the snapshot was built from. */
  source: string;
  built_at: string;
  /** File name of the cut-down PostGIS bundle (postgis-library.ts), in the same folder. */
  postgis_library: string;
}
