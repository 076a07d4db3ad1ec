// The wall screen's figures: the dashboard's own KPI cards and charts, dark and large, without export buttons.
// Left: headline figures, trend, time to resolve. Right: categories, courtyard risk, grid ranking.
import { useTranslation } from 'react-i18next';
import type { DashboardStats, StatsBucket, Vocabularies } from '../../data/types';
import { vocabLabel } from '../../lib/vocab';
import { ChartCard } from './ChartCard';
import { ChartThemeContext, DARK_THEME } from './chart-theme';
import { CountBars, SeriesBars, TrendLines } from './charts';
import { ChoroplethLegend } from './ChoroplethLegend';
import { CHOROPLETH_METRICS, type ChoroplethMetric } from './choropleth-metrics';
import { KpiCards } from './KpiCards';
import { AGE_KEYS, breakdown, bucketLabel, counted, gridRanking, RISK_KEYS, riskColour } from './stats-rows';
import type { ChoroplethLegendData } from './use-choropleth';

interface Props {
  stats: DashboardStats | null;
  vocab: Vocabularies | null;
  bucket: StatsBucket;
}

function useSeries() {
  const { t } = useTranslation();
  return [
    { key: 'received', name: t('stats.series.received'), colour: DARK_THEME.received },
    { key: 'resolved', name: t('stats.series.resolved'), colour: DARK_THEME.resolved },
  ];
}

export function ScreenLeft({ stats, bucket }: Props) {
  const { t } = useTranslation();
  const series = useSeries();
  const trend = stats?.trend.map((p) => ({ ...p, label: bucketLabel(p.bucket, bucket) })) ?? [];
  const resolveTime = stats ? counted(stats.resolve_time, AGE_KEYS, (k) => t(`stats.age.${k}`)) : [];
  return (
    <ChartThemeContext.Provider value={DARK_THEME}>
      {stats && <KpiCards kpis={stats.kpis} show={['received', 'resolved', 'resolutionRate', 'open', 'overdue', 'satisfaction']} />}
      <ChartCard id="trend" title={t('stats.chart.trend')} exports={false} empty={trend.length === 0}>
        <TrendLines rows={trend} series={series} height={250} />
      </ChartCard>
      <ChartCard id="resolve-time" title={t('stats.chart.resolveTime')} exports={false} empty={resolveTime.length === 0}>
        <CountBars rows={resolveTime} height={180} name={t('stats.series.count')} />
      </ChartCard>
    </ChartThemeContext.Provider>
  );
}

export function ScreenRight({ stats, vocab }: Props) {
  const { t, i18n } = useTranslation();
  const series = useSeries();
  const categories = stats ? breakdown(stats.by_category, (c) => vocabLabel(vocab?.categories, c, i18n.language)).slice(0, 6) : [];
  const risk = stats ? counted(stats.courtyard_risk, RISK_KEYS, (k) => t(`stats.riskShort.${k}`), riskColour) : [];
  const grids = stats ? gridRanking(stats, 5) : [];
  return (
    <ChartThemeContext.Provider value={DARK_THEME}>
      <ChartCard id="category" title={t('stats.chart.category')} exports={false} empty={categories.length === 0}>
        <SeriesBars rows={categories} series={series} height={40 + categories.length * 34} labelWidth={180} />
      </ChartCard>
      <ChartCard id="risk" title={t('stats.chart.risk')} exports={false} empty={risk.length === 0}>
        <CountBars rows={risk} height={170} name={t('stats.series.count')} />
      </ChartCard>
      <ChartCard id="grid" title={t('screen.ranking')} exports={false} empty={grids.length === 0}>
        <CountBars rows={grids} horizontal height={40 + grids.length * 34} labelWidth={150} name={t('stats.series.open')} />
      </ChartCard>
    </ChartThemeContext.Provider>
  );
}

interface MapOverlayProps {
  metric: ChoroplethMetric;
  legend: ChoroplethLegendData | null;
  onMetric(m: ChoroplethMetric): void;
}

/** The choropleth's metric buttons and legend, on the wall map. */
export function ScreenMapOverlay({ metric, legend, onMetric }: MapOverlayProps) {
  const { t } = useTranslation();
  return (
    <>
      {legend && <ChoroplethLegend data={legend} className="screen-legend" />}
      <div className="screen-picker" role="radiogroup" aria-label={t('choropleth.metric')}>
        {CHOROPLETH_METRICS.map((m) => (
          <button key={m} type="button" role="radio" aria-checked={m === metric} data-testid={`screen-metric-${m}`} onClick={() => onMetric(m)}>
            {t(`choropleth.${m}`)}
          </button>
        ))}
      </div>
    </>
  );
}
