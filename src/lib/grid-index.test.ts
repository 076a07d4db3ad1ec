import { describe, expect, it } from 'vitest';
import { GridIndex } from './grid-index';

const square = (x0: number, y0: number, s: number) => [[x0, y0], [x0 + s, y0], [x0 + s, y0 + s], [x0, y0 + s], [x0, y0]];

describe('GridIndex', () => {
  const index = new GridIndex([
    { id: 1, coordinates: [[square(0, 0, 10), square(4, 4, 2)]] },
    // An L shape: its bounding box covers the notch, the polygon does not.
    { id: 2, coordinates: [[[[10, 0], [20, 0], [20, 10], [15, 10], [15, 5], [10, 5], [10, 0]]]] },
    { id: 3, coordinates: [[square(30, 0, 1)], [square(40, 0, 1)]] },
  ]);

  it('finds the polygon a point is in, respecting holes, concave shapes and multipolygons', () => {
    expect(index.find(1, 1)).toBe(1);
    expect(index.find(5, 5)).toBe(-1);
    expect(index.find(12, 2)).toBe(2);
    expect(index.find(12, 8)).toBe(-1);
    expect(index.find(18, 8)).toBe(2);
    expect(index.find(40.5, 0.5)).toBe(3);
    expect(index.find(35, 0.5)).toBe(-1);
  });

  it('assigns many points at once', () => {
    expect([...index.assign(new Float64Array([1, 5, 18, 30.5]), new Float64Array([1, 5, 8, 0.5]))]).toEqual([1, -1, 2, 3]);
  });

  it('agrees with a plain search over every grid for scattered points (the cell cache loses nothing)', () => {
    const grids = Array.from({ length: 100 }, (_, k) => ({ id: k + 1, coordinates: [[square((k % 10) * 1.1, Math.floor(k / 10) * 1.1, 1)]] }));
    const idx = new GridIndex(grids);
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 12 - 0.5;
    for (let i = 0; i < 5000; i++) {
      const [x, y] = [next(), next()];
      const want = grids.find((g) => { const [x0, y0] = g.coordinates[0]![0]![0]!; return x > x0! && x < x0! + 1 && y > y0! && y < y0! + 1; })?.id ?? -1;
      expect(idx.find(x, y)).toBe(want);
    }
  });

  it('answers -1 with no grids', () => {
    expect(new GridIndex([]).find(0, 0)).toBe(-1);
  });
});
