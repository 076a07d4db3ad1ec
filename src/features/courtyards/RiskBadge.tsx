// A risk level as the coloured badge people know from the plates (红 / 橙 / 黄 / 蓝), and stars as ★★★☆☆.
import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '../../data/types';
import { RISK_HEX, RISK_INK, starString } from '../../lib/risk-level';

export function RiskBadge({ risk, testId }: { risk: RiskLevel; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className="risk-badge" style={{ background: RISK_HEX[risk], color: RISK_INK[risk] }} data-testid={testId} data-risk={risk}>
      {t(`courtyard.levels.${risk}`)}
    </span>
  );
}

export function Stars({ stars, testId }: { stars: number | null; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className="stars-text" data-testid={testId} data-stars={stars ?? ''} aria-label={stars === null ? t('courtyard.unrated') : t('courtyard.starsValue', { count: stars })}>
      {stars === null ? t('courtyard.unrated') : starString(stars)}
    </span>
  );
}
