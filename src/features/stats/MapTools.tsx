// The map page's statistics controls, in the first paint (small, no chart code): the 统计 switch that opens the
// dashboard drawer, and the choropleth's metric (无 / 未办结 / 办结率 / 风险) with its legend below.
import { useTranslation } from 'react-i18next';
import { ChoroplethLegend } from './ChoroplethLegend';
import './map-tools.css';
import { CHOROPLETH_METRICS, type ChoroplethMetric } from './choropleth-metrics';
import type { ChoroplethLegendData } from './use-choropleth';

interface Props {
  statsOpen: boolean;
  metric: ChoroplethMetric | null;
  legend: ChoroplethLegendData | null;
  onStats(open: boolean): void;
  onMetric(metric: ChoroplethMetric | null): void;
}

export function MapTools({ statsOpen, metric, legend, onStats, onMetric }: Props) {
  const { t } = useTranslation();
  return (
    <div className="map-tools">
      <div className="card map-tools-bar">
        <button type="button" className="stats-toggle" data-testid="stats-toggle" aria-pressed={statsOpen} onClick={() => onStats(!statsOpen)}>
          {t('stats.toggle')}
        </button>
        <div className="choropleth-picker" role="radiogroup" aria-label={t('choropleth.metric')} data-testid="choropleth-picker">
          <span className="muted">{t('choropleth.title')}</span>
          {[null, ...CHOROPLETH_METRICS].map((m) => (
            <button
              key={m ?? 'none'}
              type="button"
              role="radio"
              aria-checked={metric === m}
              data-testid={`choropleth-${m ?? 'none'}`}
              onClick={() => onMetric(m)}
            >
              {t(`choropleth.${m ?? 'none'}`)}
            </button>
          ))}
        </div>
      </div>
      {legend && <ChoroplethLegend data={legend} />}
    </div>
  );
}
