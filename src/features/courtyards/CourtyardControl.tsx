// 院落 over the map: the layer switch, and while it is on the risk levels (the layer's legend, with counts) and
// star levels to show, and how many courtyards are overdue for inspection.
import { useTranslation } from 'react-i18next';
import type { CourtyardPin, RiskLevel } from '../../data/types';
import { countByRisk, STAR_OPTIONS, toggleValue, UNRATED, type CourtyardFilter } from '../../lib/courtyard-filter';
import { formatNumber } from '../../lib/format';
import { RISK_HEX, RISK_LEVELS } from '../../lib/risk-level';
import './courtyards.css';

interface Props {
  on: boolean;
  all: CourtyardPin[] | null;
  shown: CourtyardPin[];
  filter: CourtyardFilter;
  onToggle(on: boolean): void;
  onFilter(next: CourtyardFilter): void;
}

export function CourtyardControl({ on, all, shown, filter, onToggle, onFilter }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const counts = countByRisk(all ?? []);
  const overdue = shown.filter((p) => p.inspection_overdue).length;
  const risks = filter.risks ?? RISK_LEVELS;
  const stars = filter.stars ?? STAR_OPTIONS;
  return (
    <section className="card courtyard-control" data-testid="courtyard-control" aria-label={t('courtyard.layer')}>
      <header>
        <label className="courtyard-switch">
          <input type="checkbox" checked={on} data-testid="courtyard-toggle" onChange={(e) => onToggle(e.target.checked)} />
          <h2>{t('courtyard.layer')}</h2>
        </label>
        {on && all && (
          <span className="courtyard-shown" data-testid="courtyards-shown" data-shown={shown.length}>
            {t('courtyard.shown', { shown: formatNumber(shown.length, lang), total: formatNumber(all.length, lang) })}
          </span>
        )}
      </header>
      {on && (
        <>
          <ul className="risk-options" aria-label={t('courtyard.risk')}>
            {RISK_LEVELS.map((r: RiskLevel) => (
              <li key={r}>
                <label>
                  <input
                    type="checkbox"
                    checked={risks.includes(r)}
                    data-testid={`courtyard-risk-${r}`}
                    onChange={() => onFilter({ ...filter, risks: toggleValue(filter.risks, r, RISK_LEVELS) })}
                  />
                  <span className="risk-dot" style={{ background: RISK_HEX[r] }} />
                  <span className="name">{t(`courtyard.levels.${r}`)}</span>
                  <span className="count" data-testid={`courtyard-count-${r}`} data-count={all ? counts[r] : undefined}>
                    {all ? counts[r] : '…'}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <div className="star-options" role="group" aria-label={t('courtyard.stars')}>
            {STAR_OPTIONS.map((s) => (
              <button
                key={s}
                type="button"
                aria-pressed={stars.includes(s)}
                data-testid={`courtyard-stars-${s}`}
                onClick={() => onFilter({ ...filter, stars: toggleValue(filter.stars, s, STAR_OPTIONS) })}
              >
                {s === UNRATED ? t('courtyard.unrated') : `${s}★`}
              </button>
            ))}
          </div>
          <p className="courtyard-overdue">
            <span className="overdue-ring" aria-hidden />
            {t('courtyard.overdueCount', { count: overdue })}
          </p>
        </>
      )}
    </section>
  );
}
