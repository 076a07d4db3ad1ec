import { describe, expect, it } from 'vitest';
import { detectCrs, refuseCoordinates } from './crs-detect';

const base = { fileName: 'grids.zip', prj: null, format: 'shapefile' as const, bbox: null };

describe('detectCrs', () => {
  it('reads CGCS2000 from a .prj, in its usual spellings', () => {
    expect(detectCrs({ ...base, prj: 'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000"]]' }).crs).toBe('cgcs2000');
    expect(detectCrs({ ...base, prj: 'GEOGCS["CGCS2000",DATUM["China 2000"]]' }).crs).toBe('cgcs2000');
    expect(detectCrs({ ...base, prj: 'urn:ogc:def:crs:EPSG::4490', format: 'geojson' }).crs).toBe('cgcs2000');
  });

  it('reads WGS84 from a .prj', () => {
    expect(detectCrs({ ...base, prj: 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]]' })).toEqual({ crs: 'wgs84', reason: 'prj_wgs84' });
  });

  it('takes a map provider named in the file name or the layer as a hint', () => {
    expect(detectCrs({ ...base, fileName: '网格-高德.geojson', format: 'geojson' })).toEqual({ crs: 'gcj02', reason: 'name_gcj02' });
    expect(detectCrs({ ...base, fileName: 'grids_gcj02.kml', format: 'kml' }).crs).toBe('gcj02');
    expect(detectCrs({ ...base, fileName: 'x.zip', hints: ['BD09坐标'] }).crs).toBe('bd09');
    expect(detectCrs({ ...base, fileName: 'baidu-export.json', format: 'geojson' }).crs).toBe('bd09');
  });

  it('falls back to the format’s own rule', () => {
    expect(detectCrs({ ...base, fileName: 'a.kml', format: 'kml' })).toEqual({ crs: 'wgs84', reason: 'kml' });
    expect(detectCrs({ ...base, fileName: 'a.geojson', format: 'geojson' })).toEqual({ crs: 'wgs84', reason: 'geojson' });
    expect(detectCrs(base)).toEqual({ crs: 'wgs84', reason: 'default' });
  });
});

describe('refuseCoordinates', () => {
  it('accepts longitudes and latitudes in China', () => {
    expect(refuseCoordinates([112.5, 37.7, 112.6, 37.9])).toBeNull();
  });
  it('refuses metres (a projection the file did not name), places abroad and nothing at all', () => {
    expect(refuseCoordinates([37_500_000, 4_180_000, 37_510_000, 4_190_000])).toBe('projected');
    expect(refuseCoordinates([-0.2, 51.4, 0.1, 51.6])).toBe('outside_china');
    expect(refuseCoordinates(null)).toBe('no_coordinates');
  });
});
