// The page a plate's QR code opens (/c/<token>), for anyone, phone first: only what courtyard_public returns
// (number, name, address, stars, risk colour, grid, last inspection, location) and a way to report a problem
// here. A forged or revoked token shows one clear message and nothing else. No map code is loaded.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import { BackendError } from '../../data/backend';
import type { CourtyardPublic } from '../../data/types';
import { errorMessageText } from '../../i18n/error-text';
import { formatDate } from '../../lib/format';
import { RISK_HEX, RISK_INK, starString } from '../../lib/risk-level';
import { routePath } from '../../lib/route';
import { useQuery } from '../../lib/use-query';
import { PublicReportForm } from './PublicReportForm';
import './public-card.css';

interface Props {
  backend: Backend;
  token: string;
  languageSwitch: ReactNode;
}

const isInvalidToken = (e: unknown) => e instanceof BackendError && e.key === 'error.plate_invalid';

function Facts({ c }: { c: CourtyardPublic }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const map = `${routePath({ page: 'map' }, import.meta.env.BASE_URL)}?yards=1&view=${c.lon.toFixed(5)},${c.lat.toFixed(5)},17`;
  const themes = [
    ['safety', c.safety_stars],
    ['harmony', c.harmony_stars],
    ['peace', c.peace_stars],
  ] as const;
  return (
    <>
      <section className="public-band" style={{ background: RISK_HEX[c.risk_level], color: RISK_INK[c.risk_level] }} data-testid="public-risk" data-risk={c.risk_level}>
        {t('courtyard.riskLine', { level: t(`courtyard.levels.${c.risk_level}`) })}
      </section>
      <section className="public-section">
        <p className="public-kicker">
          {t('courtyard.public.kicker')} · <span data-testid="public-code">{c.code}</span>
        </p>
        <h1 data-testid="public-name">{c.name}</h1>
        <p className="public-stars" data-testid="public-stars" data-stars={c.stars ?? ''}>
          {c.stars === null ? t('courtyard.unrated') : starString(c.stars)}
        </p>
        <ul className="public-themes">
          {themes.map(([theme, stars]) => (
            <li key={theme}>
              <span>{t(`courtyard.themes.${theme}`)}</span>
              <b>{stars === null ? '—' : starString(stars)}</b>
            </li>
          ))}
        </ul>
        <dl className="public-facts">
          <dt>{t('courtyard.address')}</dt>
          <dd data-testid="public-address">{c.address}</dd>
          <dt>{t('courtyard.public.grid')}</dt>
          <dd>{c.grid_name ?? '—'}</dd>
          <dt>{t('courtyard.public.lastInspected')}</dt>
          <dd>{c.last_inspected_on ? formatDate(c.last_inspected_on, lang) : t('courtyard.never')}</dd>
          <dt>{t('courtyard.public.location')}</dt>
          <dd>
            {c.lon.toFixed(5)}, {c.lat.toFixed(5)} · <a href={map}>{t('courtyard.public.openMap')}</a>
          </dd>
        </dl>
      </section>
    </>
  );
}

export default function PublicCardPage({ backend, token, languageSwitch }: Props) {
  const { t } = useTranslation();
  const card = useQuery(`public:${token}`, async () => {
    await backend.ready();
    return backend.courtyards.publicCard(token);
  });
  let body;
  if (card.data) body = <Facts c={card.data} />;
  else if (isInvalidToken(card.error))
    body = (
      <section className="public-section public-invalid" role="alert" data-testid="public-invalid">
        {t('courtyard.public.invalid')}
      </section>
    );
  else if (card.error !== undefined)
    body = (
      <section className="public-section public-invalid" role="alert" data-testid="public-error">
        {errorMessageText(card.error)}
      </section>
    );
  else body = <p className="public-section muted">{t('courtyard.public.loading')}</p>;

  return (
    <div className="public-page" data-testid="public-card">
      <header className="public-top">
        <span>{t('app.title')}</span>
        {languageSwitch}
      </header>
      <main className="public-main">
        {body}
        {card.data && <PublicReportForm backend={backend} token={token} />}
      </main>
      <footer className="public-footer">{t('courtyard.public.footer')}</footer>
    </div>
  );
}
