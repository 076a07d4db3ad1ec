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

/** The categories migration 0002 marks sensitive: only staff see such incidents, a resident or visitor never does. */
export function sensitiveCategories(): Set<string> {
  const sql = readFileSync(join(ROOT, 'supabase/migrations/0002_vocabularies.sql'), 'utf8');
  const rows = sql.slice(sql.indexOf('insert into public.incident_categories'));
  return new Set([...rows.matchAll(/^\s+\('([a-z_]+)',\s*'[^']*',\s*'[^']*',\s*\d+,\s*\d+,\s*true,/gm)].map((m) => m[1]!));
}
