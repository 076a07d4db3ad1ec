// The choropleth's figures and drawing: the metric of every grid of the deepest level shown at this zoom, over
// the statistics' date range, classed into at most five classes. Returns what the legend needs.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import type { Backend } from '../../data/backend';
import type { GridCollection, GridLevel, GridMetric } from '../../data/types';
import { classBreaks, type ClassBreaks } from '../../lib/class-breaks';
import { useQuery } from '../../lib/use-query';
import { clearChoropleth, paintChoropleth } from './choropleth-layer';
import { METRIC_SPECS, type ChoroplethMetric } from './choropleth-metrics';

const CLASSES = 5;

export interface ChoroplethLegendData {
  metric: ChoroplethMetric;
  level: GridLevel;
  breaks: ClassBreaks | null;
  palette: readonly string[];
  loading: boolean;
}

interface Options {
  backend: Backend;
  ready: boolean;
  metric: ChoroplethMetric | null;
  level: GridLevel;
  from: string;
  to: string;
  /** Moves with the signed-in user and incident changes. */
  refresh: string;
  grids: GridCollection | null;
  source: string;
  beforeLayer: string;
  /** 0..1; defaults to letting the map page's ground show a little. */
  opacity?: number;
  onError?(e: unknown): void;
}

export function useChoropleth(map: MapLibreMap | null, o: Options): ChoroplethLegendData | null {
  const key = o.ready && o.metric ? `${o.level}|${o.from}|${o.to}|${o.refresh}` : null;
  const level = o.level;
  const q = useQuery<{ level: GridLevel; rows: GridMetric[] }>(
    key,
    async () => ({ level, rows: await o.backend.stats.gridMetrics(level, o.from, o.to) }),
    o.onError,
  );
  // A refresh keeps the last figures of the same level on the map until the new ones arrive (no flicker on a wall).
  const metrics = q.data ?? (q.latest?.level === level ? q.latest : undefined);
  const spec = o.metric ? METRIC_SPECS[o.metric] : null;

  const paint = useMemo(() => {
    if (!spec || !metrics) return null;
    const values = new Map<number, number>();
    for (const m of metrics.rows) {
      const v = spec.value(m);
      if (v !== null) values.set(m.grid_id, v);
    }
    const breaks = classBreaks(spec.method, [...values.values()], CLASSES);
    return breaks ? { level: metrics.level, breaks, palette: spec.palette, values, opacity: o.opacity ?? 0.72 } : null;
  }, [spec, metrics, o.opacity]);

  const painted = useRef<Set<number>>(new Set());
  useEffect(() => {
    if (!map || !map.getSource(o.source)) return;
    if (paint) painted.current = paintChoropleth(map, o.source, o.beforeLayer, paint, painted.current);
    else if (!o.metric) {
      clearChoropleth(map, o.source, painted.current);
      painted.current = new Set();
    }
    // o.grids: a new grid collection (the database's after the static file's) is a new source: states go again.
  }, [map, paint, o.metric, o.source, o.beforeLayer, o.grids]);

  if (!o.metric || !spec) return null;
  return { metric: o.metric, level: o.level, breaks: paint?.breaks ?? null, palette: spec.palette, loading: q.loading };
}
