import { area, booleanPointInPolygon, centroid, pointOnFeature, polygon } from '@turf/turf';

export type LonLat = [number, number];
export type BBox = [number, number, number, number];

/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_PX = 512;

export function bboxOf(coordinates: number[][][][]): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const poly of coordinates) {
    for (const [x, y] of poly[0] ?? []) {
      if (x! < minX) minX = x!;
      if (x! > maxX) maxX = x!;
      if (y! < minY) minY = y!;
      if (y! > maxY) maxY = y!;
    }
  }
  return [minX, minY, maxX, maxY];
}

function largestPolygon(coordinates: number[][][][]): number[][][] {
  let best = coordinates[0] ?? [];
  let bestArea = -1;
  for (const rings of coordinates) {
    const a = area(polygon(rings));
    if (a > bestArea) {
      best = rings;
      bestArea = a;
    }
  }
  return best;
}

/**
 * A point inside the polygon to hang its label on: the centroid of its largest part when that lies inside
 * (true for the convex blocks grids usually are), otherwise a point guaranteed to be on the surface.
 */
export function labelPoint(coordinates: number[][][][]): LonLat {
  const shape = polygon(largestPolygon(coordinates));
  const c = centroid(shape);
  const at = booleanPointInPolygon(c, shape) ? c : pointOnFeature(shape);
  return at.geometry.coordinates as LonLat;
}

/** A point just inside the top edge, above the middle, for labels that must stay clear of their children's. */
export function topLabelPoint(coordinates: number[][][][]): LonLat | null {
  const [minX, minY, maxX, maxY] = bboxOf(coordinates);
  const candidate: LonLat = [(minX + maxX) / 2, maxY - (maxY - minY) * 0.01];
  const shape = polygon(largestPolygon(coordinates));
  return booleanPointInPolygon(candidate, shape) ? [candidate[0], maxY] : null;
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);

/** Smallest zoom at which a box of the given screen size fits inside the bbox (with a margin). */
export function fitZoom(bbox: BBox, widthPx: number, heightPx: number, margin = 1.1): number {
  const [minX, minY, maxX, maxY] = bbox;
  const worldW = ((maxX - minX) / 360) * WORLD_PX;
  const worldH = Math.abs(mercatorY(maxY) - mercatorY(minY)) * WORLD_PX;
  if (worldW <= 0 || worldH <= 0) return Infinity;
  return Math.log2(Math.max((widthPx * margin) / worldW, (heightPx * margin) / worldH));
}

const isWide = (ch: string) => ch.codePointAt(0)! >= 0x2e80;

/** Rough rendered size of a multi-line label: CJK glyphs are square, Latin ones about 0.6 em. */
export function estimateTextSize(text: string, fontPx: number, lineHeight = 1.25): { width: number; height: number } {
  const lines = text.split('\n');
  let width = 0;
  for (const line of lines) {
    let w = 0;
    for (const ch of line) w += isWide(ch) ? fontPx : fontPx * 0.6;
    width = Math.max(width, w);
  }
  return { width, height: lines.length * fontPx * lineHeight };
}
