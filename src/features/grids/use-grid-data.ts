// Grid polygons: in embedded mode the static file generated from the demo database at build time paints the map
// at once; the database's own answer replaces it (and again after a sign-in change), so what stays on screen is
// what the database holds for the current user. That refresh is a consistency check, not news: it waits for an
// idle moment so the first click's query does not queue behind the largest answer.
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
  // A real project has no static copy: ask its database at once.
  const idle = useIdleAfter(askDb && embedded);
  const fromDb = useQuery(askDb && (idle || !embedded) ? `db:${session}` : null, () => backend.grids());
  return fromDb.latest ?? fromFile.data ?? null;
}
