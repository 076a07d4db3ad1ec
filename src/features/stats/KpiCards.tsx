// Headline figures: received, resolved, rate, open, overdue, coordinating, median time to resolve, satisfaction.
import { useTranslation } from 'react-i18next';
import type { StatsKpis } from '../../data/types';
import { formatNumber } from '../../lib/format';
import { DASH, formatDuration, formatRate, formatRating } from './kpi-format';

export type KpiKey = 'received' | 'resolved' | 'resolutionRate' | 'open' | 'overdue' | 'coordinating' | 'medianHours' | 'satisfaction';

export const ALL_KPIS: readonly KpiKey[] = ['received', 'resolved', 'resolutionRate', 'open', 'overdue', 'coordinating', 'medianHours', 'satisfaction'];

export function KpiCards({ kpis, show = ALL_KPIS }: { kpis: StatsKpis; show?: readonly KpiKey[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const duration = (h: number | null) => {
    const d = formatDuration(h, lang);
    return d ? t(`stats.kpi.${d.unit}`, { value: d.value }) : DASH;
  };
  const figures: Record<KpiKey, { value: string; raw: number | null; note?: string; alert?: boolean }> = {
    received: { value: formatNumber(kpis.received, lang), raw: kpis.received },
    resolved: { value: formatNumber(kpis.resolved, lang), raw: kpis.resolved },
    resolutionRate: { value: formatRate(kpis.resolution_rate, lang), raw: kpis.resolution_rate },
    open: { value: formatNumber(kpis.open, lang), raw: kpis.open },
    overdue: { value: formatNumber(kpis.overdue, lang), raw: kpis.overdue, alert: kpis.overdue > 0 },
    coordinating: { value: formatNumber(kpis.coordinating, lang), raw: kpis.coordinating },
    medianHours: {
      value: duration(kpis.median_hours),
      raw: kpis.median_hours,
      note: kpis.p90_hours === null ? undefined : t('stats.kpi.p90', { hours: duration(kpis.p90_hours) }),
    },
    satisfaction: {
      value: formatRating(kpis.satisfaction, lang),
      raw: kpis.satisfaction,
      note: t('stats.kpi.rated', { count: kpis.rated }),
    },
  };
  return (
    <div className="kpi-cards" data-testid="kpi-cards">
      {show.map((key) => {
        const f = figures[key];
        return (
          <div key={key} className={f.alert ? 'kpi alert' : 'kpi'} data-testid={`kpi-${key}`} data-value={f.raw ?? ''}>
            <span className="kpi-label">{t(`stats.kpi.${key}`)}</span>
            <span className="kpi-value">{f.value}</span>
            {f.note && <span className="kpi-note">{f.note}</span>}
          </div>
        );
      })}
    </div>
  );
}
