// Statistics for the dashboard, the wall screen and the choropleth: computed by SQL functions (0017_statistics.sql)
// over what the caller may see, never from rows pulled into the browser.
import type { Rpc } from './rpc';
import type { DashboardStats, GridLevel, GridMetric, GridVisitStatus, StatsScope } from './types';

export class StatsApi {
  constructor(private rpc: Rpc) {}

  /** Every dashboard figure for a scope; refused (error.stats_range) when from > to or the range exceeds 3 years. */
  dashboard(scope: StatsScope): Promise<DashboardStats> {
    return this.rpc.value<DashboardStats>('stats_dashboard', {
      p_grid_id: scope.gridId,
      p_from: scope.from,
      p_to: scope.to,
      p_bucket: scope.bucket,
      p_categories: scope.categories,
      p_sources: scope.sources,
    });
  }

  /**
   * One row per grid of the level the caller may see, figures over the inclusive date range, with the households
   * overdue for a visit now (grid_visit_status) beside them.
   */
  async gridMetrics(level: GridLevel, from: string, to: string): Promise<GridMetric[]> {
    const [rows, visits] = await Promise.all([
      this.rpc.rows<Omit<GridMetric, 'visits_overdue'>>('grid_metrics', { p_level: level, p_from: from, p_to: to }),
      this.rpc.rows<GridVisitStatus>('grid_visit_status', { p_level: level }),
    ]);
    // A grid whose register the caller does not see has no figure (not "none overdue").
    const overdue = new Map(visits.filter((v) => v.households > 0).map((v) => [v.grid_id, v.overdue]));
    return rows.map((r) => ({ ...r, visits_overdue: overdue.get(r.grid_id) ?? null }));
  }
}
