// 统计: the dashboard drawer over the map. Loaded on first open (Recharts stays out of the first paint). Every
// figure follows the map's scope (selected grid, category and source filters, dates); clicking a category,
// source, department or grid in a chart filters the map and the list in turn.
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { StatsScope, Vocabularies } from '../../data/types';
import { formatDate } from '../../lib/format';
import { IncidentCharts, type CrossFilter } from './IncidentCharts';
import { KpiCards } from './KpiCards';
import { PlaceCharts } from './PlaceCharts';
import { useDashboardStats } from './use-dashboard-stats';
import './stats.css';

interface Props {
  backend: Backend;
  ready: boolean;
  /** Changes with the signed-in user and with every incident change: figures are asked for again. */
  refresh: string;
  scope: StatsScope;
  /** Code and name of the selected grid; null for the whole district. */
  scopeName: string | null;
  vocab: Vocabularies;
  cross: CrossFilter;
  onClose(): void;
  onError(e: unknown): void;
}

export default function DashboardPanel({ backend, ready, refresh, scope, scopeName, vocab, cross, onClose, onError }: Props) {
  const { t, i18n } = useTranslation();
  const { stats, loading } = useDashboardStats(backend, ready, scope, refresh, onError);
  const suffix = `${scope.from}_${scope.to}`;
  return (
    <aside className="dashboard-panel" data-testid="dashboard-panel" aria-busy={loading} aria-label={t('stats.title')}>
      <header className="dashboard-head">
        <h2>{t('stats.title')}</h2>
        <p className="dashboard-scope" data-testid="dashboard-scope">
          {t('stats.scope', {
            grid: scopeName ?? t('stats.wholeDistrict'),
            from: formatDate(scope.from, i18n.language),
            to: formatDate(scope.to, i18n.language),
          })}
          {(scope.categories || scope.sources) && <span className="dashboard-filtered"> · {t('stats.filtered')}</span>}
        </p>
        <button type="button" className="close" aria-label={t('stats.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dashboard-body">
        {stats ? (
          <>
            <KpiCards kpis={stats.kpis} />
            <p className="fine-print">{t('stats.crossHint')}</p>
            <IncidentCharts stats={stats} vocab={vocab} bucket={scope.bucket} suffix={suffix} cross={cross} />
            <PlaceCharts stats={stats} vocab={vocab} suffix={suffix} />
          </>
        ) : (
          <p className="muted">{t('stats.loading')}</p>
        )}
      </div>
    </aside>
  );
}
