import { describe, expect, it } from 'vitest';
import type { GridCollection, GridFeature, GridLevel } from '../../data/types';
import { buildGridLabels, groupLabels, labelText } from './grid-labels';

const rect = (x0: number, y0: number, x1: number, y1: number) => [[[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]];
const feature = (id: number, level: GridLevel, code: string, coords: number[][][][], leader: string | null = null): GridFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'MultiPolygon', coordinates: coords },
  properties: { id, parent_id: null, level, code, name: `网格${id}`, area_m2: 1, leader },
});

describe('labelText', () => {
  it('names the 网格长 of a grid on a second line', () => {
    expect(labelText(feature(5, 'grid', '01-01', rect(0, 0, 1, 1), '张伟').properties, '网格长')).toBe('01-01 网格5\n网格长 张伟');
    expect(labelText(feature(5, 'grid', '01-01', rect(0, 0, 1, 1)).properties, '网格长')).toBe('01-01 网格5');
  });
  it('puts code and name of small grids on two short lines', () => {
    expect(labelText(feature(9, 'unit', '01-01-01-01', rect(0, 0, 1, 1)).properties, '')).toBe('01-01-01-01\n网格9');
  });
});

describe('buildGridLabels', () => {
  const grids: GridCollection = {
    type: 'FeatureCollection',
    features: [
      feature(1, 'community', '01', rect(112.53, 37.79, 112.55, 37.8)),
      feature(2, 'grid', '01-01', rect(112.53, 37.79, 112.54, 37.795), '张伟'),
      feature(3, 'unit', '01-01-01-01', rect(112.53, 37.79, 112.5305, 37.7903)),
    ],
  };
  const labels = buildGridLabels(grids, '网格长');

  it('hangs community names from the top edge and the rest at the middle', () => {
    expect(labels[0]!.anchor).toBe('top');
    expect(labels[0]!.position[0]).toBeCloseTo(112.54, 9);
    expect(labels[0]!.position[1]).toBe(37.8);
    expect(labels[1]!.anchor).toBe('center');
    expect(labels[1]!.position[0]).toBeCloseTo(112.535, 6);
  });
  it('shows small polygons only from a deeper zoom, when their label fits', () => {
    expect(labels[1]!.fitsFrom).toBeGreaterThan(12);
    expect(labels[1]!.fitsFrom).toBeLessThan(15);
    expect(labels[2]!.fitsFrom).toBeGreaterThan(labels[1]!.fitsFrom + 2);
  });
  it('groups labels by level', () => {
    const grouped = groupLabels(labels);
    expect(grouped.community.map((l) => l.id)).toEqual([1]);
    expect(grouped.micro).toEqual([]);
  });
});
