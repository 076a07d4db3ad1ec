// The subdivision helper is what makes the four grid levels nest exactly in the database; these tests pin the
// properties the SQL checks rely on, without a database: exact tiling, shared coordinates, 7-decimal cuts,
// cut positions in range, and determinism.
import { describe, expect, it } from 'vitest';
import { Random } from './random';
import { DEFAULT_CUT, pointInside, rectAround, rectArea, ring, round7, subdivide, type Rect } from './subdivide';

const PARENT: Rect = rectAround([112.55, 37.8], 3500, 2500);
const uniform = (seed: number) => {
  const rng = new Random(seed);
  return () => rng.next();
};

/** Area of the intersection of two rectangles' interiors (0 when they only touch). */
function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.east, b.east) - Math.max(a.west, b.west);
  const h = Math.min(a.north, b.north) - Math.max(a.south, b.south);
  return w > 0 && h > 0 ? w * h : 0;
}

describe('subdivide', () => {
  for (const n of [1, 2, 4, 5, 8, 13]) {
    it(`tiles the parent exactly with ${n} pieces`, () => {
      const pieces = subdivide(PARENT, n, uniform(n));
      expect(pieces).toHaveLength(n);
      // Inside the parent, compared exactly: shared edges are the same doubles, not nearly equal ones.
      for (const p of pieces) {
        expect(p.west).toBeGreaterThanOrEqual(PARENT.west);
        expect(p.east).toBeLessThanOrEqual(PARENT.east);
        expect(p.south).toBeGreaterThanOrEqual(PARENT.south);
        expect(p.north).toBeLessThanOrEqual(PARENT.north);
        expect(p.east).toBeGreaterThan(p.west);
        expect(p.north).toBeGreaterThan(p.south);
      }
      // No two pieces overlap, and together they cover the parent's whole area: a tiling.
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(overlap(pieces[i]!, pieces[j]!)).toBe(0);
      const sum = pieces.reduce((s, p) => s + rectArea(p), 0);
      expect(Math.abs(sum - rectArea(PARENT)) / rectArea(PARENT)).toBeLessThan(1e-12);
    });
  }

  it('makes every inner edge an edge of a neighbour with the very same coordinate', () => {
    const pieces = subdivide(PARENT, 8, uniform(42));
    for (const p of pieces) {
      // An east edge inside the parent is some other piece's west edge, bit for bit, over an overlapping span.
      if (p.east !== PARENT.east) {
        expect(pieces.some((q) => q.west === p.east && q.south < p.north && q.north > p.south)).toBe(true);
      }
      if (p.north !== PARENT.north) {
        expect(pieces.some((q) => q.south === p.north && q.west < p.east && q.east > p.west)).toBe(true);
      }
    }
  });

  it('rounds every cut to 7 decimals before using it', () => {
    for (const p of subdivide(PARENT, 13, uniform(7))) {
      for (const v of [p.west, p.south, p.east, p.north]) {
        expect(round7(v)).toBe(v);
        expect(String(v)).toMatch(/^\d+\.\d{1,7}$/);
      }
    }
  });

  it('cuts across the longer side within 35–65% of it', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const [a, b] = subdivide(PARENT, 2, uniform(seed)) as [Rect, Rect];
      // The district is wider than tall, so the first cut is a vertical line x = c.
      expect(a.east).toBe(b.west);
      const share = (a.east - PARENT.west) / (PARENT.east - PARENT.west);
      expect(share).toBeGreaterThanOrEqual(DEFAULT_CUT.minShare - 1e-6);
      expect(share).toBeLessThanOrEqual(DEFAULT_CUT.maxShare + 1e-6);
    }
  });

  it('returns the rectangle itself for one piece and refuses nonsense counts', () => {
    expect(subdivide(PARENT, 1, uniform(1))).toEqual([PARENT]);
    expect(() => subdivide(PARENT, 0, uniform(1))).toThrow();
    expect(() => subdivide(PARENT, 2.5, uniform(1))).toThrow();
  });

  it('is deterministic: the same seed gives the same pieces, another seed other pieces', () => {
    expect(subdivide(PARENT, 8, uniform(2024))).toEqual(subdivide(PARENT, 8, uniform(2024)));
    expect(subdivide(PARENT, 8, uniform(2024))).not.toEqual(subdivide(PARENT, 8, uniform(2025)));
  });

  it('nests: pieces of pieces tile the grandparent too', () => {
    const rng = uniform(99);
    const grandchildren = subdivide(PARENT, 4, rng).flatMap((c) => subdivide(c, 5, rng));
    expect(grandchildren).toHaveLength(20);
    const sum = grandchildren.reduce((s, p) => s + rectArea(p), 0);
    expect(Math.abs(sum - rectArea(PARENT)) / rectArea(PARENT)).toBeLessThan(1e-12);
  });
});

describe('ring', () => {
  it('is closed and counter-clockwise', () => {
    const r = ring(PARENT);
    expect(r).toHaveLength(5);
    expect(r[0]).toEqual(r[4]);
    let twiceArea = 0;
    for (let i = 0; i < 4; i++) twiceArea += r[i]![0] * r[i + 1]![1] - r[i + 1]![0] * r[i]![1];
    expect(twiceArea).toBeGreaterThan(0);
  });
});

describe('pointInside', () => {
  it('stays strictly inside, away from the edges by the inset', () => {
    const next = uniform(5);
    const small: Rect = { west: 112.55, south: 37.8, east: 112.5501, north: 37.8001 };
    for (let i = 0; i < 1000; i++) {
      const [x, y] = pointInside(small, next, 0.1);
      expect(x).toBeGreaterThanOrEqual(small.west + 0.1 * (small.east - small.west) - 1e-7);
      expect(x).toBeLessThanOrEqual(small.east - 0.1 * (small.east - small.west) + 1e-7);
      expect(y).toBeGreaterThan(small.south);
      expect(y).toBeLessThan(small.north);
      expect(round7(x)).toBe(x);
    }
  });
});
