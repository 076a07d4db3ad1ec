import { describe, expect, it } from 'vitest';
import { topDiscAt, type DiscSet } from './screen-hit';

const LON = 112.55;
const LAT = 37.8;
// At zoom 16: 512 · 2^16 / 360 px per degree of longitude.
const pxPerDegLon = (512 * 2 ** 16) / 360;
const east = (px: number): [number, number] => [LON + px / pxPerDegLon, LAT];
const pins = (points: [number, number][], radius = 5, outlinePx = 1): DiscSet<[number, number]> => ({
  data: points,
  position: (d) => d,
  radius: () => radius,
  units: 'pixels',
  outlinePx,
});

describe('topDiscAt', () => {
  it('finds a pixel-sized pin within its radius and outline, and within the slack only when asked', () => {
    expect(topDiscAt(LON, LAT, 16, [pins([east(5.5)])])).toEqual({ set: 0, index: 0 });
    expect(topDiscAt(LON, LAT, 16, [pins([east(7.5)])])).toBeNull();
    expect(topDiscAt(LON, LAT, 16, [pins([east(7.5)])], 2)).toEqual({ set: 0, index: 0 });
    expect(topDiscAt(LON, LAT, 16, [pins([east(8.5)])], 2)).toBeNull();
  });

  it('stretches north–south distances as Web Mercator does', () => {
    // 10 px north at 37.8°N is 10 / (pxPerDegLon / cos 37.8°) degrees of latitude.
    const north = (px: number): [number, number] => [LON, LAT + (px * Math.cos((LAT * Math.PI) / 180)) / pxPerDegLon];
    expect(topDiscAt(LON, LAT, 16, [pins([north(9)], 8, 2)])).not.toBeNull();
    expect(topDiscAt(LON, LAT, 16, [pins([north(11)], 8, 2)])).toBeNull();
  });

  it('sizes metre discs by the zoom', () => {
    const area: DiscSet<[number, number]> = { ...pins([[LON + 0.002, LAT]]), radius: () => 250, units: 'meters', outlinePx: 0 };
    // 0.002° of longitude at 37.8°N is about 176 m: inside a 250 m disc at any zoom.
    expect(topDiscAt(LON, LAT, 12, [area])).not.toBeNull();
    expect(topDiscAt(LON, LAT, 18, [area])).not.toBeNull();
    const far: DiscSet<[number, number]> = { ...area, data: [[LON + 0.004, LAT]] };
    expect(topDiscAt(LON, LAT, 18, [far])).toBeNull();
  });

  it('takes the disc drawn last where discs overlap: the later set, and the later data within a set', () => {
    const under = pins([east(1), east(-1)]);
    const over = pins([east(2)]);
    expect(topDiscAt(LON, LAT, 16, [under])).toEqual({ set: 0, index: 1 });
    expect(topDiscAt(LON, LAT, 16, [under, over])).toEqual({ set: 1, index: 0 });
    expect(topDiscAt(LON, LAT, 16, [under, pins([])])).toEqual({ set: 0, index: 1 });
  });

  it('prefers a disc under the point to a nearer-drawn one only within the slack, and the nearest of those', () => {
    const covering = pins([east(3)]);
    const beside = pins([east(7), east(7.5)]);
    expect(topDiscAt(LON, LAT, 16, [covering, beside], 3)).toEqual({ set: 0, index: 0 });
    expect(topDiscAt(LON, LAT, 16, [beside], 3)).toEqual({ set: 0, index: 0 });
    expect(topDiscAt(LON, LAT, 14, [])).toBeNull();
  });
});
