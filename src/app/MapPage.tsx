// The product's main screen: the grid map with incident pins (clusters, heatmap), the incident filter, list and
// legends over it, and the selected grid's panel beside it. Selected grid, filters and view live in the URL.
import type { PickingInfo } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../data/backend';
import type { IncidentPin, SessionUser, Vocabularies } from '../data/types';
import { CourtyardControl } from '../features/courtyards/CourtyardControl';
import { MapPngButton } from '../features/data-io/MapPngButton';
import { courtyardTooltip } from '../features/courtyards/courtyard-tooltip';
import { useCourtyardLayer } from '../features/courtyards/use-courtyard-layer';
import { GridLegend } from '../features/grids/GridLegend';
import { GRID_SOURCE, LINE_LAYER } from '../features/grids/grid-map-layers';
import { indexGrids } from '../features/grids/grid-index';
import { useGridData } from '../features/grids/use-grid-data';
import { useGridInteraction } from '../features/grids/use-grid-interaction';
import { useGridLabels } from '../features/grids/use-grid-labels';
import { useGridMap } from '../features/grids/use-grid-map';
import { useInitialFit } from '../features/grids/use-initial-fit';
import { incidentTooltip } from '../features/incidents/incident-tooltip';
import { sensitiveAreaTooltip } from '../features/incidents/sensitive-area-tooltip';
import { useSensitiveAreas } from '../features/incidents/use-sensitive-areas';
import { FilterPanel } from '../features/incidents/FilterPanel';
import { filtersOf } from '../features/incidents/filter-state';
import { useFilteredIncidents } from '../features/incidents/use-filtered-incidents';
import { CLUSTER_MAX_ZOOM, useIncidentLayers } from '../features/incidents/use-incident-layer';
import { useIncidentPins } from '../features/incidents/use-incident-pins';
import { useIncidentsVersion } from '../features/workflow/use-incidents-version';
import { focusPoint } from '../features/map/focus-point';
import { MapView } from '../features/map/MapView';
import { useDeckLayers } from '../features/map/use-deck-layers';
import { useMapZoom } from '../features/map/use-map-zoom';
import { ReportButton } from '../features/report/ReportButton';
import { MapTools } from '../features/stats/MapTools';
import { useMapStats } from '../features/stats/use-map-stats';
import { DEFAULT_SORT } from '../lib/incident-sort';
import type { PinCluster } from '../lib/pin-clusters';
import { parseUrlState } from '../lib/url-state';
import { padBounds } from '../lib/view-window';
import { useUrlSync } from './use-url-state';

// Not needed for the first paint: loaded when a grid or a pin is first clicked.
const SidePanel = lazy(() => import('./SidePanel'));
const IncidentPanel = lazy(() => import('../features/workflow/IncidentPanel'));
const DepartmentQueue = lazy(() => import('../features/workflow/DepartmentQueue'));
const IncidentList = lazy(() => import('../features/incidents/IncidentList'));
const ReportPanel = lazy(() => import('../features/report/ReportPanel'));
const CourtyardCard = lazy(() => import('../features/courtyards/CourtyardCard'));
const DashboardPanel = lazy(() => import('../features/stats/DashboardPanel'));

const initial = parseUrlState(location.search);
const ignorePin = () => {};

interface Props {
  backend: Backend;
  ready: boolean;
  session: number;
  user: SessionUser | null;
  vocab: Vocabularies | null;
  loading: ReactNode;
  onError(e: unknown): void;
}

export function MapPage({ backend, ready, session, user, vocab, loading, onError }: Props) {
  const { t, i18n } = useTranslation();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [overlay, setOverlay] = useState<MapboxOverlay | null>(null);
  const zoom = useMapZoom(map);

  const [gridCode, setGridCode] = useState(initial.grid);
  const [filters, setFilters] = useState(() => filtersOf(initial));
  const [register, setRegister] = useState(() => ({ q: initial.householdQ, tags: initial.householdTags ?? [] }));
  const [heat, setHeat] = useState(initial.heat);
  const [sort, setSort] = useState(initial.sort);
  const [listOpen, setListOpen] = useState(false);
  const [view, setView] = useState(initial.view);
  const [pin, setPin] = useState<IncidentPin | null>(null);
  const [reporting, setReporting] = useState(false);
  // A filed report: pins reload (its own count, not waiting for a change notification) and it opens once loaded.
  const [filed, setFiled] = useState<{ id: number; open: boolean } | null>(null);
  // The incident named by the link, until the pins it is looked up in have loaded.
  const [linked, setLinked] = useState(initial.incident);

  // Moves whenever the database reports a changed incident: pins, the open panel and queues reload.
  const version = useIncidentsVersion(backend);
  const pins = useIncidentPins(backend, ready, `${session}:${version}:${filed?.id ?? ''}`, vocab, onError);
  // The grids on screen already came from the static file; the database's copy is asked for after the pins,
  // so the status filter (and a first click) do not wait behind the largest answer.
  const grids = useGridData(backend, ready && vocab !== null && !pins.loading, session);
  const index = useMemo(() => indexGrids(grids), [grids]);
  const selected = gridCode ? index.byCode.get(gridCode) : undefined;
  const closePin = useCallback(() => setPin(null), []);
  const closeGrid = useCallback(() => setGridCode(null), []);
  const yards = useCourtyardLayer({ backend, initial, ready, session, overlay: overlay !== null, zoom, onOpen: closePin, onError });
  useUrlSync({ grid: gridCode, ...filters, heat, sort, view, incident: pin?.id ?? linked, ...yards.url,
    householdQ: register.q, householdTags: register.tags.length > 0 ? register.tags : null });
  // Framing first: the grids are then laid out once, for the zoom they will be seen at.
  useInitialFit(map, index, initial.view !== null, initial.grid);
  const gridsDrawn = useGridMap(map, grids, zoom, selected ? Number(selected.properties.id) : null);
  const clickGrid = useGridInteraction(map, {
    onSelect: setGridCode,
    placing: reporting,
  });
  const labelLayers = useGridLabels(overlay !== null, grids, zoom, t('staffRoles.grid_leader'));

  // Without a choice in the URL the map shows what still needs work: the open statuses.
  const openCodes = useMemo(() => vocab?.statuses.filter((s) => s.is_open).map((s) => s.code as string) ?? [], [vocab]);
  const found = useFilteredIncidents(pins.index, filters, openCodes, grids, selected ? Number(selected.properties.id) : null);
  const zoomInto = useCallback(
    (c: PinCluster) => map?.flyTo({ center: [c.lon, c.lat], zoom: Math.min(Math.floor(map.getZoom()) + 2, CLUSTER_MAX_ZOOM) }),
    [map],
  );
  // Recomputed when the map comes to rest (the view state follows moveend), not on every frame of a pan.
  const viewWindow = useMemo(() => {
    if (!map || !view) return null;
    const b = map.getBounds();
    return padBounds([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
  }, [map, view]);
  const pinLayers = useIncidentLayers({
    enabled: overlay !== null,
    index: pins.index,
    result: found,
    statuses: vocab?.statuses,
    zoom,
    viewWindow,
    heat,
    selected: pin,
    onPinClick: reporting ? ignorePin : setPin,
    onClusterClick: zoomInto,
  });

  // Labels over pins: a plate hides a few pins beneath it, but pins never make a grid's name unreadable.
  // Courtyards over pins: fewer and larger, their colour is what the courtyard layer is read by.
  const areaLayers = useSensitiveAreas({
    backend,
    ready,
    revision: `${session}:${version}`,
    overlay: overlay !== null,
    filters,
    openStatuses: openCodes,
    onError,
  });
  const layers = useMemo(
    () => [...areaLayers, ...pinLayers.layers, ...yards.layers, ...labelLayers],
    [areaLayers, labelLayers, pinLayers.layers, yards.layers],
  );
  const reportedWord = t('incidents.reportedAt');
  const getTooltip = useCallback(
    (info: PickingInfo) =>
      incidentTooltip(info, vocab, i18n.language, reportedWord) ??
      sensitiveAreaTooltip(info, vocab, i18n.language, {
        count: (count) => i18n.t('incidents.sensitiveArea.count', { count }),
        total: (count) => i18n.t('incidents.sensitiveArea.total', { count }),
        note: i18n.t('incidents.sensitiveArea.note'),
      }) ??
      courtyardTooltip(info, (p) => i18n.t(`courtyard.levels.${p.risk_level}`), i18n.t('courtyard.overdue')),
    [vocab, i18n, reportedWord],
  );
  const deckTakes = useDeckLayers(map, overlay, layers, getTooltip);
  const changeFilters = useCallback((next: typeof filters) => {
    performance.mark('gridgov:filter-change');
    setFilters(next);
  }, []);
  const stats = useMapStats(map, {
    backend,
    ready,
    refresh: `${session}:${version}`,
    grids,
    zoom,
    grid: selected ? { id: Number(selected.properties.id), label: `${selected.properties.code} ${selected.properties.name}` } : null,
    filters,
    onFilters: changeFilters,
    onGrid: setGridCode,
    source: GRID_SOURCE,
    beforeLayer: LINE_LAYER,
    onError,
  });
  const gridCodeOf = useCallback((id: number) => index.byId.get(id)?.properties.code ?? String(id), [index]);

  const { setOpenId: setCourtyardId } = yards;
  const openPin = useCallback(
    (target: IncidentPin) => {
      setCourtyardId(null);
      setPin(target);
      if (map) focusPoint(map, target.lon, target.lat);
    },
    [map, setCourtyardId],
  );
  // Queue rows and links name an incident by id; the pin (and with it the place to fly to) comes from the map's list.
  const openIncident = useCallback(
    (id: number) => {
      const target = pins.index?.pins.find((p) => p.id === id);
      if (target) openPin(target);
    },
    [pins.index, openPin],
  );

  const linkedPin = linked !== null ? pins.index?.pins.find((p) => p.id === linked) : undefined;
  if (linked !== null && pins.index) {
    setLinked(null);
    if (linkedPin) setPin(linkedPin);
  }
  // ...and the map goes to it, once.
  const flownToLink = useRef(false);
  useEffect(() => {
    if (flownToLink.current || !map || !pin || pin.id !== initial.incident) return;
    flownToLink.current = true;
    focusPoint(map, pin.lon, pin.lat, false);
  }, [map, pin]);

  // The reporter asked to see their new incident: shown as soon as the reloaded pins include it.
  const filedPin = filed?.open ? pins.index?.pins.find((p) => p.id === filed.id) : undefined;
  if (filedPin) {
    setFiled({ id: filedPin.id, open: false });
    setReporting(false);
    setPin(filedPin);
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setPin(null);
      setCourtyardId(null);
      if (!(e.target instanceof HTMLInputElement)) setGridCode(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setCourtyardId]);

  return (
    <main className="workspace">
      <div className={reporting ? 'map-area reporting' : 'map-area'}>
        <MapView
          initialView={initial.view}
          overlayWanted={gridsDrawn || ready}
          onReady={setMap}
          onOverlay={setOverlay}
          onMapClick={clickGrid}
          deckTakes={deckTakes}
          onViewChange={setView}
        />
        <div className="overlay-left">
          {loading}
          {vocab && pins.index && found ? (
            <FilterPanel
              vocab={vocab}
              filters={filters}
              openStatuses={openCodes}
              result={found}
              total={pins.index.pins.length}
              updating={pins.loading}
              scope={selected ? `${selected.properties.code} ${selected.properties.name}` : null}
              heat={heat}
              listOpen={listOpen}
              onChange={changeFilters}
              onClearScope={closeGrid}
              onHeat={setHeat}
              onList={setListOpen}
            />
          ) : (
            ready && <div className="card muted">{t('incidents.loading')}</div>
          )}
          {user?.role === 'department_staff' && vocab && (
            <Suspense fallback={null}>
              <DepartmentQueue
                backend={backend}
                session={session}
                version={version}
                vocab={vocab}
                onOpen={openIncident}
                onError={onError}
              />
            </Suspense>
          )}
          <CourtyardControl on={yards.on} all={yards.all} shown={yards.filtered} filter={yards.filter} onToggle={yards.setOn} onFilter={yards.setFilter} />
          <GridLegend zoom={zoom} />
        </div>
        <MapTools {...stats.tools} />
        <MapPngButton map={map} overlay={overlay} />
        {stats.open && vocab && (
          <Suspense fallback={null}>
            <DashboardPanel {...stats.panel} vocab={vocab} />
          </Suspense>
        )}
        {listOpen && vocab && pins.index && found && (
          <Suspense fallback={null}>
            <IncidentList
              index={pins.index}
              result={found}
              sort={sort ?? DEFAULT_SORT}
              vocab={vocab}
              gridCode={gridCodeOf}
              selectedId={pin?.id ?? null}
              onSort={setSort}
              onOpen={openPin}
              onClose={() => setListOpen(false)}
            />
          </Suspense>
        )}
        {pin && vocab && (
          <Suspense fallback={null}>
            <IncidentPanel
              key={pin.id}
              backend={backend}
              id={pin.id}
              vocab={vocab}
              session={session}
              version={version}
              role={user?.role ?? null}
              onClose={() => setPin(null)}
              onError={onError}
            />
          </Suspense>
        )}
        {yards.openId !== null && !pin && vocab && (
          <Suspense fallback={null}>
            <CourtyardCard
              key={yards.openId}
              backend={backend}
              id={yards.openId}
              session={session}
              vocab={vocab}
              onClose={() => setCourtyardId(null)}
              onOpenIncident={openIncident}
              onChanged={yards.reload}
              onError={onError}
            />
          </Suspense>
        )}
        {reporting && vocab && (
          <Suspense fallback={null}>
            <ReportPanel
              backend={backend}
              map={map}
              user={user}
              vocab={vocab}
              gridById={index.byId}
              session={session}
              onReported={(id) => setFiled({ id, open: false })}
              onOpen={(id) => setFiled({ id, open: true })}
              onClose={() => setReporting(false)}
            />
          </Suspense>
        )}
        {!reporting && (
          <ReportButton
            disabled={!ready || !vocab}
            onClick={() => {
              setPin(null);
              setReporting(true);
            }}
          />
        )}
        {!selected && !pin && !reporting && yards.openId === null && <div className="hint">{t('grid.clickHint')}</div>}
      </div>
      {selected && (
        <Suspense fallback={<aside className="panel" data-testid="grid-panel" aria-busy />}>
          <SidePanel
            backend={backend}
            ready={ready}
            session={session}
            user={user}
            grid={selected.properties}
            tags={vocab?.householdTags ?? []}
            revision={`${version}:${yards.version}`}
            onClose={closeGrid}
            onError={onError}
            registerFilter={register}
            onRegisterFilter={setRegister}
          />
        </Suspense>
      )}
    </main>
  );
}
