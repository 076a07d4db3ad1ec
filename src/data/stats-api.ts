// Statistics for the dashboard, the wall screen and the choropleth: computed by SQL functions (0017_statistics.sql)
// over what the caller may see, never from rows pulled into the browser.
import type { Rpc } from './rpc';
import type { DashboardStats, GridLevel, GridMetric, StatsScope } from './types';

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

  /** One row per grid of the level the caller may see, figures over the inclusive date range. */
  gridMetrics(level: GridLevel, from: string, to: string): Promise<GridMetric[]> {
    return this.rpc.rows<GridMetric>('grid_metrics', { p_level: level, p_from: from, p_to: to });
  }
}
