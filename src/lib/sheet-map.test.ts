import { describe, expect, it } from 'vitest';
import type { GridFeature } from '../data/types';
import { sheetMap } from './sheet-map';

const square = (id: number, code: string, w: number, s: number, e: number, n: number): GridFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'MultiPolygon', coordinates: [[[[w, s], [e, s], [e, n], [w, n], [w, s]]]] },
  properties: { id, parent_id: null, level: 'grid', code, name: code, area_m2: 0, leader: null },
});

describe('grid sheet map', () => {
  it('fits the grid into the box with its margin, north up, and places the children inside', () => {
    const grid = square(1, '01-01', 112.5, 37.8, 112.51, 37.81);
    const child = square(2, '01-01-01', 112.5, 37.805, 112.505, 37.81);
    const m = sheetMap(grid, [child], 400, 400, 20);
    const xs = [...m.outline.path.matchAll(/([\d.]+),([\d.]+)/g)].map((x) => [Number(x[1]), Number(x[2])]);
    // 0.01° of longitude is shorter on the ground than 0.01° of latitude (cos 37.8° ≈ 0.79): the grid spans the
    // height and is centred across, 0.79 times as wide.
    const ys = xs.map((p) => p[1]!);
    expect([Math.min(...ys), Math.max(...ys)]).toEqual([20, 380]);
    const [x0, x1] = [Math.min(...xs.map((p) => p[0]!)), Math.max(...xs.map((p) => p[0]!))];
    expect(x0 + x1).toBeCloseTo(400, 0);
    expect((x1 - x0) / 360).toBeCloseTo(Math.cos((37.805 * Math.PI) / 180), 2);
    // The child is the north-west quarter: upper left.
    expect(m.children[0]!.label[0]).toBeLessThan(200);
    expect(m.children[0]!.label[1]).toBeLessThan(200);
    expect(m.children[0]!.code).toBe('01-01-01');
  });
});
