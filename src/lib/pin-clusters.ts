// Screen-grid clustering of the filtered pins: at a given zoom the world is cut into square cells of about
// `cellPx` screen pixels and the pins of each cell become one cluster at their mean position. One pass over
// the filter's index array (100,000 pins in a few milliseconds), so clusters follow a filter change at once,
// which an index-building clusterer (supercluster rebuilds its trees per load) would not.
import type { PinIndex } from './incident-filter';

export interface PinCluster {
  lon: number;
  lat: number;
  count: number;
  overdue: number;
  /** Position (in index.pins) of one member: the pin itself when count is 1. */
  first: number;
}

const TILE = 512;

/** Clusters of the given pins for a zoom. Cells are fixed per integer zoom so clusters do not shimmer while zooming. */
export function clusterPins(index: PinIndex, indices: Int32Array, zoom: number, cellPx = 64): PinCluster[] {
  const cellsPerWorld = (TILE * 2 ** Math.floor(zoom)) / cellPx;
  const row = Math.ceil(cellsPerWorld);
  const cells = new Map<number, number>();
  const lon: number[] = [];
  const lat: number[] = [];
  const count: number[] = [];
  const overdue: number[] = [];
  const first: number[] = [];
  const pins = index.pins;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    const p = pins[i]!;
    const x = Math.floor(((p.lon + 180) / 360) * cellsPerWorld);
    const s = Math.sin((p.lat * Math.PI) / 180);
    const y = Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * cellsPerWorld);
    const key = y * row + x;
    let c = cells.get(key);
    if (c === undefined) {
      c = count.length;
      cells.set(key, c);
      lon.push(0);
      lat.push(0);
      count.push(0);
      overdue.push(0);
      first.push(i);
    }
    lon[c]! += p.lon;
    lat[c]! += p.lat;
    count[c]!++;
    overdue[c]! += index.overdue[i]!;
  }
  return count.map((n, c) => ({ lon: lon[c]! / n, lat: lat[c]! / n, count: n, overdue: overdue[c]!, first: first[c]! }));
}
