// Finds demo courtyards for the courtyard browser tests in the seed the demo database was built from
// (supabase/seed.sql), with the grids (public/demo/grids.json) to tell which grid's subtree holds them. Their
// stars and risk levels are scored by the database, so tests read those from the page, not from here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GridCollection } from '../../../src/data/types';
import { ROOT } from '../../../scripts/lib/migrations';

export interface SeededCourtyard {
  id: number;
  code: string;
  name: string;
  gridId: number;
  lon: number;
  lat: number;
  landlordName: string;
  landlordPhone: string | null;
}

const ROW = /^\((\d+),'([^']+)','([^']+)',(\d+),'[^']*','SRID=4326;POINT\(([\d.]+) ([\d.]+)\)'::extensions\.geometry,'([^']+)',(?:'(\d{11})'|null),/;

export function seededCourtyards(): SeededCourtyard[] {
  const sql = readFileSync(join(ROOT, 'supabase/seed.sql'), 'utf8');
  const start = sql.indexOf('insert into public.courtyards ');
  const rows: SeededCourtyard[] = [];
  for (const line of sql.slice(start).split('\n').slice(1)) {
    const m = ROW.exec(line);
    if (!m) break;
    rows.push({ id: +m[1]!, code: m[2]!, name: m[3]!, gridId: +m[4]!, lon: +m[5]!, lat: +m[6]!, landlordName: m[7]!, landlordPhone: m[8] ?? null });
  }
  return rows;
}

const grids = JSON.parse(readFileSync(join(ROOT, 'public/demo/grids.json'), 'utf8')) as GridCollection;

export const gridId = (code: string) => Number(grids.features.find((f) => f.properties.code === code)!.properties.id);

/** The courtyards whose grid lies in the subtree of the grid with this code. */
export function courtyardsIn(code: string): SeededCourtyard[] {
  const ids = new Set([gridId(code)]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const f of grids.features) {
      const parent = f.properties.parent_id;
      if (parent !== null && ids.has(Number(parent)) && !ids.has(Number(f.properties.id))) {
        ids.add(Number(f.properties.id));
        grew = true;
      }
    }
  }
  return seededCourtyards().filter((c) => ids.has(c.gridId));
}
