// Whether a click could land on one of the map's drawn discs (pins, clusters, courtyards, areas), worked out on
// the CPU from the discs' positions and sizes. deck.gl answers that exactly, but only after reading the picking
// pixels back from the GPU, which in software rendering took 0.2–0.6 s per click: a click no disc can reach goes
// to the grid beneath it at once. Near the click the map is treated as flat (Web Mercator, no pitch or bearing),
// which is exact to well under a pixel over the few dozen pixels that matter.

/** Discs of one layer: centres in degrees, radii in pixels or in metres on the ground. */
export interface DiscSet<T> {
  data: readonly T[];
  position(d: T): readonly [number, number] | readonly number[];
  radius(d: T): number;
  units: 'pixels' | 'meters';
  /** Added to every radius, in pixels: the outline and a little slack for the pointer. */
  marginPx: number;
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_PX = 512;

/** True when some disc of some set covers the screen point at (lon, lat) at this zoom. */
export function anyDiscAt(lon: number, lat: number, zoom: number, sets: readonly DiscSet<unknown>[]): boolean {
  const pxPerDegLon = (WORLD_PX * 2 ** zoom) / 360;
  const cosLat = Math.cos((lat * Math.PI) / 180);
  // Mercator stretches north–south by 1/cos(lat) locally.
  const pxPerDegLat = pxPerDegLon / cosLat;
  const metresPerPx = (EARTH_CIRCUMFERENCE_M * cosLat) / (WORLD_PX * 2 ** zoom);
  return sets.some((set) =>
    set.data.some((d) => {
      const p = set.position(d);
      const dx = ((p[0] ?? NaN) - lon) * pxPerDegLon;
      const dy = ((p[1] ?? NaN) - lat) * pxPerDegLat;
      const r = (set.units === 'meters' ? set.radius(d) / metresPerPx : set.radius(d)) + set.marginPx;
      return dx * dx + dy * dy <= r * r;
    }),
  );
}
