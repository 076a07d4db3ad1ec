// Which coordinate system a grid file is in, as far as the file tells. A shapefile's .prj names its datum; KML is
// WGS84 by its specification; GeoJSON too (RFC 7946) unless it carries an old-style "crs" member. Files drawn on
// 高德 or 百度 maps do not say so, so a name that mentions them is taken as a hint, and the user can always
// override the guess. Projected coordinates (metres) or positions outside China are refused: converting them
// would put grids somewhere else without anyone noticing.
import { bboxWithin, CHINA_BBOX, type BBox, type Crs } from './coords';

export interface CrsGuess {
  crs: Crs;
  /** Why: an i18n key under gridIo.crsReason. */
  reason: 'prj_cgcs2000' | 'prj_wgs84' | 'name_gcj02' | 'name_bd09' | 'kml' | 'geojson' | 'default';
}

export type CrsRefusal = 'no_coordinates' | 'projected' | 'outside_china';

export interface CrsInput {
  fileName: string;
  /** Text of the shapefile's .prj, or a GeoJSON "crs" name, when present. */
  prj: string | null;
  format: 'geojson' | 'kml' | 'shapefile';
  /** Of the coordinates as read (shpjs has already unprojected a shapefile with a projected .prj). */
  bbox: BBox | null;
  /** Property and layer names, searched for map-provider hints. */
  hints?: string[];
}

export function detectCrs(input: CrsInput): CrsGuess {
  const prj = (input.prj ?? '').toUpperCase();
  if (/CGCS\s*_?2000|CHINA[_ ]GEODETIC[_ ]COORDINATE[_ ]SYSTEM[_ ]2000|CHINA[_ ]2000|EPSG:+4490/.test(prj)) {
    return { crs: 'cgcs2000', reason: 'prj_cgcs2000' };
  }
  const words = [input.fileName, ...(input.hints ?? [])].join(' ').toLowerCase();
  if (/bd-?09|baidu|百度/.test(words)) return { crs: 'bd09', reason: 'name_bd09' };
  if (/gcj-?02|amap|gaode|高德|火星|腾讯|tencent/.test(words)) return { crs: 'gcj02', reason: 'name_gcj02' };
  if (/WGS[_ ]?(19)?84|EPSG:+4326|CRS84/.test(prj)) return { crs: 'wgs84', reason: 'prj_wgs84' };
  if (input.format === 'kml') return { crs: 'wgs84', reason: 'kml' };
  if (input.format === 'geojson') return { crs: 'wgs84', reason: 'geojson' };
  return { crs: 'wgs84', reason: 'default' };
}

/** Why coordinates cannot be grid boundaries in China, or null when they can. */
export function refuseCoordinates(bbox: BBox | null): CrsRefusal | null {
  if (!bbox) return 'no_coordinates';
  if (Math.abs(bbox[0]) > 180 || Math.abs(bbox[2]) > 180 || Math.abs(bbox[1]) > 90 || Math.abs(bbox[3]) > 90) {
    return 'projected';
  }
  return bboxWithin(bbox, CHINA_BBOX) ? null : 'outside_china';
}
