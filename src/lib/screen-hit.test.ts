import { describe, expect, it } from 'vitest';
import { anyDiscAt, type DiscSet } from './screen-hit';

const LON = 112.55;
const LAT = 37.8;
// At zoom 16: 512 · 2^16 / 360 px per degree of longitude.
const pxPerDegLon = (512 * 2 ** 16) / 360;
const pins = (points: [number, number][], radius = 5, marginPx = 2): DiscSet<[number, number]> => ({
  data: points,
  position: (d) => d,
  radius: () => radius,
  units: 'pixels',
  marginPx,
});

describe('anyDiscAt', () => {
  it('finds a pixel-sized pin within its radius and margin, not beyond', () => {
    const east = (px: number): [number, number] => [LON + px / pxPerDegLon, LAT];
    expect(anyDiscAt(LON, LAT, 16, [pins([east(6.5)])])).toBe(true);
    expect(anyDiscAt(LON, LAT, 16, [pins([east(7.5)])])).toBe(false);
  });

  it('stretches north–south distances as Web Mercator does', () => {
    // 10 px north at 37.8°N is 10 / (pxPerDegLon / cos 37.8°) degrees of latitude.
    const north = (px: number): [number, number] => [LON, LAT + (px * Math.cos((LAT * Math.PI) / 180)) / pxPerDegLon];
    expect(anyDiscAt(LON, LAT, 16, [pins([north(9)], 8, 2)])).toBe(true);
    expect(anyDiscAt(LON, LAT, 16, [pins([north(11)], 8, 2)])).toBe(false);
  });

  it('sizes metre discs by the zoom', () => {
    const area: DiscSet<[number, number]> = { ...pins([[LON + 0.002, LAT]]), radius: () => 250, units: 'meters', marginPx: 0 };
    // 0.002° of longitude at 37.8°N is about 176 m: inside a 250 m disc at any zoom.
    expect(anyDiscAt(LON, LAT, 12, [area])).toBe(true);
    expect(anyDiscAt(LON, LAT, 18, [area])).toBe(true);
    const far: DiscSet<[number, number]> = { ...area, data: [[LON + 0.004, LAT]] };
    expect(anyDiscAt(LON, LAT, 18, [far])).toBe(false);
  });

  it('is false with no discs and checks every set', () => {
    expect(anyDiscAt(LON, LAT, 14, [])).toBe(false);
    expect(anyDiscAt(LON, LAT, 14, [pins([]), pins([[LON, LAT]])])).toBe(true);
  });
});
