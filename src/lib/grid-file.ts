// Grid files in, one shape out: GeoJSON, KML and zipped shapefiles become a list of raw features (properties +
// geometry) with what the file says about its coordinate system; field mapping then turns them into grid
// candidates. Runs in the import worker (src/features/grid-io/parse.worker.ts) and in Node for the tests.
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Feature, Geometry, GeoJsonProperties } from 'geojson';
import JSZip from 'jszip';
import getShapefile from 'shpjs';

export type GridFileFormat = 'geojson' | 'kml' | 'shapefile';

export interface RawFeature {
  properties: Record<string, unknown>;
  geometry: Geometry | null;
}

export interface RawGridFile {
  format: GridFileFormat;
  fileName: string;
  /** .prj text of a shapefile, or the "crs" name of a GeoJSON file. */
  prj: string | null;
  features: RawFeature[];
}

export class GridFileError extends Error {
  /** An i18n key under gridIo.fileError. */
  constructor(readonly key: 'unknown_format' | 'bad_json' | 'bad_kml' | 'no_shp' | 'no_features') {
    super(key);
    this.name = 'GridFileError';
  }
}

export function formatOf(fileName: string): GridFileFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.geojson') || name.endsWith('.json')) return 'geojson';
  if (name.endsWith('.kml')) return 'kml';
  if (name.endsWith('.zip')) return 'shapefile';
  return null;
}

const raw = (f: Feature<Geometry | null, GeoJsonProperties>): RawFeature => ({
  properties: { ...(f.properties ?? {}) },
  geometry: f.geometry ?? null,
});

function nonEmpty(file: RawGridFile): RawGridFile {
  if (file.features.length === 0) throw new GridFileError('no_features');
  return file;
}

export function parseGeoJson(text: string, fileName: string): RawGridFile {
  let doc: { type?: string; features?: Feature[]; geometry?: Geometry; crs?: { properties?: { name?: string } } };
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, '')) as typeof doc;
  } catch {
    throw new GridFileError('bad_json');
  }
  const prj = doc.crs?.properties?.name ?? null;
  let features: RawFeature[];
  if (doc.type === 'FeatureCollection' && Array.isArray(doc.features)) features = doc.features.map(raw);
  else if (doc.type === 'Feature') features = [raw(doc as Feature)];
  else if (doc.type === 'Polygon' || doc.type === 'MultiPolygon') features = [{ properties: {}, geometry: doc as Geometry }];
  else throw new GridFileError('bad_json');
  return nonEmpty({ format: 'geojson', fileName, prj, features });
}

export function parseKml(text: string, fileName: string): RawGridFile {
  let errors = 0;
  const doc = new DOMParser({ onError: (level) => void (level !== 'warning' && errors++) }).parseFromString(
    text.replace(/^\uFEFF/, ''),
    'text/xml',
  );
  if (errors > 0 || !doc.documentElement || doc.documentElement.nodeName !== 'kml') throw new GridFileError('bad_kml');
  const fc = kml(doc as unknown as Document);
  return nonEmpty({ format: 'kml', fileName, prj: null, features: fc.features.map(raw) });
}

/** The text encoding of a .dbf: its .cpg when there is one, else UTF-8 if the bytes are valid UTF-8, else GBK. */
export function dbfEncoding(dbf: Uint8Array, cpg: string | null): string {
  const named = cpg?.trim();
  if (named) return /^(936|cp936|gb2312)$/i.test(named) ? 'gbk' : named;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf);
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

/**
 * A zipped shapefile (the first .shp layer in it). A projected .prj (PROJCS, e.g. CGCS2000 Gauss–Krüger) is
 * handed to shpjs, which unprojects to longitude/latitude; a geographic one is only read for detection.
 */
export async function parseShapefileZip(data: ArrayBuffer | Uint8Array, fileName: string): Promise<RawGridFile> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files).filter((n) => !n.includes('__MACOSX'));
  const shpName = names.find((n) => n.toLowerCase().endsWith('.shp'));
  if (!shpName) throw new GridFileError('no_shp');
  const base = shpName.slice(0, -4);
  const part = (ext: string) => names.find((n) => n.toLowerCase() === `${base}.${ext}`.toLowerCase());
  const read = async (ext: string) => {
    const n = part(ext);
    return n ? zip.file(n)!.async('uint8array') : null;
  };
  const text = async (ext: string) => {
    const n = part(ext);
    return n ? zip.file(n)!.async('string') : null;
  };
  const [shp, dbf, prj, cpg] = await Promise.all([read('shp'), read('dbf'), text('prj'), text('cpg')]);
  const projected = prj !== null && /^\s*PROJCS/i.test(prj);
  const fc = await getShapefile({
    shp: shp!,
    dbf: dbf ?? undefined,
    cpg: dbf ? dbfEncoding(dbf, cpg) : undefined,
    prj: projected ? prj : undefined,
  });
  const features = (Array.isArray(fc) ? fc[0]! : fc).features as Feature<Geometry | null>[];
  return nonEmpty({ format: 'shapefile', fileName, prj, features: features.map(raw) });
}

export async function parseGridFile(data: ArrayBuffer, fileName: string): Promise<RawGridFile> {
  const format = formatOf(fileName);
  if (format === 'shapefile') return parseShapefileZip(data, fileName);
  const text = new TextDecoder('utf-8').decode(data);
  if (format === 'geojson') return parseGeoJson(text, fileName);
  if (format === 'kml') return parseKml(text, fileName);
  throw new GridFileError('unknown_format');
}
