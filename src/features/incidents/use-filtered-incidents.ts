// Runs the filter engine whenever the pins, the filter or the grid scope change. The text box is deferred so
// typing stays responsive while 100,000 titles are searched.
import { useDeferredValue, useMemo } from 'react';
import type { GridCollection } from '../../data/types';
import { applyFilter, type PinIndex } from '../../lib/incident-filter';
import { engineFilter, type FilterState } from './filter-state';
import { subtreeIds } from './grid-scope';

export function useFilteredIncidents(
  index: PinIndex | null,
  filters: FilterState,
  openStatuses: readonly string[],
  grids: GridCollection | null,
  scopeGridId: number | null,
) {
  const q = useDeferredValue(filters.q);
  const gridIds = useMemo(() => (scopeGridId === null ? null : subtreeIds(grids, scopeGridId)), [grids, scopeGridId]);
  const filter = useMemo(() => engineFilter({ ...filters, q }, openStatuses, gridIds), [filters, q, openStatuses, gridIds]);
  return useMemo(() => (index ? applyFilter(index, filter) : null), [index, filter]);
}
