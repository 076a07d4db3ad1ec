// The map page: header (language, demo sign-in, reset), the map with grids and pins, the status filter and
// the selected grid's panel. Filter, selected grid and view live in the URL.
import type { PickingInfo } from '@deck.gl/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getBackend } from '../data/backend-instance';
import type { IncidentPin } from '../data/types';
import { GridPanel } from '../features/grids/GridPanel';
import { buildLabels, gridLabelLayers } from '../features/grids/grid-labels';
import { IncidentCard } from '../features/incidents/IncidentCard';
import { hexToRgb, incidentLayer } from '../features/incidents/incident-layer';
import { StatusFilter } from '../features/incidents/StatusFilter';
import { LoadingIndicator } from '../features/map/LoadingIndicator';
import { MapView } from '../features/map/MapView';
import { SignInPicker } from '../features/auth/SignInPicker';
import { setLanguage, vocabName } from '../i18n/i18n';
import { filterPins } from '../lib/incident-filter';
import { formatDateTime } from '../lib/format';
import { parseUrlState, type MapView as View } from '../lib/url-state';
import { errorMessage } from './error-message';
import { useBackend } from './use-backend';
import { useGrids } from './use-grids';
import { useIncidents } from './use-incidents';
import { useUrlSync } from './use-url-state';

const backend = getBackend();
const initial = parseUrlState(location.search);

export function App() {
  const { t, i18n } = useTranslation();
  const state = useBackend(backend);
  const grids = useGrids(backend, state.ready);
  const [error, setError] = useState<string | null>(null);
  const onError = useCallback((e: unknown) => setError(errorMessage(e, t)), [t]);
  const { pins, counts } = useIncidents(backend, state.ready, state.session, state.vocab, onError);
  const [gridCode, setGridCode] = useState<string | null>(initial.grid);
  const [statuses, setStatuses] = useState<string[] | null>(initial.statuses);
  const [view, setView] = useState<View | null>(initial.view);
  const [pin, setPin] = useState<IncidentPin | null>(null);
  useUrlSync(useMemo(() => ({ grid: gridCode, statuses, view }), [gridCode, statuses, view]));

  const byCode = useMemo(() => new Map(grids?.features.map((f) => [f.properties.code, f.properties.id]) ?? []), [grids]);
  const byId = useMemo(() => new Map(grids?.features.map((f) => [f.properties.id, f.properties.code]) ?? []), [grids]);
  const gridId = gridCode ? (byCode.get(gridCode) ?? null) : null;

  const labels = useMemo(() => (grids ? buildLabels(grids, t('staffRoles.grid_leader')) : []), [grids, t]);
  const colors = useMemo(
    () => Object.fromEntries((state.vocab?.statuses ?? []).map((s) => [s.code, hexToRgb(s.color)])),
    [state.vocab],
  );
  // Without a choice in the URL the map shows what still needs work: the open statuses.
  const openStatuses = useMemo(() => state.vocab?.statuses.filter((s) => s.is_open).map((s) => s.code as string) ?? null, [state.vocab]);
  const selectedStatuses = statuses ?? openStatuses;
  const shown = useMemo(() => filterPins(pins, selectedStatuses), [pins, selectedStatuses]);
  const overlayLayers = useCallback(
    (zoom: number) => [
      ...gridLabelLayers(labels, zoom),
      incidentLayer(shown, colors, zoom),
    ],
    [labels, colors, shown],
  );

  const tooltip = useCallback(
    (info: PickingInfo) => {
      const p = info.object as IncidentPin | undefined;
      if (!p || info.layer?.id !== 'incident-pins' || !state.vocab) return null;
      const status = state.vocab.statuses.find((s) => s.code === p.status);
      const category = state.vocab.categories.find((c) => c.code === p.category);
      return [
        p.title,
        `${category ? vocabName(category, i18n.language) : p.category} · ${status ? vocabName(status, i18n.language) : p.status}`,
        formatDateTime(p.reported_at, i18n.language),
      ].join('\n');
    },
    [state.vocab, i18n.language],
  );

  const selectGrid = useCallback(
    (id: number | null) => {
      performance.mark('gridgov:grid-click');
      setGridCode(id === null ? null : (byId.get(id) ?? null));
    },
    [byId],
  );

  return (
    <div className="app">
      <header className="topbar">
        <h1>{t('app.title')}</h1>
        <span className="district">{t('app.district')}</span>
        <div className="spacer" />
        {state.ready && backend.info.demoUsers.length > 0 && (
          <SignInPicker users={backend.info.demoUsers} current={state.user} onChange={(id) => void state.signInAs(id)} />
        )}
        {backend.resetDemoData && state.ready && (
          <button type="button" onClick={() => window.confirm(t('app.resetConfirm')) && void backend.resetDemoData!()}>
            {t('app.reset')}
          </button>
        )}
        <button type="button" data-testid="language-switch" onClick={() => void setLanguage(i18n.language === 'en' ? 'zh-CN' : 'en')}>
          {t('app.language')}
        </button>
      </header>
      <main className="workspace">
        <MapView
          grids={grids}
          selectedGridId={gridId}
          initialView={initial.view}
          overlayLayers={overlayLayers}
          tooltip={tooltip}
          onSelectGrid={selectGrid}
          onPinClick={setPin}
          onViewChange={setView}
        />
        <div className="overlay-left">
          {!state.ready && <LoadingIndicator progress={state.progress} />}
          {state.vocab && counts && (
            <StatusFilter
              statuses={state.vocab.statuses}
              counts={counts}
              selected={selectedStatuses}
              shown={shown.length}
              total={pins.length}
              onChange={(s) => {
                performance.mark('gridgov:filter-change');
                setStatuses(s);
              }}
            />
          )}
          {pin && state.vocab && <IncidentCard pin={pin} vocab={state.vocab} onClose={() => setPin(null)} />}
        </div>
        {gridId !== null && state.ready && state.vocab && (
          <GridPanel
            backend={backend}
            gridId={gridId}
            user={state.user}
            session={state.session}
            vocab={state.vocab}
            onClose={() => setGridCode(null)}
            onError={onError}
          />
        )}
        {gridId === null && <div className="hint">{t('grid.clickHint')}</div>}
        {error && (
          <div className="toast" role="alert" data-testid="error-toast" onClick={() => setError(null)}>
            {error}
          </div>
        )}
      </main>
    </div>
  );
}
