// Household registers and incidents in and out (migrations data_import / data_export): imports go in batches to
// functions that answer for every row; exports come from functions that apply row level security and masking.
import type { Rpc } from './rpc';
import type { HouseholdExportRow, ImportResult, IncidentExportFilter, IncidentExportRow } from './types';

export class DataIoApi {
  constructor(private readonly rpc: Rpc) {}

  /** One batch (≤ 5000) of register rows; street and community admins, within their scope. */
  importHouseholds(rows: readonly object[]): Promise<ImportResult[]> {
    return this.rpc.rows<ImportResult>('import_households', { p_rows: rows });
  }

  /** One batch (≤ 5000) of incident rows (hotline or Open311), matched on their external ref. */
  importIncidents(rows: readonly object[]): Promise<ImportResult[]> {
    return this.rpc.rows<ImportResult>('import_incidents', { p_rows: rows });
  }

  exportHouseholds(gridId: number | null, tags: string[] | null, q: string): Promise<HouseholdExportRow[]> {
    return this.rpc.rows<HouseholdExportRow>('export_households', { p_grid_id: gridId, p_tags: tags, p_q: q || null });
  }

  exportIncidents(f: IncidentExportFilter): Promise<IncidentExportRow[]> {
    return this.rpc.rows<IncidentExportRow>('export_incidents', {
      p_grid_id: f.gridId,
      p_statuses: f.statuses,
      p_categories: f.categories,
      p_sources: f.sources,
      p_departments: f.departments,
      p_from: f.from,
      p_to: f.to,
      p_overdue: f.overdue,
      p_q: f.q || null,
    });
  }

  /** GeoReport v2 requests.json of public incidents (no reporter, no sensitive category). */
  open311Requests(f: Pick<IncidentExportFilter, 'gridId' | 'statuses' | 'categories' | 'from' | 'to'>, limit = 10_000): Promise<object[]> {
    return this.rpc.value<object[]>('open311_requests', {
      p_grid_id: f.gridId,
      p_statuses: f.statuses,
      p_categories: f.categories,
      p_from: f.from,
      p_to: f.to,
      p_limit: limit,
    });
  }

  open311Services(): Promise<object[]> {
    return this.rpc.value<object[]>('open311_services', {});
  }
}
