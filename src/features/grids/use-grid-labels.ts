// The grid label layers for the current zoom. The layer code (deck.gl's TextLayer) is loaded once deck.gl is on
// the map (after the first paint); label positions and fit zooms are computed once per grids answer, zoom
// changes only resize.
import { useMemo } from 'react';
import type { GridCollection } from '../../data/types';
import { GRID_LEVELS } from '../../data/types';
import { useQuery } from '../../lib/use-query';

const loadLabelCode = () => import('./grid-labels');

export function useGridLabels(enabled: boolean, grids: GridCollection | null, zoom: number | null, leaderWord: string) {
  const code = useQuery(enabled ? 'grid-label-code' : null, loadLabelCode).data;
  const byLevel = useMemo(
    () => (code && grids ? code.groupLabels(code.buildGridLabels(grids, leaderWord)) : null),
    [code, grids, leaderWord],
  );
  return useMemo(
    () => (code && byLevel && zoom !== null ? GRID_LEVELS.map((level) => code.gridLabelLayer(level, byLevel[level], zoom)) : []),
    [code, byLevel, zoom],
  );
}
