// 网格边界管理 (/grids): grid boundaries in from a surveyor's file, checked by the database before anything is
// written and shown on the map problem by problem; the grid tree out as GeoJSON or KML and the map view as a PNG.
// For street admins (whole district) and community admins (their community); the database enforces both.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { GridImportResult, GridSet } from '../../data/types';
import { errorMessageText } from '../../i18n/error-text';
import { bboxOf, type BBox } from '../../lib/coords';
import { routePath } from '../../lib/route';
import { useQuery } from '../../lib/use-query';
import { useSignedInUser } from '../../lib/use-signed-in-user';
import { EditPanel } from './EditPanel';
import { ExportPanel } from './ExportPanel';
import { GridIoMap } from './GridIoMap';
import { ImportPanel } from './ImportPanel';
import { ProblemList } from './ProblemList';
import './grid-io.css';

/** Slivers up to this many m² are offered for snapping unless the user says otherwise. */
const DEFAULT_TOLERANCE_M2 = 50;

export interface Candidate {
  version: number;
  set: GridSet;
}

export default function GridIoPage({ backend, languageSwitch }: { backend: Backend; languageSwitch: React.ReactNode }) {
  const { t } = useTranslation();
  const { ready, user } = useSignedInUser(backend);
  const admin = user !== null && (user.role === 'district_admin' || user.role === 'community_admin');
  const [gridsVersion, setGridsVersion] = useState(0);
  const grids = useQuery(ready ? `grids:${gridsVersion}` : null, () => backend.grids()).latest ?? null;
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [tolerance, setTolerance] = useState(DEFAULT_TOLERANCE_M2);
  const [snap, setSnap] = useState(false);
  const [focus, setFocus] = useState<BBox | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<GridImportResult | null>(null);
  const [applying, setApplying] = useState(false);
  const map = useRef<MapLibreMap | null>(null);
  const [mapReady, setMapReady] = useState<MapLibreMap | null>(null);

  const checkKey = admin && candidate ? `${candidate.version}:${tolerance}:${snap}` : null;
  const check = useQuery(checkKey, () => backend.gridIo.check(candidate!.set, tolerance, snap), setError);
  const problems = useMemo(() => check.data ?? [], [check.data]);

  // A new set replaces the last result; clearing (reject, or the fresh import panel after an import) keeps it.
  const propose = useCallback((set: GridSet | null) => {
    if (set) setResult(null);
    setError(null);
    setCandidate((c) => (set ? { version: (c?.version ?? 0) + 1, set } : null));
    if (set) setFocus(bboxOf(set.features.map((f) => f.geometry)));
  }, []);

  const apply = async () => {
    if (!candidate) return;
    setApplying(true);
    setError(null);
    try {
      setResult(await backend.gridIo.apply(candidate.set, tolerance, snap));
      setCandidate(null);
      setGridsVersion((v) => v + 1);
    } catch (e) {
      setError(e);
    } finally {
      setApplying(false);
    }
  };

  const home = routePath({ page: 'map' }, import.meta.env.BASE_URL);
  return (
    <div className="grid-io-page">
      <header className="grid-io-bar">
        <h1>{t('gridIo.title')}</h1>
        {user && <span className="who">{user.display_name} · {t(`auth.roles.${user.role}`)}</span>}
        <span className="spacer" />
        <a href={home}>{t('gridIo.backToMap')}</a>
        {languageSwitch}
      </header>
      {!ready ? (
        <p className="grid-io-message">{t('gridIo.loading')}</p>
      ) : !admin ? (
        <p className="grid-io-message" data-testid="grid-io-forbidden">{t('gridIo.adminsOnly')}</p>
      ) : (
        <div className="grid-io-body">
          <aside className="grid-io-side">
            <ImportPanel key={`import-${gridsVersion}`} onSet={propose} />
            <EditPanel key={`edit-${gridsVersion}`} map={mapReady} grids={grids} onSet={propose} />
            {candidate && (
              <section data-testid="grid-io-check">
                <h2>{t('gridIo.checkTitle')}</h2>
                <div className="grid-io-row">
                  <label>
                    {t('gridIo.tolerance')}
                    <input type="number" min={0} max={10000} step={1} value={tolerance} data-testid="grid-io-tolerance"
                      onChange={(e) => setTolerance(Math.max(0, Number(e.target.value) || 0))} />
                  </label>
                  <label>
                    <input type="checkbox" checked={snap} data-testid="grid-io-snap" onChange={(e) => setSnap(e.target.checked)} />
                    {t('gridIo.snap')}
                  </label>
                </div>
                <ProblemList problems={problems} checking={check.loading} onFocus={setFocus} />
                <div className="grid-io-row">
                  <button type="button" className="primary" data-testid="grid-io-apply"
                    disabled={check.loading || applying || check.data === undefined || problems.length > 0} onClick={apply}>
                    {applying ? t('gridIo.applying') : t('gridIo.apply', { count: candidate.set.features.length })}
                  </button>
                  <button type="button" data-testid="grid-io-reject" onClick={() => propose(null)}>{t('gridIo.reject')}</button>
                </div>
              </section>
            )}
            {error !== null && <p className="grid-io-error" role="alert" data-testid="grid-io-error">{errorMessageText(error)}</p>}
            {result && (
              <p className="grid-io-result" data-testid="grid-io-result">{t('gridIo.result', { ...result })}</p>
            )}
            <ExportPanel grids={grids} map={map} />
          </aside>
          <GridIoMap grids={grids} candidate={candidate?.set ?? null} problems={problems} focus={focus}
            onReady={(m) => {
              map.current = m;
              setMapReady(m);
            }} />
        </div>
      )}
    </div>
  );
}
