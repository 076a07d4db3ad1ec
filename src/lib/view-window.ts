// The part of the map worth drawing pins for: the visible bounds padded by a screen on every side, so a pan of up
// to a screen needs no new data, and 100,000 pins at street zoom become the few thousand around the view.
export type Bounds = readonly [west: number, south: number, east: number, north: number];

export function padBounds([w, s, e, n]: Bounds, screens = 1): Bounds {
  const dx = (e - w) * screens;
  const dy = (n - s) * screens;
  return [w - dx, s - dy, e + dx, n + dy];
}

export function pinsWithin<T extends { lon: number; lat: number }>(pins: readonly T[], [w, s, e, n]: Bounds): T[] {
  return pins.filter((p) => p.lon >= w && p.lon <= e && p.lat >= s && p.lat <= n);
}
