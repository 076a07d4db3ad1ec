// 星级创建牌打印: A5 plates, one per printed page, for a grid's courtyards or one courtyard, each downloadable as an
// SVG file. For signed-in staff; the database decides whose plates they may issue and refuses the rest.
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import { errorMessageText } from '../../i18n/error-text';
import { routePath } from '../../lib/route';
import { useQuery } from '../../lib/use-query';
import { useSignedInUser } from '../../lib/use-signed-in-user';
import { buildPlates, downloadSvg } from './build-plates';
import { plateRows, plateTarget } from './plate-rows';
import './plates.css';

const target = plateTarget(location.search);

export default function PlatesPage({ backend }: { backend: Backend }) {
  const { t, i18n } = useTranslation();
  const { ready, user } = useSignedInUser(backend);
  const staff = user !== null && user.role !== 'resident';
  const district = (import.meta.env.VITE_DISTRICT_NAME as string | undefined) || t('app.district');
  const plates = useQuery(staff && target ? `plates:${JSON.stringify(target)}:${i18n.language}` : null, async () =>
    buildPlates(await plateRows(backend, target!), (row) => ({
      title: t('courtyard.plate.title'),
      risk: t('courtyard.riskLine', { level: t(`courtyard.levels.${row.risk_level}`) }),
      scan: t('courtyard.plates.scan'),
      district,
    })),
  );

  let body;
  if (!ready) body = <p className="muted">{t('courtyard.plates.loading')}</p>;
  else if (!staff) body = <p className="plates-message" data-testid="plates-signin">{t('courtyard.plates.signIn')}</p>;
  else if (!target) body = <p className="plates-message">{t('courtyard.plates.noTarget')}</p>;
  else if (plates.error !== undefined)
    body = (
      <p className="plates-message" role="alert" data-testid="plates-error">
        {errorMessageText(plates.error)}
      </p>
    );
  else if (!plates.data) body = <p className="muted">{t('courtyard.plates.loading')}</p>;
  else if (!plates.data.length) body = <p className="plates-message" data-testid="plates-empty">{t('courtyard.plates.empty')}</p>;
  else
    body = (
      <div className="plates" data-testid="plates" data-count={plates.data.length}>
        {plates.data.map(({ row, svg }) => (
          <figure key={row.courtyard_id} className="plate" data-testid="plate" data-code={row.code}>
            {/* Built by plateSvg, which escapes every text from the database. */}
            <div className="plate-svg" dangerouslySetInnerHTML={{ __html: svg }} />
            <figcaption>
              <button type="button" data-testid="plate-download" onClick={() => downloadSvg(svg, row.code)}>
                {t('courtyard.plates.download')} · {row.code}
              </button>
            </figcaption>
          </figure>
        ))}
      </div>
    );

  return (
    <div className="plates-page">
      <header className="plates-toolbar">
        <h1>{t('courtyard.plates.title')}</h1>
        {plates.data && plates.data.length > 0 && <span data-testid="plates-count">{t('courtyard.plates.count', { count: plates.data.length })}</span>}
        <span className="spacer" />
        {plates.data && plates.data.length > 0 && (
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('courtyard.plates.print')}
          </button>
        )}
        <a href={routePath({ page: 'map' }, import.meta.env.BASE_URL)}>{t('courtyard.plates.back')}</a>
      </header>
      {body}
    </div>
  );
}
