// Serves the production build (dist/) with `vite preview` on a free port for the browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/migrations';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface PreviewServer {
  url: string;
  /** The build being served. */
  dir: string;
  stop(): void;
}

export async function startPreview(): Promise<PreviewServer> {
  const port = await freePort();
  // GRIDGOV_E2E_OUT_DIR serves another build than dist/, so two people (or agents) can test side by side.
  const dir = process.env.GRIDGOV_E2E_OUT_DIR ?? join(ROOT, 'dist');
  const child: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', dir], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'ignore'],
    // Its own process group: stopping it stops vite too, not only the npx wrapper (which would leave vite
    // running and the caller waiting for it).
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return { url, dir, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}`);
}
