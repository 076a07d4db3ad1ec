// CSV for spreadsheets. Excel opens a file as the local ANSI code page unless it starts with a byte order mark,
// which would garble every Chinese name, so the downloaded text carries one.
export type Cell = string | number | null;

export const BOM = '\uFEFF';

function cell(v: Cell): string {
  if (v === null) return '';
  const s = String(v);
  // A leading = + - @ makes a spreadsheet run the cell as a formula; names typed by users must stay text.
  const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 text (CRLF line ends), header first, with the byte order mark. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
