// Vite's preview server (sirv) labels `.gz` files `Content-Encoding: gzip`, so the browser inflates the 20 MB
// PostGIS archive in transit into ~150 MB that PGlite then reads uncompressed. Serve compressed archives as the
// plain bytes they are, as any static host should (see README, "Deploying").
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Plugin } from 'vite';

export function rawArchives(): Plugin {
  return {
    name: 'gridgov-raw-archives',
    configurePreviewServer(server) {
      const root = server.config.build.outDir;
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!/^\/assets\/[\w.-]+\.gz$/.test(path)) return next();
        const file = normalize(join(server.config.root, root, path));
        if (!existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.setHeader('Content-Length', statSync(file).size);
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        createReadStream(file).pipe(res);
      });
    },
  };
}
