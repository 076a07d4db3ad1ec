// The courtyard's facts: landlord (the phone as the database returns it, masked for roles that may not see it),
// headcounts, stars overall and per theme, the effective risk level (and the computed one when set by hand), and
// when the next inspection is due.
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { CourtyardDetail } from '../../data/types';
import { formatDateTime } from '../../lib/format';
// The household register's reveal button: the same logged, deliberate look at a full number.
import { PhoneReveal } from '../../ui/PhoneReveal';
import { RiskBadge, Stars } from './RiskBadge';

export function CourtyardFacts({ backend, d, onError }: { backend: Backend; d: CourtyardDetail; onError(e: unknown): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const o = d.override;
  const themes = [
    ['safety', d.safety_stars],
    ['harmony', d.harmony_stars],
    ['peace', d.peace_stars],
  ] as const;
  return (
    <>
      <div className="courtyard-rating">
        <RiskBadge risk={d.risk_level} testId="courtyard-risk" />
        <div className="courtyard-stars">
          <span className="muted">{t('courtyard.overall')}</span> <Stars stars={d.stars} testId="courtyard-stars" />
          {d.score !== null && <span className="muted"> {t('courtyard.score', { score: d.score })}</span>}
          <ul className="theme-stars">
            {themes.map(([theme, stars]) => (
              <li key={theme}>
                <span>{t(`courtyard.themes.${theme}`)}</span> <Stars stars={stars} testId={`courtyard-stars-${theme}`} />
              </li>
            ))}
          </ul>
        </div>
      </div>
      {o && (
        <p className="override-note" data-testid="courtyard-override">
          {o.risk_level
            ? t('courtyard.computed', { risk: d.computed_risk ? t(`courtyard.levelsShort.${d.computed_risk}`) : '—', reason: o.reason })
            : `${t('courtyard.computedStars', { stars: d.computed_stars ?? '—' })} · ${o.reason}`}
          <span className="muted"> {t('courtyard.overrideBy', { by: o.by ?? '—', at: formatDateTime(o.at, lang) })}</span>
        </p>
      )}
      <div className="cy-stats">
        {(
          [
            ['rooms', d.rooms],
            ['tenants', d.tenants],
            ['floating', d.floating_people],
            ['households', d.households],
          ] as const
        ).map(([k, v]) => (
          <div key={k} className="cy-stat">
            <b data-testid={`courtyard-${k}`}>{v}</b>
            <span>{t(`courtyard.${k}`)}</span>
          </div>
        ))}
      </div>
      <dl className="cy-facts">
        <dt>{t('courtyard.address')}</dt>
        <dd>{d.address}</dd>
        <dt>{t('courtyard.grid')}</dt>
        <dd>{d.grid_name ?? '—'}</dd>
        <dt>{t('courtyard.landlord')}</dt>
        <dd data-testid="courtyard-landlord">
          {d.landlord_name}{' '}
          {d.landlord_phone &&
            (d.may_reveal_phone ? (
              <PhoneReveal masked={d.landlord_phone} reveal={() => backend.courtyards.revealLandlordPhone(d.id)} onError={onError} />
            ) : (
              d.landlord_phone
            ))}
        </dd>
        <dt>{t('courtyard.lastInspected')}</dt>
        <dd>{d.last_inspected_at ? formatDateTime(d.last_inspected_at, lang) : t('courtyard.never')}</dd>
        <dt>{t('courtyard.due')}</dt>
        <dd data-testid="courtyard-due" data-overdue={d.inspection_overdue}>
          {d.inspection_due ? formatDateTime(d.inspection_due, lang) : '—'}
          {d.inspection_overdue && <span className="badge overdue">{t('courtyard.overdue')}</span>}
        </dd>
      </dl>
    </>
  );
}
