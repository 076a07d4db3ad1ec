// Which grid a point lies in, for many points at once in the browser or in Node: a packed R-tree (flatbush) over
// the grids' bounding boxes narrows each point to a few candidates, an even-odd ray test on their rings decides.
// Coordinates are flattened into one Float64Array so a million points allocate nothing per point, and the tree's
// answers are cached per cell of a coarse raster over the extent: a point then costs an array lookup instead of a
// tree walk (the tree is asked once per cell, not once per point).
import Flatbush from 'flatbush';

export interface IndexedGrid {
  id: number;
  /** GeoJSON MultiPolygon coordinates: polygons → rings → [lon, lat]. */
  coordinates: number[][][][];
}

export class GridIndex {
  private readonly tree: Flatbush;
  /** Per indexed polygon: its grid id and its rings as [start, end) offsets (in points) into xy. */
  private readonly owner: Int32Array;
  private readonly ringStart: Int32Array;
  private readonly polyRings: Int32Array;
  private readonly xy: Float64Array;
  private readonly box = { x0: 0, y0: 0, sx: 0, sy: 0, side: 0 };
  /** Candidates per raster cell: cellItems[cellStart[c] .. cellStart[c + 1]). */
  private readonly cellStart: Int32Array;
  private readonly cellItems: Int32Array;

  constructor(grids: readonly IndexedGrid[]) {
    const polygons = grids.flatMap((g) => g.coordinates.map((p) => ({ id: g.id, rings: p })));
    const points = polygons.reduce((n, p) => n + p.rings.reduce((m, r) => m + r.length, 0), 0);
    const rings = polygons.reduce((n, p) => n + p.rings.length, 0);
    this.tree = new Flatbush(Math.max(1, polygons.length));
    this.owner = new Int32Array(polygons.length);
    this.polyRings = new Int32Array(polygons.length + 1);
    this.ringStart = new Int32Array(rings + 1);
    this.xy = new Float64Array(points * 2);
    let ring = 0;
    let at = 0;
    polygons.forEach((p, k) => {
      this.owner[k] = p.id;
      this.polyRings[k] = ring;
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (const r of p.rings) {
        this.ringStart[ring++] = at;
        for (const [x, y] of r) {
          this.xy[at * 2] = x!;
          this.xy[at * 2 + 1] = y!;
          at++;
          if (x! < minX) minX = x!;
          if (x! > maxX) maxX = x!;
          if (y! < minY) minY = y!;
          if (y! > maxY) maxY = y!;
        }
      }
      this.tree.add(minX, minY, maxX, maxY);
    });
    this.polyRings[polygons.length] = ring;
    this.ringStart[ring] = at;
    if (polygons.length === 0) this.tree.add(0, 0, 0, 0);
    this.tree.finish();
    [this.cellStart, this.cellItems] = this.raster(polygons.length);
  }

  private raster(n: number): [Int32Array, Int32Array] {
    const { minX, minY, maxX, maxY } = this.tree;
    const side = n === 0 ? 1 : Math.min(512, Math.max(16, Math.ceil(Math.sqrt(n) * 4)));
    Object.assign(this.box, { x0: minX, y0: minY, sx: side / (maxX - minX || 1), sy: side / (maxY - minY || 1), side });
    const start = new Int32Array(side * side + 1);
    const items: number[] = [];
    const w = (maxX - minX) / side;
    const h = (maxY - minY) / side;
    for (let c = 0; c < side * side; c++) {
      start[c] = items.length;
      if (n === 0) continue;
      const x = minX + (c % side) * w;
      const y = minY + Math.floor(c / side) * h;
      items.push(...this.tree.search(x, y, x + w, y + h));
    }
    start[side * side] = items.length;
    return [start, Int32Array.from(items)];
  }

  private inside(k: number, x: number, y: number): boolean {
    const xy = this.xy;
    let odd = false;
    for (let r = this.polyRings[k]!; r < this.polyRings[k + 1]!; r++) {
      const start = this.ringStart[r]!;
      const end = this.ringStart[r + 1]!;
      for (let i = start, j = end - 1; i < end; j = i++) {
        const yi = xy[i * 2 + 1]!, yj = xy[j * 2 + 1]!;
        if (yi > y !== yj > y && x < ((xy[j * 2]! - xy[i * 2]!) * (y - yi)) / (yj - yi) + xy[i * 2]!) odd = !odd;
      }
    }
    return odd;
  }

  /** The id of the grid containing the point, or -1. Grids should not overlap (index one level at a time). */
  find(x: number, y: number): number {
    const { x0, y0, sx, sy, side } = this.box;
    const cx = Math.floor((x - x0) * sx);
    const cy = Math.floor((y - y0) * sy);
    if (!(cx >= 0 && cy >= 0 && cx <= side && cy <= side)) return -1;
    const c = Math.min(cy, side - 1) * side + Math.min(cx, side - 1);
    for (let i = this.cellStart[c]!; i < this.cellStart[c + 1]!; i++) {
      const k = this.cellItems[i]!;
      if (this.inside(k, x, y)) return this.owner[k]!;
    }
    return -1;
  }

  /** find() for every point; -1 where none. */
  assign(xs: Float64Array, ys: Float64Array): Int32Array {
    const out = new Int32Array(xs.length);
    for (let i = 0; i < xs.length; i++) out[i] = this.find(xs[i]!, ys[i]!);
    return out;
  }
}
