// The grid sheet's map as SVG: a grid and its children projected into a box. Vector, not a WebGL canvas, because
// a browser prints a canvas as a screenshot at screen resolution (and some print a WebGL canvas blank), while an
// SVG prints sharp on A4 or A3. Equirectangular with the latitude's cosine: exact enough for a few kilometres.
import type { GridFeature } from '../data/types';

export interface SheetShape {
  id: number;
  code: string;
  name: string;
  path: string;
  /** Where the label goes: the centre of the shape's bounding box. */
  label: [number, number];
}

export interface SheetMap {
  width: number;
  height: number;
  outline: SheetShape;
  children: SheetShape[];
}

function bounds(features: readonly GridFeature[]) {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features)
    for (const poly of f.geometry.coordinates)
      for (const ring of poly)
        for (const [x, y] of ring) {
          w = Math.min(w, x!);
          e = Math.max(e, x!);
          s = Math.min(s, y!);
          n = Math.max(n, y!);
        }
  return { w, s, e, n };
}

/** Projects the grid and its children into a width × height box (margin inside), north up, aspect kept. */
export function sheetMap(grid: GridFeature, children: readonly GridFeature[], width: number, height: number, margin = 16): SheetMap {
  const b = bounds([grid]);
  const k = Math.cos((((b.s + b.n) / 2) * Math.PI) / 180);
  const scale = Math.min((width - 2 * margin) / ((b.e - b.w) * k || 1), (height - 2 * margin) / (b.n - b.s || 1));
  const ox = (width - (b.e - b.w) * k * scale) / 2;
  const oy = (height - (b.n - b.s) * scale) / 2;
  const project = (x: number, y: number): [number, number] => [
    Math.round((ox + (x - b.w) * k * scale) * 10) / 10,
    Math.round((oy + (b.n - y) * scale) * 10) / 10,
  ];
  const shape = (f: GridFeature): SheetShape => {
    const path = f.geometry.coordinates
      .flatMap((poly) => poly.map((ring) => `M${ring.map(([x, y]) => project(x!, y!).join(',')).join('L')}Z`))
      .join('');
    const fb = bounds([f]);
    return { id: f.id, code: f.properties.code, name: f.properties.name, path, label: project((fb.w + fb.e) / 2, (fb.s + fb.n) / 2) };
  };
  return { width, height, outline: shape(grid), children: children.map(shape) };
}
