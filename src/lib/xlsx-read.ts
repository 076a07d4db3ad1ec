// The first worksheet of an XLSX as rows of text cells, read straight from its XML. exceljs builds a full object
// model of the workbook (styles, every cell an object) and took 13 s of the 50,000-row import's read in the
// browser; the importer needs only each cell's text, which this gets by scanning the sheet once (see
// bench/household-import-50k.bench.ts). Dates come out as exceljs gave them to cellText: the sheet's own fields
// (Excel has no time zones), "2025-10-03" or "2025-10-03 09:15:00".
import JSZip from 'jszip';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  if (!s.includes('&') && !s.includes('_x')) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m))
    // Excel's escape for characters XML cannot carry (a carriage return is _x000D_).
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The text of every <t> inside an element: a plain string, or the runs of a rich one (phonetic runs left out). */
function textOf(xml: string): string {
  let out = '';
  for (const m of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += m[1] ?? '';
  return unescapeXml(out);
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A number format shows a date or time when its code has date letters outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[ymdhs]/i.test(bare) && !/^[#0.,%E+\-\s]*$/i.test(bare);
}

/** Indexes into cellXfs (a cell's s attribute) whose number format is a date. */
function dateStyles(stylesXml: string | null): Set<number> {
  const dates = new Set<number>();
  if (!stylesXml) return dates;
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"/g)) custom.set(Number(m[1]), unescapeXml(m[2]!));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  let i = 0;
  for (const m of xfs.matchAll(/<xf\b([^>]*?)\/?>/g)) {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? 0);
    const code = custom.get(id);
    if (code === undefined ? BUILTIN_DATE_FORMATS.has(id) : isDateFormat(code)) dates.add(i);
    i++;
  }
  return dates;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An Excel serial day (1900 date system, fractions are the time of day) → its text, to the second. */
export function serialDateText(serial: number, date1904 = false): string {
  const ms = Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86_400) * 1000;
  const d = new Date(ms);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds() ? ` ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` : '';
  return day + time;
}

/** Column letters of a cell reference → 0-based index ("B7" → 1). */
function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** Path of the workbook's first sheet, from workbook.xml and its relationships. */
async function firstSheetPath(zip: JSZip): Promise<string> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const rid = /<sheet\b[^>]*?r:id="([^"]+)"/.exec(workbook)?.[1];
  const rel = rid ? [...rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)].find((m) => m[1]!.includes(`Id="${rid}"`)) : undefined;
  const target = (rel && /Target="([^"]+)"/.exec(rel[1]!)?.[1]) ?? 'worksheets/sheet1.xml';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

export async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const zip = await JSZip.loadAsync(bytes);
  const sheetXml = await zip.file(await firstSheetPath(zip))?.async('string');
  if (sheetXml === undefined) throw new Error('no worksheet');
  const shared: string[] = [];
  const sst = await zip.file('xl/sharedStrings.xml')?.async('string');
  if (sst) for (const m of sst.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) shared.push(m[1] === undefined ? '' : textOf(m[1]));
  const dates = dateStyles((await zip.file('xl/styles.xml')?.async('string')) ?? null);
  const date1904 = /<workbookPr\b[^>]*date1904="(1|true)"/.test((await zip.file('xl/workbook.xml')?.async('string')) ?? '');

  const rows: string[][] = [];
  for (const rm of sheetXml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNo = Number(/\br="(\d+)"/.exec(rm[1]!)?.[1] ?? rows.length + 1);
    const cells: string[] = [];
    let next = 0;
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cm[1]!;
      const ref = /\br="([A-Z]+)/.exec(attrs)?.[1];
      const col = ref ? columnIndex(ref) : next;
      next = col + 1;
      const inner = cm[2] ?? '';
      const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let text: string;
      if (type === 's') text = v === undefined ? '' : (shared[Number(v)] ?? '');
      else if (type === 'inlineStr') text = textOf(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
      else if (v === undefined) text = '';
      else if (type === 'b') text = v === '1' ? 'true' : 'false';
      else if (type === 'str' || type === 'e') text = unescapeXml(v);
      else text = dates.has(Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0)) ? serialDateText(Number(v), date1904) : String(Number(v));
      cells[col] = text;
    }
    rows[rowNo - 1] = Array.from(cells, (c) => c ?? '');
  }
  return Array.from(rows, (r) => r ?? []);
}
