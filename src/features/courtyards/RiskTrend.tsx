// The risk level over time as a small step line (red at the top), one dot per scoring in its colour.
import { useTranslation } from 'react-i18next';
import type { CourtyardDetail } from '../../data/types';
import { formatDateTime } from '../../lib/format';
import { RISK_HEX } from '../../lib/risk-level';
import { placeTrend, stepPath } from '../../lib/risk-trend';

const W = 300;
const H = 56;

export function RiskTrend({ trend }: { trend: CourtyardDetail['risk_trend'] }) {
  const { t, i18n } = useTranslation();
  if (!trend.length) return <p className="muted">{t('courtyard.trendEmpty')}</p>;
  const placed = placeTrend(trend, W, H);
  return (
    <svg className="risk-trend" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('courtyard.trend')} data-testid="courtyard-trend" data-count={trend.length}>
      {[0, 1, 2, 3].map((i) => (
        <line key={i} x1={0} x2={W} y1={6 + (i * (H - 12)) / 3} y2={6 + (i * (H - 12)) / 3} stroke="#eef1f5" />
      ))}
      <path d={stepPath(placed)} fill="none" stroke="#9aa7b6" strokeWidth={1.5} />
      {placed.map((p, i) => (
        <circle key={i} cx={p.x} cy={p.y} r={4} fill={RISK_HEX[p.risk]} stroke="#fff" strokeWidth={1}>
          <title>{`${formatDateTime(p.at, i18n.language)} ${t(`courtyard.levelsShort.${p.risk}`)}`}</title>
        </circle>
      ))}
    </svg>
  );
}
