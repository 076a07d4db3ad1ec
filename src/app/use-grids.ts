// Grid polygons: the static file generated from the database paints the map at once; the database's own
// answer replaces it as soon as it is ready, so what stays on screen is what the database holds.
import { useEffect, useState } from 'react';
import type { Backend } from '../data/backend';
import type { GridCollection } from '../data/types';

export function useGrids(backend: Backend, ready: boolean): GridCollection | null {
  const [grids, setGrids] = useState<GridCollection | null>(null);

  useEffect(() => {
    let live = true;
    fetch(`${import.meta.env.BASE_URL}demo/grids.json`)
      .then((r) => (r.ok ? (r.json() as Promise<GridCollection>) : null))
      .then((g) => live && g && setGrids((current) => current ?? g))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!ready) return;
    let live = true;
    backend.grids().then((g) => live && setGrids(g));
    return () => {
      live = false;
    };
  }, [backend, ready]);

  return grids;
}
