// Splits a rectangle into n rectangles by guillotine cuts at random positions. Cut coordinates are rounded to
// 7 decimals (about 1 cm) before use, so siblings share exact coordinates with each other and with their
// parent: the pieces tile the parent with no gap and no overlap, in floating point as on paper.
import type { Random } from './random';

export interface Rect {
  west: number;
  south: number;
  east: number;
  north: number;
}

export const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

/** Width/height in metres near this latitude, to cut across the longer side. */
function aspect(r: Rect): number {
  const lat = ((r.south + r.north) / 2) * (Math.PI / 180);
  return ((r.east - r.west) * Math.cos(lat)) / (r.north - r.south);
}

export function subdivide(rect: Rect, n: number, rng: Random): Rect[] {
  if (n <= 1) return [rect];
  const left = Math.floor(n / 2);
  const share = (left / n) * rng.between(0.85, 1.15);
  if (aspect(rect) >= 1) {
    const x = round7(rect.west + (rect.east - rect.west) * share);
    return [
      ...subdivide({ ...rect, east: x }, left, rng),
      ...subdivide({ ...rect, west: x }, n - left, rng),
    ];
  }
  const y = round7(rect.south + (rect.north - rect.south) * share);
  return [
    ...subdivide({ ...rect, north: y }, left, rng),
    ...subdivide({ ...rect, south: y }, n - left, rng),
  ];
}

/** Counter-clockwise closed ring of a rectangle. */
export function ring(r: Rect): [number, number][] {
  return [
    [r.west, r.south],
    [r.east, r.south],
    [r.east, r.north],
    [r.west, r.north],
    [r.west, r.south],
  ];
}

/** A random point inside the rectangle, kept away from its edges by the given fraction. */
export function pointIn(r: Rect, rng: Random, inset = 0.08): [number, number] {
  const w = r.east - r.west;
  const h = r.north - r.south;
  return [
    round7(r.west + w * rng.between(inset, 1 - inset)),
    round7(r.south + h * rng.between(inset, 1 - inset)),
  ];
}
