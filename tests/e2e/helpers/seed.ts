// Finds demo incidents for a browser test in the seed the demo database was built from (supabase/seed.sql):
// the seed follows the calendar (its statuses are "as of today"), so tests look incidents up instead of naming ids.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/migrations';

export interface SeededIncident {
  id: number;
  category: string;
  source: string;
  status: string;
  lon: number;
  lat: number;
  reporterId: string | null;
  rating: number | null;
}

const ROW =
  /^\((\d+),'([a-z_]+)','([a-z_]+)','([a-z_]+)',.*'SRID=4326;POINT\(([\d.]+) ([\d.]+)\)'::extensions\.geometry,(?:'(?:[^']|'')*'|null),\d+,(?:\d+|null),(null|'[0-9a-f-]{36}'),.*,\d+,(\d|null),(?:'(?:[^']|'')*'|null),(?:'[^']*'|null)\)[,;]$/;

export function seededIncidents(): SeededIncident[] {
  const rows: SeededIncident[] = [];
  for (const line of readFileSync(join(ROOT, 'supabase/seed.sql'), 'utf8').split('\n')) {
    const m = ROW.exec(line);
    if (!m) continue;
    rows.push({
      id: Number(m[1]),
      category: m[2]!,
      source: m[3]!,
      status: m[4]!,
      lon: Number(m[5]),
      lat: Number(m[6]),
      reporterId: m[7] === 'null' ? null : m[7]!.slice(1, -1),
      rating: m[8] === 'null' ? null : Number(m[8]),
    });
  }
  return rows;
}

/**
 * The codes of a vocabulary in migration 0002 whose boolean column `column` (counted from 0 in the insert's value
 * list) is true: read from the migration so that a test follows the vocabulary instead of copying it.
 */
function vocabularyCodes(table: string, column: number): Set<string> {
  const sql = readFileSync(join(ROOT, 'supabase/migrations/0002_vocabularies.sql'), 'utf8');
  const start = sql.indexOf(`insert into public.${table} `);
  const insert = sql.slice(start, sql.indexOf(';', start));
  const codes = new Set<string>();
  for (const [, row] of insert.matchAll(/^\s+\((.*)\),?$/gm)) {
    const values = row!.match(/'(?:[^']|'')*'|[^,\s][^,]*/g)!;
    if (values[column] === 'true') codes.add(values[0]!.slice(1, -1));
  }
  return codes;
}

/** The categories marked sensitive (code, name_zh, name_en, sort, deadline_hours, sensitive): only staff see them. */
export const sensitiveCategories = () => vocabularyCodes('incident_categories', 5);

/** The open statuses (code, name_zh, name_en, sort, is_open): an incident in one can still be joined ("me too"). */
export const openStatuses = () => vocabularyCodes('incident_statuses', 4);
