// Messages between the import page and its worker, which reads and checks files off the main thread (exceljs and
// 50,000-row registers never touch the UI thread) and writes XLSX files for exports and error reports.
import type { HouseholdTag, IncidentCategory } from '../../data/types';
import type { ColumnMapping } from '../../lib/column-map';
import type { RowError } from '../../lib/row-errors';

export type ImportKind = 'households' | 'hotline' | 'open311';
export type Crs = 'wgs84' | 'gcj02' | 'bd09';

export interface CheckContext {
  gridCodes: string[];
  defaultGridCode: string | null;
  tags: HouseholdTag[];
  /** Sheet label → tag code, '' = ignore the label. */
  tagOverrides: Record<string, string>;
  categories: IncidentCategory[];
  statuses: string[];
  crs: Crs;
}

export type ToWorker =
  | { type: 'load'; file: File; kind: ImportKind }
  | { type: 'check'; mapping: ColumnMapping<string>; ctx: CheckContext }
  /** The rows with a problem as a file: their original cells and a last column with the reason. */
  | { type: 'report'; format: 'csv' | 'xlsx'; reasonHeader: string; reasons: [row: number, reason: string][] }
  | { type: 'xlsx'; sheet: string; header: string[]; rows: (string | number | null)[][] };

export type FromWorker =
  | { type: 'loaded'; headers: string[]; rowCount: number; encoding: string; mapping: ColumnMapping<string> }
  | { type: 'progress'; phase: 'read' | 'check'; done: number; total: number }
  | { type: 'checked'; rows: object[]; errors: RowError[]; badRows: number[]; unknownTags: [label: string, count: number][] }
  | { type: 'file'; data: ArrayBuffer; mime: string }
  | { type: 'error'; message: string };

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
