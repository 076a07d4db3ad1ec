// SQL literals and batched multi-row inserts for the seed file.
export type SqlValue = string | number | boolean | null | string[] | { wkt: string };

export function literal(v: SqlValue): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return v.length ? `array[${v.map(literal).join(',')}]::text[]` : `'{}'::text[]`;
  if (typeof v === 'object') return `'SRID=4326;${v.wkt}'::extensions.geometry`;
  return `'${v.replace(/'/g, "''")}'`;
}

const BATCH = 500;

export function inserts(table: string, columns: string[], rows: SqlValue[][]): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const values = rows
      .slice(i, i + BATCH)
      .map((r) => `(${r.map(literal).join(',')})`)
      .join(',\n');
    out.push(`insert into ${table} (${columns.join(', ')}) values\n${values};`);
  }
  return out.join('\n');
}

export const point = ([x, y]: [number, number]) => ({ wkt: `POINT(${x} ${y})` });

export const multiPolygon = (ring: [number, number][]) => ({
  wkt: `MULTIPOLYGON(((${ring.map(([x, y]) => `${x} ${y}`).join(',')})))`,
});

export const isoTime = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export const resetSequence = (table: string) =>
  `select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}));`;
