// An uploaded sheet → rows of text cells. CSV in UTF-8 or GBK (see text-decode.ts); XLSX by reading its XML
// (xlsx-read.ts), or through exceljs for a workbook that reader cannot follow — exceljs is loaded only then (it is
// large). Both run in the import worker, never on the main thread.
import Papa from 'papaparse';
import { decodeText, type TextEncodingName } from './text-decode';
import { readXlsx } from './xlsx-read';

export interface SheetText {
  rows: string[][];
  encoding: TextEncodingName | 'xlsx';
}

export const isXlsx = (name: string) => /\.xlsx$/i.test(name);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * exceljs hands a date cell over as the Date whose UTC fields are what the sheet shows (Excel has no time zones),
 * so the text is built from those fields: 2025-10-03 09:15:00 stays that, whatever the browser's zone.
 */
function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds() ? ` ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` : '';
  return day + time;
}

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return dateText(v);
  if (typeof v !== 'object') return String(v);
  const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
  if (o.richText) return o.richText.map((r) => r.text).join('');
  if (o.result !== undefined) return cellText(o.result);
  if (o.text !== undefined) return cellText(o.text);
  return o.error ?? '';
}

async function readWithExceljs(bytes: Uint8Array): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws?.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as unknown[];
    rows[n - 1] = values.slice(1).map(cellText);
  });
  return Array.from(rows, (r) => r ?? []);
}

export async function readSheet(bytes: Uint8Array, fileName: string): Promise<SheetText> {
  if (isXlsx(fileName)) {
    try {
      return { rows: await readXlsx(bytes), encoding: 'xlsx' };
    } catch {
      return { rows: await readWithExceljs(bytes), encoding: 'xlsx' };
    }
  }
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  return { rows: parsed.data, encoding };
}
