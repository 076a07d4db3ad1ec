// Field mapping: which property of a grid file holds the code, name, level and parent code. Surveyors' files use
// English or pinyin abbreviations (WGBM = 网格编码) or Chinese headers, so the guess knows the usual ones; the
// user confirms or changes it. The result is the candidate set the database checks (grid_import_check).
import type { MultiPolygon, Polygon } from 'geojson';
import type { GridLevel } from '../data/types';
import { geometryToWgs84, type Crs } from './coords';
import type { RawFeature } from './grid-file';

export interface FieldMapping {
  code: string | null;
  name: string | null;
  level: string | null;
  parent: string | null;
}

export interface GridCandidate {
  code: string;
  name: string;
  level: GridLevel;
  parent: string | null;
  geometry: Polygon | MultiPolygon;
}

/** A row the mapping could not turn into a grid; `row` counts from 1 as in the file. */
export interface RowIssue {
  row: number;
  /** An i18n key under gridIo.rowIssue. */
  issue: 'no_code' | 'no_name' | 'bad_level' | 'not_polygon' | 'duplicate_code';
  value?: string;
}

const SYNONYMS: Record<keyof FieldMapping, string[]> = {
  code: ['code', 'grid_code', 'gridcode', 'wgbm', '编码', '网格编码', '代码', 'bm', 'id'],
  name: ['name', 'grid_name', 'gridname', 'wgmc', '名称', '网格名称', 'mc'],
  level: ['level', 'grid_level', 'wgjb', 'jb', '层级', '级别', '网格级别', '网格层级', 'type'],
  parent: ['parent', 'parent_code', 'parentcode', 'sjbm', 'sjwgbm', '上级', '上级编码', '上级网格', '上级网格编码'],
};

/** Property names in order of first appearance. */
export function propertyKeys(features: RawFeature[]): string[] {
  const keys = new Set<string>();
  for (const f of features) for (const k of Object.keys(f.properties)) keys.add(k);
  return [...keys];
}

export function guessMapping(keys: string[]): FieldMapping {
  const find = (field: keyof FieldMapping) => {
    for (const s of SYNONYMS[field]) {
      const hit = keys.find((k) => k.trim().toLowerCase() === s);
      if (hit) return hit;
    }
    return null;
  };
  return { code: find('code'), name: find('name'), level: find('level'), parent: find('parent') };
}

const LEVEL_WORDS: Record<GridLevel, string[]> = {
  community: ['community', '社区', '大网格', '一级网格', '1'],
  grid: ['grid', '网格', '小网格', '二级网格', '2'],
  micro: ['micro', '微网格', '楼院', '三级网格', '3'],
  unit: ['unit', '密网格', '单元', '楼栋', '四级网格', '4'],
};

export function normaliseLevel(value: unknown): GridLevel | null {
  const v = String(value ?? '').trim().toLowerCase();
  for (const [level, words] of Object.entries(LEVEL_WORDS) as [GridLevel, string[]][]) {
    if (words.includes(v)) return level;
  }
  return null;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/** Polygonal parts of a geometry (a KML placemark may hold a GeometryCollection), or null when there are none. */
function polygonal(g: RawFeature['geometry']): Polygon | MultiPolygon | null {
  if (!g) return null;
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return g;
  if (g.type === 'GeometryCollection') {
    const parts = g.geometries.flatMap((x) =>
      x.type === 'Polygon' ? [x.coordinates] : x.type === 'MultiPolygon' ? x.coordinates : [],
    );
    return parts.length ? { type: 'MultiPolygon', coordinates: parts } : null;
  }
  return null;
}

/**
 * Raw features → grid candidates in WGS84. Every row that cannot be a grid is listed, so the user fixes the file
 * (or the mapping) before anything reaches the database.
 */
export function toCandidates(
  features: RawFeature[],
  mapping: FieldMapping,
  crs: Crs,
  onProgress?: (done: number) => void,
): { candidates: GridCandidate[]; issues: RowIssue[] } {
  const candidates: GridCandidate[] = [];
  const issues: RowIssue[] = [];
  const seen = new Set<string>();
  features.forEach((f, i) => {
    const row = i + 1;
    const code = mapping.code ? text(f.properties[mapping.code]) : '';
    const name = mapping.name ? text(f.properties[mapping.name]) : '';
    const levelText = mapping.level ? text(f.properties[mapping.level]) : '';
    const level = normaliseLevel(levelText);
    const geometry = polygonal(f.geometry);
    if (!code) issues.push({ row, issue: 'no_code' });
    else if (seen.has(code)) issues.push({ row, issue: 'duplicate_code', value: code });
    if (!name) issues.push({ row, issue: 'no_name', value: code });
    if (!level) issues.push({ row, issue: 'bad_level', value: levelText });
    if (!geometry) issues.push({ row, issue: 'not_polygon', value: code });
    if (code && !seen.has(code) && name && level && geometry) {
      const parent = mapping.parent ? text(f.properties[mapping.parent]) || null : null;
      candidates.push({ code, name, level, parent, geometry: geometryToWgs84(geometry, crs) });
    }
    if (code) seen.add(code);
    if (onProgress && row % 200 === 0) onProgress(row);
  });
  return { candidates, issues };
}

/** The candidate set as the FeatureCollection the database functions take. */
export function candidatesToFeatureCollection(candidates: GridCandidate[]) {
  return {
    type: 'FeatureCollection' as const,
    features: candidates.map((c) => ({
      type: 'Feature' as const,
      properties: { code: c.code, name: c.name, level: c.level, parent: c.parent },
      geometry: c.geometry,
    })),
  };
}
