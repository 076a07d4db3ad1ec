import { describe, expect, it } from 'vitest';
import type { GridCollection } from '../data/types';
import { parseGeoJson, parseKml } from './grid-file';
import { gridsToGeoJson, gridsToKml, subtree } from './grid-export';
import { guessMapping, propertyKeys, toCandidates } from './grid-mapping';

const sq = (x: number): number[][][][] => [[[[x, 37], [x + 1, 37], [x + 1, 38], [x, 37]]]];
const grids: GridCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 1, geometry: { type: 'MultiPolygon', coordinates: sq(112) }, properties: { id: 1, parent_id: null, level: 'community', code: 'A', name: '甲 & <社区>', area_m2: 10, leader: null } },
    { type: 'Feature', id: 2, geometry: { type: 'MultiPolygon', coordinates: sq(113) }, properties: { id: 2, parent_id: null, level: 'community', code: 'B', name: '乙', area_m2: 10, leader: null } },
    { type: 'Feature', id: 3, geometry: { type: 'MultiPolygon', coordinates: sq(112) }, properties: { id: 3, parent_id: 1, level: 'grid', code: 'A-1', name: '一', area_m2: 5, leader: '王' } },
    { type: 'Feature', id: 4, geometry: { type: 'MultiPolygon', coordinates: sq(112) }, properties: { id: 4, parent_id: 3, level: 'micro', code: 'A-1-1', name: '院', area_m2: 1, leader: null } },
  ],
};

describe('grid export', () => {
  it('takes a subtree, parents first', () => {
    expect(subtree(grids, 1).map((f) => f.id)).toEqual([1, 3, 4]);
    expect(subtree(grids, null)).toHaveLength(4);
  });

  it.each([
    ['geojson', (root: number | null) => parseGeoJson(gridsToGeoJson(grids, root), 'x.geojson')],
    ['kml', (root: number | null) => parseKml(gridsToKml(grids, root), 'x.kml')],
  ])('%s imports back as the same grids', (_format, roundTrip) => {
    const file = roundTrip(1);
    const { candidates, issues } = toCandidates(file.features, guessMapping(propertyKeys(file.features)), 'wgs84');
    expect(issues).toEqual([]);
    expect(candidates.map((c) => [c.code, c.name, c.level, c.parent])).toEqual([
      ['A', '甲 & <社区>', 'community', null],
      ['A-1', '一', 'grid', 'A'],
      ['A-1-1', '院', 'micro', 'A-1'],
    ]);
    const coords = (g: (typeof candidates)[number]['geometry']) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
    expect(coords(candidates[0]!.geometry)).toEqual(sq(112));
  });
});
