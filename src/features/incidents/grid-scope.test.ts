import { describe, expect, it } from 'vitest';
import type { GridCollection, GridLevel } from '../../data/types';
import { subtreeIds } from './grid-scope';

const grid = (id: number, parent_id: number | null, level: GridLevel) => ({
  type: 'Feature' as const,
  id,
  geometry: { type: 'MultiPolygon' as const, coordinates: [] },
  properties: { id, parent_id, level, code: String(id), name: String(id), area_m2: 1, leader: null },
});
const grids: GridCollection = {
  type: 'FeatureCollection',
  features: [grid(1, null, 'community'), grid(2, 1, 'grid'), grid(3, 2, 'micro'), grid(4, 3, 'unit'), grid(5, 1, 'grid'), grid(6, null, 'community')],
};

describe('subtreeIds', () => {
  it('holds the grid and every descendant, nothing beside it', () => {
    expect([...subtreeIds(grids, 2)].sort()).toEqual([2, 3, 4]);
    expect([...subtreeIds(grids, 1)].sort()).toEqual([1, 2, 3, 4, 5]);
    expect([...subtreeIds(grids, 4)]).toEqual([4]);
  });
  it('is the grid alone before the grids have loaded', () => {
    expect([...subtreeIds(null, 7)]).toEqual([7]);
  });
});
