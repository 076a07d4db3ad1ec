import { area } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { GridCollection, GridFeature } from '../data/types';
import { mergeCandidates, mergeSet, nextSiblingCode, reshapeSet, splitGeometry, splitSet } from './grid-edit';

const box = (x0: number, y0: number, x1: number, y1: number): number[][][][] => [[[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]];
const g = (id: number, parent: number | null, level: GridFeature['properties']['level'], code: string, coords: number[][][][]): GridFeature => ({
  type: 'Feature', id, geometry: { type: 'MultiPolygon', coordinates: coords },
  properties: { id, parent_id: parent, level, code, name: code, area_m2: 0, leader: null },
});
const grids: GridCollection = {
  type: 'FeatureCollection',
  features: [
    g(1, null, 'community', '01', box(112, 37, 112.02, 37.01)),
    g(2, 1, 'grid', '01-01', box(112, 37, 112.01, 37.01)),
    g(3, 1, 'grid', '01-02', box(112.01, 37, 112.02, 37.01)),
    g(4, 2, 'micro', '01-01-01', box(112, 37, 112.01, 37.01)),
    g(5, 1, 'grid', '01-04', box(112.5, 37.5, 112.6, 37.6)),
  ],
};
const f = (id: number) => grids.features.find((x) => x.id === id)!;
const m2 = (geometry: GeoJSON.Geometry) => area({ type: 'Feature', properties: {}, geometry });

describe('grid editing as candidate sets', () => {
  it('reshapes a grid in place, keeping its code, level and parent', () => {
    const set = reshapeSet(grids, f(3), { type: 'Polygon', coordinates: box(112.01, 37, 112.03, 37.01)[0]! });
    expect(set.features.map((x) => x.properties)).toEqual([{ code: '01-02', name: '01-02', level: 'grid', parent: '01' }]);
  });

  it('splits a grid along a drawn line into two pieces that add up to it', () => {
    const pieces = splitGeometry(f(3).geometry, [[112.015, 36.9], [112.0152, 37.1]])!;
    expect(pieces).not.toBeNull();
    expect(m2(pieces[0]) + m2(pieces[1])).toBeCloseTo(m2(f(3).geometry), -1);
    expect(m2(pieces[0])).toBeGreaterThan(m2(f(3).geometry) * 0.4);
    const set = splitSet(grids, f(3), pieces, nextSiblingCode(grids, f(3)), '新网格');
    expect(set.features.map((x) => [x.properties.code, x.properties.parent, x.properties.level])).toEqual([
      ['01-02', '01', 'grid'],
      ['01-03', '01', 'grid'],
    ]);
  });

  it('refuses a line that does not cut the grid', () => {
    expect(splitGeometry(f(3).geometry, [[113, 36.9], [113, 37.1]])).toBeNull();
    expect(splitGeometry(f(3).geometry, [[112.015, 36.9]])).toBeNull();
  });

  it('merges a grid into a touching sibling, moving its children and removing it', () => {
    expect(mergeCandidates(grids, f(2)).map((x) => x.properties.code)).toEqual(['01-02']);
    const set = mergeSet(grids, f(2), f(3));
    expect(set.remove).toEqual([{ code: '01-01', into: '01-02' }]);
    expect(set.features.map((x) => [x.properties.code, x.properties.parent])).toEqual([['01-02', '01'], ['01-01-01', '01-02']]);
    expect(m2(set.features[0]!.geometry as Polygon)).toBeCloseTo(m2(f(2).geometry) + m2(f(3).geometry), -1);
  });
});
