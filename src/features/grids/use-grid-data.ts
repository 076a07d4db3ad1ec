// Grid polygons: in embedded mode the static file generated from the demo database at build time paints the map
// at once. Once the map is idle the database is asked for the digest of what it holds for the current user (and
// again after a sign-in change); only when that differs from the file's (grids edited since, or another user's
// view) is the database's own answer fetched and put in its place. So what stays on screen is what the database
// holds, without parsing and re-tiling the same 900 polygons on the main thread on every visit.
import { useEffect, useState } from 'react';
import type { Backend } from '../../data/backend';
import type { GridCollection } from '../../data/types';
import { useQuery } from '../../lib/use-query';

/** The refresh waits this long, then for an idle moment (at most REFRESH_IDLE_MS more). */
const REFRESH_DELAY_MS = 2500;
const REFRESH_IDLE_MS = 4000;

async function loadStaticGrids(): Promise<GridCollection> {
  const res = await fetch(`${import.meta.env.BASE_URL}demo/grids.json`);
  if (!res.ok) throw new Error(`grids.json: HTTP ${res.status}`);
  return (await res.json()) as GridCollection;
}

function useIdleAfter(start: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!start || idle) return;
    let idleId = 0;
    const timer = window.setTimeout(() => {
      idleId = requestIdleCallback(() => setIdle(true), { timeout: REFRESH_IDLE_MS });
    }, REFRESH_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      cancelIdleCallback(idleId);
    };
  }, [start, idle]);
  return idle;
}

export function useGridData(backend: Backend, askDb: boolean, session: number): GridCollection | null {
  const embedded = backend.info.kind === 'embedded';
  const fromFile = useQuery(embedded ? 'static' : null, loadStaticGrids);
  const staticDigest = fromFile.data?.digest;
  const idle = useIdleAfter(askDb && embedded);
  const check = useQuery(idle && staticDigest ? `digest:${session}` : null, () => backend.gridsDigest());
  const current = check.data !== undefined && check.data === staticDigest;
  const stale = check.data !== undefined && !current;
  // A real project has no static copy: ask its database at once.
  const wanted = embedded ? idle && (stale || (fromFile.data !== undefined && !staticDigest)) : askDb;
  const fromDb = useQuery(wanted ? `db:${session}` : null, () => backend.grids());
  return (current ? null : fromDb.latest) ?? fromFile.data ?? null;
}
