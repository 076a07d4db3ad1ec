// Guillotine (k-d style) subdivision of axis-aligned rectangles in WGS84 degrees.
//
// Why this shape of algorithm: the four grid levels must nest exactly, with no gap and no overlap, and the
// database checks that with real geometry operations (ST_CoveredBy, ST_Union, ST_Intersection). A straight cut
// across a rectangle gives two rectangles that share the cut coordinate bit for bit, and a cut line x = c meets
// the horizontal edges at exactly (c, y), so no floating-point sliver can appear anywhere. Cut coordinates are
// rounded to 7 decimals (about 1 cm) BEFORE use, so the number written into the SQL literal is the very number
// every sibling and child uses, and parsing it back gives the same double.
//
// Pure: randomness comes in as a function, so tests can drive it without the generator.

export interface Rect {
  west: number;
  south: number;
  east: number;
  north: number;
}

export type LonLat = [lon: number, lat: number];

/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number;

export interface CutOptions {
  /** Smallest share of the side a cut may leave on its first side (0.35 = 35%). */
  minShare: number;
  /** Largest share of the side a cut may leave on its first side. */
  maxShare: number;
}

export const DEFAULT_CUT: CutOptions = { minShare: 0.35, maxShare: 0.65 };

/** Rounds to 7 decimal places: the precision every coordinate of the demo district is written with. */
export function round7(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}

/** Metres per degree of longitude and latitude near a latitude (spherical approximation; only steers cuts). */
export function metresPerDegree(lat: number): { lon: number; lat: number } {
  return { lon: 111_320 * Math.cos((lat * Math.PI) / 180), lat: 110_990 };
}

export function widthMetres(r: Rect): number {
  return (r.east - r.west) * metresPerDegree((r.south + r.north) / 2).lon;
}

export function heightMetres(r: Rect): number {
  return (r.north - r.south) * metresPerDegree((r.south + r.north) / 2).lat;
}

/** Area in square degrees; enough to compare children with their parent. */
export function rectArea(r: Rect): number {
  return (r.east - r.west) * (r.north - r.south);
}

/**
 * Splits a rectangle into n rectangles by recursive straight cuts. Each cut goes across the longer side
 * (measured in metres, so shapes stay compact on the ground), puts floor(n/2) pieces on the west or south side
 * and the rest on the other, at a random position between minShare and maxShare of the side. Pieces come out
 * west-to-east / south-to-north within each cut, which the generator uses to number buildings in order.
 */
export function subdivide(rect: Rect, n: number, random: Uniform, options: CutOptions = DEFAULT_CUT): Rect[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`subdivide wants a positive integer count, got ${n}`);
  if (!(rect.east > rect.west && rect.north > rect.south)) throw new Error('subdivide wants a non-empty rectangle');
  if (n === 1) return [rect];
  const first = Math.floor(n / 2);
  const share = options.minShare + (options.maxShare - options.minShare) * random();
  if (widthMetres(rect) >= heightMetres(rect)) {
    const x = cutAt(rect.west, rect.east, share);
    return [
      ...subdivide({ ...rect, east: x }, first, random, options),
      ...subdivide({ ...rect, west: x }, n - first, random, options),
    ];
  }
  const y = cutAt(rect.south, rect.north, share);
  return [
    ...subdivide({ ...rect, north: y }, first, random, options),
    ...subdivide({ ...rect, south: y }, n - first, random, options),
  ];
}

function cutAt(lo: number, hi: number, share: number): number {
  const c = round7(lo + (hi - lo) * share);
  // Only a side narrower than a few centimetres could round onto an edge; the district never gets near that.
  if (!(c > lo && c < hi)) throw new Error(`rectangle side [${lo}, ${hi}] is too small to cut at 7 decimals`);
  return c;
}

/** The rectangle as a closed ring, counter-clockwise from the south-west corner (the exterior-ring convention). */
export function ring(r: Rect): LonLat[] {
  return [
    [r.west, r.south],
    [r.east, r.south],
    [r.east, r.north],
    [r.west, r.north],
    [r.west, r.south],
  ];
}

/**
 * A random point strictly inside the rectangle, at least `inset` (a fraction of each side) away from its edges,
 * rounded to 7 decimals. Points on a shared edge would belong to two grids at once; the inset keeps every
 * household, courtyard and incident unambiguously in one unit grid.
 */
export function pointInside(r: Rect, random: Uniform, inset = 0.1): LonLat {
  if (!(inset > 0 && inset < 0.5)) throw new Error('inset must be between 0 and 0.5');
  const w = r.east - r.west;
  const h = r.north - r.south;
  const lon = round7(r.west + w * (inset + (1 - 2 * inset) * random()));
  const lat = round7(r.south + h * (inset + (1 - 2 * inset) * random()));
  if (!(lon > r.west && lon < r.east && lat > r.south && lat < r.north)) {
    throw new Error('rectangle too small for a point at 7 decimals');
  }
  return [lon, lat];
}

/** The rectangle of the given size in metres centred on a point, corners rounded to 7 decimals. */
export function rectAround(centre: LonLat, widthM: number, heightM: number): Rect {
  const m = metresPerDegree(centre[1]);
  const dx = widthM / 2 / m.lon;
  const dy = heightM / 2 / m.lat;
  return {
    west: round7(centre[0] - dx),
    south: round7(centre[1] - dy),
    east: round7(centre[0] + dx),
    north: round7(centre[1] + dy),
  };
}
