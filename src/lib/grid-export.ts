// Grids out: the tree (or a subtree) as GeoJSON and KML with code, name, level and parent code, the same fields
// the import maps by default, so an exported file imports again unchanged.
import type { GridCollection, GridFeature } from '../data/types';

export interface ExportProperties {
  code: string;
  name: string;
  level: string;
  parent: string | null;
  area_m2: number;
}

/** The grids under (and including) rootId, or all of them, parents before children. */
export function subtree(grids: GridCollection, rootId: number | null): GridFeature[] {
  if (rootId === null) return grids.features;
  const keep = new Set<number>([rootId]);
  // grids_geojson lists level by level, so one pass sees every parent before its children.
  return grids.features.filter((f) => {
    if (keep.has(f.id)) return true;
    if (f.properties.parent_id !== null && keep.has(f.properties.parent_id)) {
      keep.add(f.id);
      return true;
    }
    return false;
  });
}

function exportRows(grids: GridCollection, rootId: number | null) {
  const codeOf = new Map(grids.features.map((f) => [f.id, f.properties.code]));
  return subtree(grids, rootId).map((f) => ({
    geometry: f.geometry,
    properties: {
      code: f.properties.code,
      name: f.properties.name,
      level: f.properties.level,
      parent: f.properties.parent_id === null ? null : (codeOf.get(f.properties.parent_id) ?? null),
      area_m2: f.properties.area_m2,
    } satisfies ExportProperties,
  }));
}

export function gridsToGeoJson(grids: GridCollection, rootId: number | null = null): string {
  const features = exportRows(grids, rootId).map((r) => ({ type: 'Feature', properties: r.properties, geometry: r.geometry }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ringText = (ring: number[][]) => ring.map((p) => `${p[0]},${p[1]}`).join(' ');

function polygonKml(rings: number[][][]): string {
  const [outer, ...holes] = rings;
  const inner = holes.map((h) => `<innerBoundaryIs><LinearRing><coordinates>${ringText(h)}</coordinates></LinearRing></innerBoundaryIs>`);
  return `<Polygon><outerBoundaryIs><LinearRing><coordinates>${ringText(outer ?? [])}</coordinates></LinearRing></outerBoundaryIs>${inner.join('')}</Polygon>`;
}

/** KML 2.2 (WGS84 by definition): one Placemark per grid, its fields as ExtendedData. */
export function gridsToKml(grids: GridCollection, rootId: number | null = null, documentName = 'grids'): string {
  const placemarks = exportRows(grids, rootId).map(({ properties: p, geometry }) => {
    const data = (Object.entries(p) as [string, unknown][])
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `<Data name="${k}"><value>${xml(String(v))}</value></Data>`)
      .join('');
    const polygons = geometry.coordinates.map(polygonKml).join('');
    return `<Placemark><name>${xml(p.name)}</name><ExtendedData>${data}</ExtendedData><MultiGeometry>${polygons}</MultiGeometry></Placemark>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>' +
    `<name>${xml(documentName)}</name>${placemarks.join('\n')}</Document></kml>\n`
  );
}
