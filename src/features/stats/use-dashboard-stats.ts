// The dashboard's figures for a scope, asked of the database again when the scope, the signed-in user or the
// incidents change. The last answer stays on screen while the next one is computed.
import type { Backend } from '../../data/backend';
import type { DashboardStats, StatsScope } from '../../data/types';
import { scopeKey } from '../../lib/stats-scope';
import { useQuery } from '../../lib/use-query';

export function useDashboardStats(backend: Backend, ready: boolean, scope: StatsScope, refresh: string, onError?: (e: unknown) => void) {
  const q = useQuery<{ stats: DashboardStats; at: Date }>(
    ready ? `${scopeKey(scope)}#${refresh}` : null,
    async () => ({ stats: await backend.stats.dashboard(scope), at: new Date() }),
    onError,
  );
  /** `at`: when the figures on screen were computed. */
  return { stats: q.latest?.stats ?? null, at: q.latest?.at ?? null, loading: q.loading };
}
