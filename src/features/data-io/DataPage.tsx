// 数据导入导出 (/data): registers and hotline exports in, registers, incidents and the Open311 feed out. Staff only;
// imports for street and community admins. The database checks every row and every right again.
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import { routePath } from '../../lib/route';
import { parseUrlState } from '../../lib/url-state';
import { useQuery } from '../../lib/use-query';
import { useSignedInUser } from '../../lib/use-signed-in-user';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import './data-io.css';

export default function DataPage({ backend, languageSwitch }: { backend: Backend; languageSwitch: React.ReactNode }) {
  const { t } = useTranslation();
  const { ready, user } = useSignedInUser(backend);
  const staff = user !== null && user.role !== 'resident';
  const importer = user !== null && (user.role === 'district_admin' || user.role === 'community_admin');
  const key = staff ? user.id : null;
  const vocab = useQuery(key && `data-vocab:${key}`, () => backend.vocabularies()).data;
  const grids = useQuery(key && `data-grids:${key}`, async () =>
    (await backend.grids()).features.map((f) => f.properties).sort((a, b) => a.code.localeCompare(b.code))).data;
  const url = parseUrlState(window.location.search);

  return (
    <div className="data-page">
      <header className="data-bar">
        <h1>{t('dataIo.title')}</h1>
        {user && <span className="who">{user.display_name} · {t(`auth.roles.${user.role}`)}</span>}
        <span className="spacer" />
        <a href={routePath({ page: 'map' }, import.meta.env.BASE_URL) + window.location.search}>{t('dataIo.backToMap')}</a>
        {languageSwitch}
      </header>
      {!ready ? (
        <p className="muted data-message">{t('dataIo.loading')}</p>
      ) : !staff ? (
        <p className="data-message" data-testid="data-forbidden">{t('dataIo.staffOnly')}</p>
      ) : (
        <main className="data-main">
          {importer ? (
            <ImportPanel backend={backend} vocab={vocab && grids ? vocab : undefined} grids={grids ?? []} />
          ) : (
            <section><h2>{t('dataIo.importTitle')}</h2><p className="muted">{t('dataIo.importersOnly')}</p></section>
          )}
          {vocab && grids && <ExportPanel backend={backend} vocab={vocab} grids={grids} role={user.role} url={url} />}
        </main>
      )}
    </div>
  );
}
