// Coordinate systems grid files arrive in. Chinese surveyors deliver WGS84 or CGCS2000 (the national datum; its
// ellipsoid differs from WGS84's by well under a millimetre at street scale, so it is taken as WGS84); maps and
// phones of 高德/腾讯 give GCJ-02 and 百度 gives BD-09, both shifted by hundreds of metres on purpose. Everything is
// stored as WGS84, so conversion happens here, once, at import.
import gcoord from 'gcoord';
import type { Geometry, Position } from 'geojson';

export type Crs = 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09';
export const CRS_LIST: readonly Crs[] = ['wgs84', 'cgcs2000', 'gcj02', 'bd09'];

export type BBox = [west: number, south: number, east: number, north: number];

/** Mainland China with its islands, generously: a file outside it is in another CRS or another country. */
export const CHINA_BBOX: BBox = [73, 3, 136, 54];

function mapPositions(g: Geometry, f: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: f(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: g.type, coordinates: g.coordinates.map(f) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return { type: g.type, coordinates: g.coordinates.map((r) => r.map(f)) } as Geometry;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: g.geometries.map((x) => mapPositions(x, f)) };
  }
}

/** Rounds to 7 decimals (about 1 cm), the precision grids are stored and exported with. */
export const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;

/** A position converted from the given CRS to WGS84 (2D, 7 decimals). */
export function positionToWgs84(p: Position, crs: Crs): [number, number] {
  const [x, y] = p as [number, number];
  if (crs === 'wgs84' || crs === 'cgcs2000') return [round7(x), round7(y)];
  const from = crs === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
  const [lon, lat] = gcoord.transform([x, y], from, gcoord.WGS84) as [number, number];
  return [round7(lon), round7(lat)];
}

/**
 * A geometry converted to WGS84 without touching the input. Shared vertices convert to the same point, so grids
 * that tiled each other before still tile each other after.
 */
export function geometryToWgs84<G extends Geometry>(g: G, crs: Crs): G {
  return mapPositions(g, (p) => positionToWgs84(p, crs)) as G;
}

/** WGS84 → GCJ-02, for test fixtures that imitate a file drawn on a 高德 map. */
export function geometryWgs84ToGcj02<G extends Geometry>(g: G): G {
  return mapPositions(g, (p) => {
    const [lon, lat] = gcoord.transform([p[0]!, p[1]!], gcoord.WGS84, gcoord.GCJ02) as [number, number];
    return [round7(lon), round7(lat)];
  }) as G;
}

/** Bounding box of some geometries, or null when they have no position. */
export function bboxOf(geometries: Iterable<Geometry | null>): BBox | null {
  let box: BBox | null = null;
  const add = (p: Position) => {
    const [x, y] = p as [number, number];
    if (!box) box = [x, y, x, y];
    else box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
    return p;
  };
  for (const g of geometries) if (g) mapPositions(g, add);
  return box;
}

export function bboxWithin(inner: BBox, outer: BBox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}
