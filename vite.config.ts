import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspMeta } from './scripts/vite/csp';
import { rawArchives } from './scripts/vite/raw-archives';

export default defineConfig({
  plugins: [react(), rawArchives(), cspMeta()],
  worker: { format: 'es' },
  // PGlite ships its own wasm and data files next to its modules; pre-bundling would separate them.
  optimizeDeps: { exclude: ['@electric-sql/pglite', '@electric-sql/pglite-postgis'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Compressed archives (PostGIS bundle, demo snapshot) must reach the browser as they are, never re-encoded.
    assetsInlineLimit: 0,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
