// MapLibre layers for the grid polygons. One fill layer per level, each visible in its own zoom band, so the
// level you can click is the level you see; outlines of the levels above stay drawn for orientation.
import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { GridCollection, GridLevel } from '../../data/types';

export const GRID_SOURCE = 'grids';

/** Zoom band in which each level is the one shown and clicked. */
export const LEVEL_ZOOM: Record<GridLevel, [number, number]> = {
  community: [0, 13],
  grid: [13, 15],
  micro: [15, 16.5],
  unit: [16.5, 24],
};

export const fillLayerId = (level: GridLevel) => `grid-fill-${level}`;
export const FILL_LAYERS = (Object.keys(LEVEL_ZOOM) as GridLevel[]).map(fillLayerId);
export const HIGHLIGHT_LAYER = 'grid-highlight';

/** One colour per community, so a grid's community is visible at a glance. */
const COMMUNITY_COLORS = ['#4e79a7', '#59a14f', '#e15759', '#b07aa1', '#f28e2b', '#76b7b2'];
const communityColor: unknown = [
  'match',
  ['slice', ['get', 'code'], 0, 2],
  ...COMMUNITY_COLORS.flatMap((c, i) => [String(i + 1).padStart(2, '0'), c]),
  '#888888',
];

const LINE: Record<GridLevel, { color: string; width: number; minzoom: number }> = {
  community: { color: '#1f3a5f', width: 3, minzoom: 0 },
  grid: { color: '#2f5d8a', width: 1.8, minzoom: 12 },
  micro: { color: '#5b7fa6', width: 1, minzoom: 14.5 },
  unit: { color: '#8aa4c2', width: 0.6, minzoom: 16 },
};

const levelFilter = (level: GridLevel): FilterSpecification => ['==', ['get', 'level'], level];

export function addGridLayers(map: MapLibreMap, grids: GridCollection) {
  map.addSource(GRID_SOURCE, { type: 'geojson', data: grids as GeoJSON.FeatureCollection, promoteId: 'id' });
  for (const level of Object.keys(LEVEL_ZOOM) as GridLevel[]) {
    const [minzoom, maxzoom] = LEVEL_ZOOM[level];
    map.addLayer({
      id: fillLayerId(level),
      type: 'fill',
      source: GRID_SOURCE,
      filter: levelFilter(level),
      minzoom,
      maxzoom,
      paint: {
        'fill-color': communityColor as never,
        'fill-opacity': [
          'case',
          ['boolean', ['feature-state', 'selected'], false], 0.38,
          ['boolean', ['feature-state', 'hover'], false], 0.3,
          0.12,
        ],
      },
    });
  }
  // Finest first, so coarser outlines draw on top of finer ones.
  for (const level of ['unit', 'micro', 'grid', 'community'] as GridLevel[]) {
    const { color, width, minzoom } = LINE[level];
    map.addLayer({
      id: `grid-line-${level}`,
      type: 'line',
      source: GRID_SOURCE,
      filter: levelFilter(level),
      minzoom,
      paint: { 'line-color': color, 'line-width': width },
    });
  }
  map.addLayer({
    id: HIGHLIGHT_LAYER,
    type: 'line',
    source: GRID_SOURCE,
    filter: ['==', ['id'], -1],
    paint: { 'line-color': '#ff6f00', 'line-width': 3.5 },
  });
}

export function highlightGrid(map: MapLibreMap, gridId: number | null) {
  if (map.getLayer(HIGHLIGHT_LAYER)) map.setFilter(HIGHLIGHT_LAYER, ['==', ['id'], gridId ?? -1]);
}
