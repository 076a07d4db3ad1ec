// Export rows → spreadsheet cells (header + rows) in the user's language. The register's columns are named so that
// the import reads them back (导出 → 导入 gives the same households; masked phones leave stored numbers alone).
import type { HouseholdExportRow, IncidentExportRow, Vocabularies } from '../data/types';
import type { Cell } from './csv';
import { vocabLabel } from './vocab';

export interface SheetData {
  header: string[];
  rows: Cell[][];
}

export type Label = (field: string) => string;

const SHANGHAI = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** 2025-10-03 09:15:00 in China time: what a spreadsheet shows and the import reads back. */
export const chinaTime = (iso: string | null) => (iso ? SHANGHAI.format(new Date(iso)) : null);

const HOUSEHOLD_COLUMNS = ['grid_code', 'grid_name', 'building', 'unit_no', 'room', 'address', 'head_name', 'phone_masked', 'size',
  'tags', 'courtyard_code', 'last_visit_at'] as const;

export function householdSheet(rows: readonly HouseholdExportRow[], vocab: Vocabularies, lang: string, label: Label): SheetData {
  return {
    header: HOUSEHOLD_COLUMNS.map(label),
    rows: rows.map((h) => [h.grid_code, h.grid_name, h.building, h.unit_no, h.room, h.address, h.head_name, h.phone_masked, h.size,
      h.tags.map((c) => vocabLabel(vocab.householdTags, c, lang)).join('、'), h.courtyard_code, h.last_visit_at]),
  };
}

const INCIDENT_COLUMNS = ['id', 'external_ref', 'reported_at', 'category', 'source', 'status', 'title', 'description', 'address', 'lon',
  'lat', 'grid_code', 'department', 'due_at', 'resolved_at', 'closed_at', 'overdue', 'rating'] as const;

export function incidentSheet(rows: readonly IncidentExportRow[], vocab: Vocabularies, lang: string, label: Label, yesNo: [string, string]): SheetData {
  const department = (code: string | null) => (code ? vocabLabel(vocab.departments, code, lang) : null);
  return {
    header: INCIDENT_COLUMNS.map(label),
    rows: rows.map((i) => [i.id, i.external_ref, chinaTime(i.reported_at), vocabLabel(vocab.categories, i.category, lang),
      vocabLabel(vocab.sources, i.source, lang), vocabLabel(vocab.statuses, i.status, lang), i.title, i.description, i.address, i.lon,
      i.lat, i.grid_code, department(i.department_code), chinaTime(i.due_at), chinaTime(i.resolved_at), chinaTime(i.closed_at),
      i.overdue ? yesNo[0] : yesNo[1], i.rating]),
  };
}
