import { describe, expect, it } from 'vitest';
import { Random } from './random';
import { pointIn, subdivide, type Rect } from './subdivide';

const parent: Rect = { west: 112.53, south: 37.785, east: 112.57, north: 37.807 };
const area = (r: Rect) => (r.east - r.west) * (r.north - r.south);

describe('subdivide', () => {
  it('tiles the parent exactly: areas add up and every piece lies inside', () => {
    const parts = subdivide(parent, 8, new Random(7));
    expect(parts).toHaveLength(8);
    expect(parts.reduce((s, r) => s + area(r), 0)).toBeCloseTo(area(parent), 14);
    for (const r of parts) {
      expect(r.west).toBeGreaterThanOrEqual(parent.west);
      expect(r.east).toBeLessThanOrEqual(parent.east);
      expect(r.south).toBeGreaterThanOrEqual(parent.south);
      expect(r.north).toBeLessThanOrEqual(parent.north);
      expect(area(r)).toBeGreaterThan(0);
    }
  });

  it('leaves no overlap between pieces', () => {
    const parts = subdivide(parent, 5, new Random(3));
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 1; j < parts.length; j++) {
        const a = parts[i]!;
        const b = parts[j]!;
        const w = Math.min(a.east, b.east) - Math.max(a.west, b.west);
        const h = Math.min(a.north, b.north) - Math.max(a.south, b.south);
        expect(w <= 0 || h <= 0).toBe(true);
      }
  });

  it('gives the same pieces for the same seed and different ones for another', () => {
    expect(subdivide(parent, 5, new Random(11))).toEqual(subdivide(parent, 5, new Random(11)));
    expect(subdivide(parent, 5, new Random(11))).not.toEqual(subdivide(parent, 5, new Random(12)));
  });

  it('places points strictly inside', () => {
    const rng = new Random(1);
    for (let i = 0; i < 100; i++) {
      const [x, y] = pointIn(parent, rng);
      expect(x).toBeGreaterThan(parent.west);
      expect(x).toBeLessThan(parent.east);
      expect(y).toBeGreaterThan(parent.south);
      expect(y).toBeLessThan(parent.north);
    }
  });
});
