// PostGIS for a PGlite that opens a prebuilt data directory. The package's own extension object unpacks a 20 MB
// bundle and compiles three 16 MB WebAssembly libraries (PostGIS, raster, topology) before Postgres starts; a
// database whose extension is already created needs only `postgis-3.so` and PROJ's database (geography functions
// ask PROJ for the WGS84 ellipsoid; without proj.db that call fails and aborts the query without an error
// message). scripts/build-postgis-library.ts cuts the bundle down to those. Not for CREATE EXTENSION: the SQL
// scripts are not in it.
import type { Extension } from '@electric-sql/pglite';

/** `bundle`: the cut-down bundle, a gzipped tar holding lib/postgresql/postgis-3.so and share/proj/proj.db. */
export function postgisLibrary(bundle: URL): Extension {
  return {
    name: 'postgis',
    setup: async (_pg, emscriptenOpts: { PGLITE_ENV: Record<string, string> }) => ({
      emscriptenOpts: { ...emscriptenOpts, PGLITE_ENV: { ...emscriptenOpts.PGLITE_ENV, PROJ_DATA: '/pglite/share/proj' } },
      bundlePath: bundle,
    }),
  };
}
