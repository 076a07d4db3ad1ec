// Which drawn disc (pin, cluster, courtyard, area) is under a screen point, worked out on the CPU from the discs'
// positions and sizes. deck.gl can answer that too, but only by drawing a picking image and reading it back from
// the GPU: in software rendering the first such pick held the page for 1–2 s (linking the picking programs) and
// every later one for 0.2–0.6 s. Near the point the map is treated as flat (Web Mercator, no pitch or bearing),
// which is exact to well under a pixel over the few dozen pixels that matter.

/** Discs of one layer: centres in degrees, radii in pixels or in metres on the ground. */
export interface DiscSet<T> {
  data: readonly T[];
  position(d: T): readonly [number, number] | readonly number[];
  radius(d: T): number;
  units: 'pixels' | 'meters';
  /** Added to every radius, in pixels: the drawn outline. */
  outlinePx: number;
}

/** A disc found: which set (by position in the list) and which of its data. */
export interface DiscHit {
  set: number;
  index: number;
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_PX = 512;

/**
 * The disc under the screen point at (lon, lat) at this zoom. Sets are drawn in list order and the data of a set in
 * array order, so of the discs that cover the point the last drawn is the one seen, and taken. A point just outside
 * every disc (within `slackPx` of an edge) takes the nearest one: a pointer need not be pixel-exact on a 3 px pin.
 */
export function topDiscAt(lon: number, lat: number, zoom: number, sets: readonly DiscSet<unknown>[], slackPx = 0): DiscHit | null {
  const pxPerDegLon = (WORLD_PX * 2 ** zoom) / 360;
  const cosLat = Math.cos((lat * Math.PI) / 180);
  // Mercator stretches north–south by 1/cos(lat) locally.
  const pxPerDegLat = pxPerDegLon / cosLat;
  const metresPerPx = (EARTH_CIRCUMFERENCE_M * cosLat) / (WORLD_PX * 2 ** zoom);
  let near: DiscHit | null = null;
  let nearGap = Infinity;
  for (let s = sets.length - 1; s >= 0; s--) {
    const set = sets[s]!;
    for (let i = set.data.length - 1; i >= 0; i--) {
      const d = set.data[i];
      const p = set.position(d);
      const dx = ((p[0] ?? NaN) - lon) * pxPerDegLon;
      const dy = ((p[1] ?? NaN) - lat) * pxPerDegLat;
      const r = (set.units === 'meters' ? set.radius(d) / metresPerPx : set.radius(d)) + set.outlinePx;
      const gap = Math.sqrt(dx * dx + dy * dy) - r;
      if (gap <= 0) return { set: s, index: i };
      if (gap <= slackPx && gap < nearGap) {
        near = { set: s, index: i };
        nearGap = gap;
      }
    }
  }
  return near;
}
