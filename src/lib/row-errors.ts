// What is wrong with a row of an uploaded sheet, in a form the preview, the error report and the tests share.
// `row` is the line number the user sees in their spreadsheet (the header is line 1).
export type RowErrorCode =
  | 'missing'
  | 'too_long'
  | 'bad_phone'
  | 'bad_size'
  | 'bad_date'
  | 'bad_location'
  | 'unknown_grid'
  | 'unknown_tag'
  | 'unknown_category'
  | 'unknown_status'
  | 'duplicate';

export interface RowError {
  row: number;
  field: string;
  code: RowErrorCode;
  value: string;
}

/** Mobile numbers as the database stores them: 11 digits, spaces, dashes and a +86 prefix removed. */
export function normalisePhone(v: string): string {
  const digits = v.replace(/[\s\-()（）]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  return digits;
}

export const PHONE = /^1[3-9][0-9]{9}$/;

/** A calendar day typed in any of the usual ways (2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日) → YYYY-MM-DD. */
export function parseDay(v: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(v.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A time of day in China typed as a spreadsheet shows it (2024-03-05 14:30, 2024/3/5 14:30:10) or an ISO string
 * with its offset → ISO 8601 with +08:00 (or the given offset). A bare day is midnight in China.
 */
export function parseChinaTime(v: string): string | null {
  const s = v.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) {
    return Number.isNaN(Date.parse(s)) ? null : s;
  }
  const m = /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  const day = m && parseDay(m[1]!);
  if (!m || !day) return null;
  const [h, mi, se] = [Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  if (h > 23 || mi > 59 || se > 59) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day}T${pad(h)}:${pad(mi)}:${pad(se)}+08:00`;
}

/**
 * Collects the checked rows of a file: a row without errors is kept unless it repeats the natural key of an earlier
 * one (then it is a duplicate of that line); a row with errors is listed with them. Every row lands in one list.
 */
export class RowCollector<T> {
  readonly rows: T[] = [];
  readonly errors: RowError[] = [];
  readonly badRows: number[] = [];
  private readonly seen = new Map<string, number>();

  add(line: number, row: T, rowErrors: RowError[], key: string, keyField: string) {
    if (rowErrors.length === 0) {
      const first = this.seen.get(key);
      if (first !== undefined) rowErrors.push({ row: line, field: keyField, code: 'duplicate', value: String(first) });
      else this.seen.set(key, line);
    }
    if (rowErrors.length) {
      this.errors.push(...rowErrors);
      this.badRows.push(line);
    } else this.rows.push(row);
  }

  result(): { rows: T[]; errors: RowError[]; badRows: number[] } {
    return { rows: this.rows, errors: this.errors, badRows: this.badRows };
  }
}

export const isBlankRow = (cells: readonly string[]) => cells.every((c) => (c ?? '').trim() === '');
