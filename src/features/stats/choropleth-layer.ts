// The choropleth as one MapLibre fill layer over the grid source: each grid's value is a feature state, and the
// layer's colour is a `step` over it with the class thresholds. A new metric or new figures change states and
// one paint property; the grid tiles are never laid out again. Grids without a value stay clear.
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { GridLevel } from '../../data/types';
import type { ClassBreaks } from '../../lib/class-breaks';

export const CHOROPLETH_LAYER = 'grid-choropleth';
const STATE = 'choropleth';

export interface ChoroplethPaint {
  level: GridLevel;
  breaks: ClassBreaks;
  palette: readonly string[];
  /** Grid id → value; grids missing here are cleared. */
  values: ReadonlyMap<number, number>;
  /** Over a light map some of the ground may show through; on the dark wall the colours must carry alone. */
  opacity: number;
}

/** The colour of each class. With fewer classes than colours the palette's far end is kept, so a map of two
 *  classes is not two shades of near white. */
export function classColours(breaks: ClassBreaks, palette: readonly string[]): string[] {
  return palette.slice(Math.max(0, palette.length - breaks.thresholds.length - 1));
}

export function choroplethColour(breaks: ClassBreaks, palette: readonly string[]): ExpressionSpecification {
  const value: ExpressionSpecification = ['feature-state', STATE];
  const colours = classColours(breaks, palette);
  const step = ['step', value, colours[0]!, ...breaks.thresholds.flatMap((t, i) => [t, colours[i + 1]!])];
  return ['case', ['==', ['typeof', value], 'number'], step, 'rgba(0,0,0,0)'] as unknown as ExpressionSpecification;
}

/** Draws (or updates) the choropleth under `beforeLayer`; returns the ids whose state it set. */
export function paintChoropleth(map: MapLibreMap, source: string, beforeLayer: string, paint: ChoroplethPaint, previous: ReadonlySet<number>): Set<number> {
  for (const id of previous) if (!paint.values.has(id)) map.setFeatureState({ source, id }, { [STATE]: null });
  for (const [id, v] of paint.values) map.setFeatureState({ source, id }, { [STATE]: v });
  const filter: ExpressionSpecification = ['==', ['get', 'level'], paint.level];
  if (!map.getLayer(CHOROPLETH_LAYER)) {
    map.addLayer(
      { id: CHOROPLETH_LAYER, type: 'fill', source, filter, paint: { 'fill-color': choroplethColour(paint.breaks, paint.palette), 'fill-opacity': paint.opacity } },
      map.getLayer(beforeLayer) ? beforeLayer : undefined,
    );
  } else {
    map.setFilter(CHOROPLETH_LAYER, filter);
    map.setPaintProperty(CHOROPLETH_LAYER, 'fill-color', choroplethColour(paint.breaks, paint.palette));
    map.setPaintProperty(CHOROPLETH_LAYER, 'fill-opacity', paint.opacity);
  }
  return new Set(paint.values.keys());
}

export function clearChoropleth(map: MapLibreMap, source: string, previous: ReadonlySet<number>) {
  if (map.getLayer(CHOROPLETH_LAYER)) map.removeLayer(CHOROPLETH_LAYER);
  if (map.getSource(source)) for (const id of previous) map.setFeatureState({ source, id }, { [STATE]: null });
}
