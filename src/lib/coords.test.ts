import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { bboxOf, geometryToWgs84, geometryWgs84ToGcj02, positionToWgs84 } from './coords';

// 太原 五一广场 in WGS84, and the same place as 高德 (GCJ-02) and 百度 (BD-09) maps give it.
const WGS: [number, number] = [112.5598, 37.8642];

const metres = (a: [number, number], b: [number, number]) =>
  Math.hypot((a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 110_990);

describe('coords', () => {
  it('leaves WGS84 and CGCS2000 where they are, at 7 decimals', () => {
    expect(positionToWgs84([112.123456789, 37.5], 'wgs84')).toEqual([112.1234568, 37.5]);
    expect(positionToWgs84([112.1, 37.5], 'cgcs2000')).toEqual([112.1, 37.5]);
  });

  it('undoes the GCJ-02 shift to within half a metre, and the shift itself is hundreds of metres', () => {
    const poly: Polygon = { type: 'Polygon', coordinates: [[WGS, [WGS[0] + 0.01, WGS[1]], [WGS[0], WGS[1] + 0.01], WGS]] };
    const gcj = geometryWgs84ToGcj02(poly);
    const shifted = gcj.coordinates[0]![0] as [number, number];
    expect(metres(shifted, WGS)).toBeGreaterThan(100);
    const back = geometryToWgs84(gcj, 'gcj02');
    for (const [i, p] of back.coordinates[0]!.entries()) {
      expect(metres(p as [number, number], poly.coordinates[0]![i] as [number, number])).toBeLessThan(0.5);
    }
    expect(poly.coordinates[0]![0]).toEqual(WGS);
  });

  it('converts BD-09 to WGS84 (百度 is further off than 高德)', () => {
    const bd: [number, number] = [112.5663, 37.8705];
    const wgs = positionToWgs84(bd, 'bd09');
    expect(metres(wgs, bd)).toBeGreaterThan(500);
    expect(metres(wgs, positionToWgs84(bd, 'gcj02'))).toBeGreaterThan(300);
  });

  it('gives shared vertices the same converted point, so tiles still tile', () => {
    const a = positionToWgs84([112.55, 37.8], 'gcj02');
    const b = positionToWgs84([112.55, 37.8], 'gcj02');
    expect(a).toEqual(b);
  });

  it('measures the bounding box of mixed geometries', () => {
    expect(bboxOf([{ type: 'Point', coordinates: [1, 2] }, null, { type: 'LineString', coordinates: [[3, -1], [0, 5]] }])).toEqual([0, -1, 3, 5]);
    expect(bboxOf([])).toBeNull();
  });
});
