// Legend of the choropleth: metric and level, then each class's colour and range.
import { useTranslation } from 'react-i18next';
import { classRanges } from '../../lib/class-breaks';
import { classColours } from './choropleth-layer';
import { METRIC_SPECS } from './choropleth-metrics';
import type { ChoroplethLegendData } from './use-choropleth';
import './choropleth-legend.css';

export function ChoroplethLegend({ data, className = 'card' }: { data: ChoroplethLegendData; className?: string }) {
  const { t, i18n } = useTranslation();
  const spec = METRIC_SPECS[data.metric];
  // Rates of neighbouring classes are often within a point of each other: one decimal keeps them apart.
  const fmt = (v: number) =>
    spec.percent ? v.toLocaleString(i18n.language, { style: 'percent', maximumFractionDigits: 1 }) : v.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  const ranges = data.breaks ? classRanges(data.breaks, !spec.percent) : [];
  const colours = data.breaks ? classColours(data.breaks, data.palette) : [];
  return (
    <section className={`${className} choropleth-legend`} data-testid="choropleth-legend" data-classes={ranges.length} aria-label={t('choropleth.title')}>
      <h2>{t('choropleth.legendTitle', { metric: t(`choropleth.${data.metric}`), level: t(`levelsShort.${data.level}`) })}</h2>
      {data.breaks === null ? (
        <p className="muted">{data.loading ? t('choropleth.loading') : t('choropleth.noData')}</p>
      ) : (
        <ul>
          {ranges.map(([from, to], i) => (
            <li key={i}>
              <span className="choropleth-swatch" style={{ background: colours[i] }} aria-hidden />
              <span>{from === to ? fmt(from) : `${fmt(from)} – ${fmt(to)}`}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
