// Grid polygons: the static file generated from the database at build time paints the map at once; the
// database's own answer replaces it as soon as it is ready (and again after a sign-in change), so what stays
// on screen is what the database holds for the current user.
import type { Backend } from '../../data/backend';
import type { GridCollection } from '../../data/types';
import { useQuery } from '../../lib/use-query';

async function loadStaticGrids(): Promise<GridCollection> {
  const res = await fetch(`${import.meta.env.BASE_URL}demo/grids.json`);
  if (!res.ok) throw new Error(`grids.json: HTTP ${res.status}`);
  return (await res.json()) as GridCollection;
}

export function useGridData(backend: Backend, askDb: boolean, session: number): GridCollection | null {
  const fromFile = useQuery('static', loadStaticGrids);
  const fromDb = useQuery(askDb ? `db:${session}` : null, () => backend.grids());
  return fromDb.latest ?? fromFile.data ?? null;
}
