// SQL text for the seed file: literals and batched multi-row inserts. The seed is plain SQL (no COPY) because it
// must run unchanged through psql, node-postgres, `supabase db reset` and PGlite's exec().
import type { LonLat } from './subdivide';
import { formatDate, formatTimestamp } from './time';

/** A piece of SQL written as-is (geometry, arrays, typed literals). Everything else is quoted by literal(). */
export class RawSql {
  constructor(readonly sql: string) {}
}

export type SqlValue = string | number | boolean | null | RawSql;

/** A quoted string literal; single quotes doubled (standard_conforming_strings is on everywhere we run). */
export function quote(text: string): string {
  if (text.includes('\0')) throw new Error('NUL cannot appear in a PostgreSQL string');
  return `'${text.replaceAll("'", "''")}'`;
}

export function literal(v: SqlValue): string {
  if (v === null) return 'null';
  if (v instanceof RawSql) return v.sql;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
    // String() gives the shortest text that parses back to the same double, so coordinates survive the trip.
    return String(v);
  }
  return quote(v);
}

function coord(v: number): string {
  const text = String(v);
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`coordinate would not print plainly: ${text}`);
  return text;
}

/** A MultiPolygon of one ring as an EWKT literal cast to PostGIS geometry. */
export function multiPolygon(ringCoords: readonly LonLat[]): RawSql {
  const body = ringCoords.map(([x, y]) => `${coord(x)} ${coord(y)}`).join(',');
  return new RawSql(`'SRID=4326;MULTIPOLYGON(((${body})))'::extensions.geometry`);
}

export function point([x, y]: LonLat): RawSql {
  return new RawSql(`'SRID=4326;POINT(${coord(x)} ${coord(y)})'::extensions.geometry`);
}

/** A text[] of vocabulary codes. Codes are [a-z0-9_], so the array literal needs no quoting inside. */
export function codeArray(codes: readonly string[]): RawSql {
  for (const c of codes) if (!/^[a-z0-9_]+$/.test(c)) throw new Error(`not a vocabulary code: ${c}`);
  return new RawSql(`'{${codes.join(',')}}'`);
}

export function timestamptz(ms: number | null): SqlValue {
  return ms === null ? null : formatTimestamp(ms);
}

export function date(ms: number | null): SqlValue {
  return ms === null ? null : formatDate(ms);
}

export const BATCH_ROWS = 500;

/** `insert … values` statements of at most BATCH_ROWS rows each: big enough to load fast, small enough to parse. */
export function insertRows(table: string, columns: readonly string[], rows: readonly SqlValue[][], suffix = ''): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const values = rows.slice(i, i + BATCH_ROWS).map((row) => {
      if (row.length !== columns.length) throw new Error(`${table}: row has ${row.length} values for ${columns.length} columns`);
      return `(${row.map(literal).join(',')})`;
    });
    out.push(`insert into ${table} (${columns.join(', ')}) values\n${values.join(',\n')}${suffix ? `\n${suffix}` : ''};`);
  }
  return out.join('\n');
}

/** Moves an identity sequence past the explicit ids the seed gave, so the application's own inserts do not collide. */
export function resetSequence(table: string): string {
  return `select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}));`;
}
