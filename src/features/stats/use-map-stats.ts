// Statistics on the map page in one hook, so the page only places the controls and the drawer: the drawer's
// open state, the statistics scope taken from the map (selected grid, filters), the choropleth and the
// cross-filtering callbacks that turn a click on a chart into a map filter.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useMemo, useState } from 'react';
import type { Backend } from '../../data/backend';
import type { GridCollection } from '../../data/types';
import { deepestVisibleLevel } from '../../lib/grid-levels';
import { chinaToday, statsScope } from '../../lib/stats-scope';
import type { CrossFilter } from './IncidentCharts';
import type { ChoroplethMetric } from './choropleth-metrics';
import { only } from './stats-rows';
import { useChoropleth } from './use-choropleth';

interface MapFilters {
  categories: string[] | null;
  sources: string[] | null;
  departments: string[] | null;
  from: string | null;
  to: string | null;
}

interface Options<F extends MapFilters> {
  backend: Backend;
  ready: boolean;
  refresh: string;
  grids: GridCollection | null;
  zoom: number | null;
  grid: { id: number; label: string } | null;
  filters: F;
  onFilters(next: F): void;
  onGrid(code: string): void;
  /** The grid source and the layer the choropleth goes under (outlines stay on top). */
  source: string;
  beforeLayer: string;
  onError(e: unknown): void;
}

export function useMapStats<F extends MapFilters>(map: MapLibreMap | null, o: Options<F>) {
  const [open, setOpen] = useState(false);
  const [metric, setMetric] = useState<ChoroplethMetric | null>(null);
  const today = useMemo(() => chinaToday(), []);
  const { filters, onFilters, onGrid } = o;
  const gridId = o.grid?.id ?? null;
  const scope = useMemo(
    () => statsScope({ gridId, from: filters.from, to: filters.to, categories: filters.categories, sources: filters.sources }, today),
    [gridId, filters.from, filters.to, filters.categories, filters.sources, today],
  );
  const legend = useChoropleth(map, {
    backend: o.backend,
    ready: o.ready,
    metric,
    level: deepestVisibleLevel(o.zoom ?? 0),
    from: scope.from,
    to: scope.to,
    refresh: o.refresh,
    grids: o.grids,
    source: o.source,
    beforeLayer: o.beforeLayer,
    onError: o.onError,
  });
  const cross: CrossFilter = useMemo(
    () => ({
      categories: filters.categories,
      sources: filters.sources,
      departments: filters.departments,
      onCategory: (code) => onFilters({ ...filters, categories: only(filters.categories, code) }),
      onSource: (code) => onFilters({ ...filters, sources: only(filters.sources, code) }),
      onDepartment: (id) => onFilters({ ...filters, departments: only(filters.departments, String(id)) }),
      onGrid,
    }),
    [filters, onFilters, onGrid],
  );

  return {
    open,
    tools: { statsOpen: open, metric, legend, onStats: setOpen, onMetric: setMetric },
    panel: {
      backend: o.backend,
      ready: o.ready,
      refresh: o.refresh,
      scope,
      scopeName: o.grid?.label ?? null,
      cross,
      onClose: () => setOpen(false),
      onError: o.onError,
    },
  };
}
