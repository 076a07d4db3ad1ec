// ?tour=1: the wall map flies from grid to grid, one every `dwellMs`, and back to the whole district after the
// last. Returns the grid being shown (highlighted and named on the screen), null while the district is shown.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import type { GridFeature } from '../../data/types';
import { bboxOf, type BBox } from '../../lib/label-placement';

/** Room around the grids on the wall map: the legend and metric buttons sit along its bottom. */
export const MAP_PADDING = { top: 70, bottom: 200, left: 40, right: 40 };

export function useTour(map: MapLibreMap | null, stops: readonly GridFeature[], district: BBox | null, enabled: boolean, dwellMs = 12_000) {
  const [step, setStep] = useState(-1);
  useEffect(() => {
    if (!enabled || stops.length === 0) return;
    const timer = window.setInterval(() => setStep((s) => (s + 1 >= stops.length ? -1 : s + 1)), dwellMs);
    return () => window.clearInterval(timer);
  }, [enabled, stops.length, dwellMs]);

  const stop = step >= 0 ? (stops[step] ?? null) : null;
  useEffect(() => {
    if (!map || !enabled) return;
    const bounds = stop ? bboxOf(stop.geometry.coordinates) : district;
    if (bounds) map.fitBounds(bounds, { padding: MAP_PADDING, duration: 3000, maxZoom: 16 });
  }, [map, enabled, stop, district]);
  return enabled ? stop : null;
}
