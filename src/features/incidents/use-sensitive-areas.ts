// Sensitive incidents as areas, for viewers who may not see them as pins: the database decides who that is
// (an anonymous visitor gets every such incident as an area count; a grid worker only those outside their grids).
// They follow the category filter, and count open incidents unless the status filter asks for closed ones too.
import { useMemo } from 'react';
import type { Backend } from '../../data/backend';
import { cellCounts } from '../../lib/sensitive-areas';
import { useQuery } from '../../lib/use-query';
import type { FilterState } from './filter-state';

const loadLayerCode = () => import('./sensitive-area-layer');

interface Options {
  backend: Backend;
  ready: boolean;
  /** Session and data version: a new value reloads the areas. */
  revision: string;
  overlay: boolean;
  filters: FilterState;
  openStatuses: readonly string[];
  onError(e: unknown): void;
}

export function useSensitiveAreas(o: Options) {
  const areas = useQuery(o.ready ? `sensitive-areas:${o.revision}` : null, () => o.backend.sensitiveAreas(), o.onError).latest;
  const code = useQuery(o.overlay && areas?.length ? 'sensitive-area-code' : null, loadLayerCode).data;
  const { categories, statuses } = o.filters;
  const cells = useMemo(
    () => (areas ? cellCounts(areas, { categories, statuses: statuses ?? o.openStatuses, openStatuses: o.openStatuses }) : []),
    [areas, categories, statuses, o.openStatuses],
  );
  return useMemo(() => (code && cells.length ? code.sensitiveAreaLayers(cells) : []), [code, cells]);
}
