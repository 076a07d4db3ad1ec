// MapLibre layers for the grid polygons, one source and three layers whose ids the browser tests query:
// 'grid-fill' (hover and click target, tinted per community), 'grid-line' (outlines, thicker for coarser levels)
// and 'grid-highlight' (the selected grid). Which levels they draw follows the zoom (see lib/grid-levels): the
// filter is swapped when the zoom crosses a level's threshold, so rendered features are the visible levels only.
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { GridCollection, GridLevel } from '../../data/types';

export const GRID_SOURCE = 'grids';
export const FILL_LAYER = 'grid-fill';
export const LINE_LAYER = 'grid-line';
export const HIGHLIGHT_LAYER = 'grid-highlight';

/** One tint per community (first two digits of the code), so a grid's community shows at a glance. */
const COMMUNITY_TINTS = ['#4e79a7', '#59a14f', '#e15759', '#b07aa1', '#f28e2b', '#76b7b2', '#edc948', '#9c755f'];
const tint: ExpressionSpecification = [
  'match',
  ['slice', ['get', 'code'], 0, 2],
  ...COMMUNITY_TINTS.flatMap((c, i) => [String(i + 1).padStart(2, '0'), c]),
  '#7f8c99',
] as unknown as ExpressionSpecification;

const byLevel = <T>(values: Record<GridLevel, T>) =>
  ['match', ['get', 'level'], 'community', values.community, 'grid', values.grid, 'micro', values.micro, values.unit] as unknown as DataDrivenPropertyValueSpecification<T>;

/** Outline of each level; coarser levels are darker and thicker. The legend draws the same samples. */
export const LEVEL_LINE: Readonly<Record<GridLevel, { color: string; width: number }>> = {
  community: { color: '#1f3a5f', width: 3 },
  grid: { color: '#2f5d8a', width: 1.8 },
  micro: { color: '#6a8bb0', width: 1.1 },
  unit: { color: '#98aec8', width: 0.7 },
};

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

const levelFilter = (levels: readonly GridLevel[]): ExpressionSpecification => [
  'in',
  ['get', 'level'],
  ['literal', [...levels]],
];

export function showGrids(map: MapLibreMap, grids: GridCollection, levels: readonly GridLevel[]) {
  const existing = map.getSource(GRID_SOURCE) as GeoJSONSource | undefined;
  if (existing) {
    existing.setData(grids as unknown as GeoJSON.FeatureCollection);
    return;
  }
  map.addSource(GRID_SOURCE, { type: 'geojson', data: grids as unknown as GeoJSON.FeatureCollection, promoteId: 'id' });
  map.addLayer({
    id: FILL_LAYER,
    type: 'fill',
    source: GRID_SOURCE,
    filter: levelFilter(levels),
    paint: {
      'fill-color': ['case', isSelected, '#ff8f00', tint],
      // Communities carry the tint; deeper levels stay clear until hovered or selected, so stacked levels
      // do not darken the map.
      'fill-opacity': ['case', isSelected, 0.22, isHovered, 0.28, ['==', ['get', 'level'], 'community'], 0.1, 0],
    },
  });
  map.addLayer({
    id: LINE_LAYER,
    type: 'line',
    source: GRID_SOURCE,
    filter: levelFilter(levels),
    layout: { 'line-join': 'round', 'line-sort-key': byLevel({ community: 4, grid: 3, micro: 2, unit: 1 }) },
    paint: {
      'line-color': byLevel({
        community: LEVEL_LINE.community.color,
        grid: LEVEL_LINE.grid.color,
        micro: LEVEL_LINE.micro.color,
        unit: LEVEL_LINE.unit.color,
      }),
      'line-width': byLevel({
        community: LEVEL_LINE.community.width,
        grid: LEVEL_LINE.grid.width,
        micro: LEVEL_LINE.micro.width,
        unit: LEVEL_LINE.unit.width,
      }),
    },
  });
  map.addLayer({
    id: HIGHLIGHT_LAYER,
    type: 'line',
    source: GRID_SOURCE,
    filter: ['==', ['get', 'id'], -1],
    layout: { 'line-join': 'round' },
    paint: { 'line-color': '#e65100', 'line-width': 3.5 },
  });
}

export function setVisibleLevels(map: MapLibreMap, levels: readonly GridLevel[]) {
  if (!map.getLayer(FILL_LAYER)) return;
  const filter = levelFilter(levels);
  // A new filter makes MapLibre lay out the source's tiles again; skip it when nothing changes.
  if (JSON.stringify(map.getFilter(FILL_LAYER)) === JSON.stringify(filter)) return;
  map.setFilter(FILL_LAYER, filter);
  map.setFilter(LINE_LAYER, filter);
}

export function setSelectedGrid(map: MapLibreMap, previous: number | null, id: number | null) {
  if (!map.getSource(GRID_SOURCE)) return;
  if (previous !== null) map.setFeatureState({ source: GRID_SOURCE, id: previous }, { selected: false });
  if (id !== null) map.setFeatureState({ source: GRID_SOURCE, id }, { selected: true });
  map.setFilter(HIGHLIGHT_LAYER, ['==', ['get', 'id'], id ?? -1]);
}
