// Grid editing as candidate sets: a new grid, reshape, split and merge each produce the GridSet that the database checks and
// applies like any import (grid_import_check / grid_import_apply), so an edit can never bypass the coverage rules.
import { difference, featureCollection, intersect, polygon as turfPolygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GridCollection, GridFeature, GridLevel, GridSet } from '../data/types';

type Area = Polygon | MultiPolygon;
type SetFeature = GridSet['features'][number];

function feature(grids: GridCollection, g: GridFeature, geometry: Area, parentOverride?: string | null): SetFeature {
  const parent = parentOverride !== undefined ? parentOverride : parentCode(grids, g);
  return { type: 'Feature', properties: { code: g.properties.code, name: g.properties.name, level: g.properties.level, parent }, geometry };
}

export function parentCode(grids: GridCollection, g: GridFeature): string | null {
  const id = g.properties.parent_id;
  return id === null ? null : (grids.features.find((f) => f.id === id)?.properties.code ?? null);
}

/** A grid that did not exist, drawn on the map: checked like any other, against its siblings and its parent. */
export function newGridSet(code: string, name: string, level: GridLevel, parent: string | null, geometry: Polygon): GridSet {
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code, name, level, parent }, geometry }] };
}

/** The grid with a new boundary. */
export function reshapeSet(grids: GridCollection, g: GridFeature, geometry: Area): GridSet {
  return { type: 'FeatureCollection', features: [feature(grids, g, geometry)] };
}

/** The next free sibling code: the parent's code and a two-digit number (01-02-03 → 01-02-04), as the demo numbers them. */
export function nextSiblingCode(grids: GridCollection, g: GridFeature): string {
  const prefix = g.properties.code.includes('-') ? g.properties.code.slice(0, g.properties.code.lastIndexOf('-') + 1) : '';
  const used = new Set(grids.features.map((f) => f.properties.code));
  for (let n = 1; n < 1000; n++) {
    const code = `${prefix}${String(n).padStart(2, '0')}`;
    if (!used.has(code)) return code;
  }
  throw new Error('no free code');
}

/** A half-plane left of the directed line a → b, large enough to cover any grid. */
function leftOf(a: Position, b: Position): Feature<Polygon> {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const len = Math.hypot(bx - ax, by - ay);
  const [dx, dy] = [((bx - ax) / len) * 10, ((by - ay) / len) * 10];
  const [nx, ny] = [-dy, dx];
  return turfPolygon([[[ax - dx, ay - dy], [bx + dx, by + dy], [bx + dx + nx, by + dy + ny], [ax - dx + nx, ay - dy + ny], [ax - dx, ay - dy]]]);
}

/**
 * Cuts a grid along the straight line from the first to the last point drawn. Returns the two pieces, or null
 * when the line does not cross the grid into two parts.
 */
export function splitGeometry(geometry: Area, line: Position[]): [Area, Area] | null {
  if (line.length < 2) return null;
  const half = leftOf(line[0]!, line[line.length - 1]!);
  const grid: Feature<Area> = { type: 'Feature', properties: {}, geometry };
  const a = intersect(featureCollection([grid, half]));
  const b = difference(featureCollection([grid, half]));
  return a && b ? [a.geometry, b.geometry] : null;
}

/** The grid cut in two: it keeps one piece, a new sibling (same level and parent) gets the other. */
export function splitSet(grids: GridCollection, g: GridFeature, pieces: [Area, Area], newCode: string, newName: string): GridSet {
  const kept = feature(grids, g, pieces[0]);
  return {
    type: 'FeatureCollection',
    features: [kept, { ...kept, properties: { ...kept.properties, code: newCode, name: newName }, geometry: pieces[1] }],
  };
}

/** Siblings that share a border with the grid: what it can be merged into. */
export function mergeCandidates(grids: GridCollection, g: GridFeature): GridFeature[] {
  const [w, s, e, n] = bbox(g);
  return grids.features.filter((f) => {
    if (f.id === g.id || f.properties.parent_id !== g.properties.parent_id || f.properties.level !== g.properties.level) return false;
    const [fw, fs, fe, fn] = bbox(f);
    return fw <= e && fe >= w && fs <= n && fn >= s;
  });
}

function bbox(f: GridFeature): [number, number, number, number] {
  const pts = f.geometry.coordinates.flat(2) as [number, number][];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Folds `from` into `into`: `into` takes the union, `from`'s children move under `into`, and `from` is removed. */
export function mergeSet(grids: GridCollection, from: GridFeature, into: GridFeature): GridSet {
  const merged = union(featureCollection([
    { type: 'Feature', properties: {}, geometry: into.geometry } as Feature<MultiPolygon>,
    { type: 'Feature', properties: {}, geometry: from.geometry } as Feature<MultiPolygon>,
  ]));
  const children = grids.features.filter((f) => f.properties.parent_id === from.id);
  return {
    type: 'FeatureCollection',
    remove: [{ code: from.properties.code, into: into.properties.code }],
    features: [
      feature(grids, into, merged!.geometry),
      ...children.map((c) => feature(grids, c, c.geometry, into.properties.code)),
    ],
  };
}
