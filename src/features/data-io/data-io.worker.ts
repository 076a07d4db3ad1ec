// The import worker: holds the uploaded file's rows, maps and checks them, and writes XLSX files. One file at a
// time; the page terminates the worker to cancel.
import gcoord, { type CRSTypes } from 'gcoord';
import { toCsv } from '../../lib/csv';
import { householdMapping, parseHouseholdRows, tagLookup, unknownTagLabels, type HouseholdField } from '../../lib/household-rows';
import { hotlineMapping, parseHotlineRows, type HotlineField, type IncidentContext } from '../../lib/incident-rows';
import { open311Requests, parseOpen311 } from '../../lib/open311';
import { readSheet } from '../../lib/sheet-read';
import type { ColumnMapping } from '../../lib/column-map';
import { XLSX_MIME, type CheckContext, type Crs, type FromWorker, type ImportKind, type ToWorker } from './protocol';

let kind: ImportKind = 'households';
let header: string[] = [];
let body: string[][] = [];
let requests: object[] = [];

const post = (m: FromWorker, transfer: Transferable[] = []) => self.postMessage(m, { transfer });

const CRS: Record<Crs, CRSTypes> = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 };

function converter(crs: Crs): IncidentContext['toWgs84'] {
  if (crs === 'wgs84') return (lon, lat) => [lon, lat];
  return (lon, lat) => {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return [NaN, NaN];
    const [x, y] = gcoord.transform([lon, lat], CRS[crs], gcoord.WGS84) as [number, number];
    return [x, y];
  };
}

async function load(file: File, k: ImportKind) {
  kind = k;
  post({ type: 'progress', phase: 'read', done: 0, total: file.size });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (k === 'open311') {
    const text = new TextDecoder().decode(bytes);
    requests = open311Requests(JSON.parse(text)) ?? [];
    header = ['service_request_id', 'service_code', 'description'];
    body = requests.map((r) => header.map((h) => String((r as Record<string, unknown>)[h] ?? '')));
    post({ type: 'loaded', headers: header, rowCount: requests.length, encoding: 'json', mapping: {} });
    return;
  }
  const sheet = await readSheet(bytes, file.name);
  [header = [], ...body] = sheet.rows;
  const mapping = k === 'households' ? householdMapping(header) : hotlineMapping(header);
  post({ type: 'loaded', headers: header, rowCount: body.length, encoding: sheet.encoding, mapping });
}

function check(mapping: ColumnMapping<string>, ctx: CheckContext) {
  post({ type: 'progress', phase: 'check', done: 0, total: body.length });
  const incidentCtx: IncidentContext = { categories: ctx.categories, statuses: ctx.statuses, toWgs84: converter(ctx.crs) };
  if (kind === 'households') {
    const tags = tagLookup(ctx.tags, ctx.tagOverrides);
    const m = mapping as ColumnMapping<HouseholdField>;
    const r = parseHouseholdRows(body, m, { gridCodes: new Set(ctx.gridCodes), defaultGridCode: ctx.defaultGridCode, tags });
    const unknownTags = [...unknownTagLabels(body, m.tags, tags)].sort((a, b) => b[1] - a[1]);
    post({ type: 'checked', ...r, unknownTags });
  } else if (kind === 'hotline') {
    post({ type: 'checked', ...parseHotlineRows(body, mapping as ColumnMapping<HotlineField>, incidentCtx), unknownTags: [] });
  } else {
    post({ type: 'checked', ...parseOpen311(requests, incidentCtx), unknownTags: [] });
  }
}

async function xlsx(sheet: string, head: readonly string[], rows: readonly (readonly (string | number | null)[])[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow([...head]).font = { bold: true };
  for (const r of rows) ws.addRow([...r]);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** Sheet rows carry their line number (header = 1); Open311 requests their position from 1. */
const original = (row: number) => (kind === 'open311' ? body[row - 1] : body[row - 2]) ?? [];

async function report(format: 'csv' | 'xlsx', reasonHeader: string, reasons: [number, string][]) {
  const head = ['#', ...header, reasonHeader];
  const rows = reasons.map(([row, reason]) => [row, ...original(row), reason]);
  if (format === 'csv') {
    const data = new TextEncoder().encode(toCsv(head, rows)).buffer as ArrayBuffer;
    post({ type: 'file', data, mime: 'text/csv;charset=utf-8' }, [data]);
  } else {
    const data = await xlsx('errors', head, rows);
    post({ type: 'file', data, mime: XLSX_MIME }, [data]);
  }
}

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  try {
    if (m.type === 'load') await load(m.file, m.kind);
    else if (m.type === 'check') check(m.mapping, m.ctx);
    else if (m.type === 'report') await report(m.format, m.reasonHeader, m.reasons);
    else {
      const data = await xlsx(m.sheet, m.header, m.rows);
      post({ type: 'file', data, mime: XLSX_MIME }, [data]);
    }
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
