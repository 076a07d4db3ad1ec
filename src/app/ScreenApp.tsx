// The wall screen (/screen): composes the features the map page uses — the backend and session, the grid map,
// the statistics and the choropleth — into the screen layout. Figures are asked for again every minute and
// whenever the database reports a changed incident. ?metric=open|rate|risk picks the choropleth, ?tour=1 flies
// from grid to grid.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../data/backend';
import { useSession } from '../features/auth/use-session';
import { indexGrids } from '../features/grids/grid-index';
import { GRID_SOURCE, LINE_LAYER } from '../features/grids/grid-map-layers';
import { useGridData } from '../features/grids/use-grid-data';
import { useGridMap } from '../features/grids/use-grid-map';
import { MapView } from '../features/map/MapView';
import { useMapZoom } from '../features/map/use-map-zoom';
import { ScreenPage } from '../features/screen/ScreenPage';
import { useCanvasFit } from '../features/screen/use-canvas-fit';
import { useRefreshTick } from '../features/screen/use-refresh-tick';
import { MAP_PADDING, useTour } from '../features/screen/use-tour';
import { isMetric, type ChoroplethMetric } from '../features/stats/choropleth-metrics';
import { ScreenLeft, ScreenMapOverlay, ScreenRight } from '../features/stats/ScreenCharts';
import { useChoropleth } from '../features/stats/use-choropleth';
import { useDashboardStats } from '../features/stats/use-dashboard-stats';
import { useIncidentsVersion } from '../features/workflow/use-incidents-version';
import { chinaToday, statsScope } from '../lib/stats-scope';
import { useQuery } from '../lib/use-query';
import { vocabLabel } from '../lib/vocab';
import { useBackendStatus } from './use-backend-status';

const params = new URLSearchParams(location.search);
const TOUR = params.get('tour') === '1';
const START_METRIC = params.get('metric');
const REFRESH_MS = 60_000;
const TICKER_ITEMS = 12;
const ignoreView = () => {};

export default function ScreenApp({ backend }: { backend: Backend }) {
  const { t, i18n } = useTranslation();
  const { ready } = useBackendStatus(backend);
  const { session, user } = useSession(backend, ready);
  const version = useIncidentsVersion(backend);
  const tick = useRefreshTick(REFRESH_MS);
  const refresh = `${session}:${version}:${tick}`;
  const fit = useCanvasFit();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [metric, setMetric] = useState<ChoroplethMetric>(isMetric(START_METRIC) ? START_METRIC : 'open');

  const vocab = useQuery(ready ? 'vocabularies' : null, () => backend.vocabularies());
  const grids = useGridData(backend, ready, session);
  const index = useMemo(() => indexGrids(grids), [grids]);
  const zoom = useMapZoom(map);
  const stops = useMemo(() => grids?.features.filter((f) => f.properties.level === 'grid') ?? [], [grids]);
  const toured = useTour(map, stops, index.bounds, TOUR);
  const drawn = useGridMap(map, grids, zoom, toured ? Number(toured.properties.id) : null);

  // The canvas is scaled by CSS: the map draws at the display's own resolution so lines stay sharp on a 4K wall.
  useEffect(() => map?.setPixelRatio(window.devicePixelRatio * fit.scale), [map, fit.scale]);
  useEffect(() => {
    if (map && index.bounds && !TOUR) map.fitBounds(index.bounds, { padding: MAP_PADDING, duration: 0 });
  }, [map, index.bounds]);
  // Dark ground and light outlines: the map page's colours are made for a white page. Grid names are left to the
  // side panels: map labels sized for a desk would be unreadable from across the room.
  useEffect(() => {
    if (!map || !drawn) return;
    if (!import.meta.env.VITE_BASEMAP_URL) map.setPaintProperty('background', 'background-color', '#0a1a30');
    map.setPaintProperty(LINE_LAYER, 'line-color', '#5d8fc4');
  }, [map, drawn]);

  const scope = useMemo(() => statsScope({ gridId: null, from: null, to: null, categories: null, sources: null }, chinaToday()), []);
  const { stats, at } = useDashboardStats(backend, ready, scope, refresh);
  const legend = useChoropleth(map, {
    backend,
    ready,
    metric,
    level: 'grid',
    from: scope.from,
    to: scope.to,
    refresh,
    grids,
    source: GRID_SOURCE,
    beforeLayer: LINE_LAYER,
    opacity: 0.92,
  });

  const pins = useQuery(ready ? `pins:${refresh}` : null, () => backend.incidentPins());
  const ticker = useMemo(
    () =>
      pins.latest &&
      [...pins.latest]
        .sort((a, b) => b.reported_at.localeCompare(a.reported_at))
        .slice(0, TICKER_ITEMS)
        .map((p) => ({
          id: p.id,
          at: p.reported_at,
          category: vocabLabel(vocab.data?.categories, p.category, i18n.language),
          title: p.title,
          grid: index.byId.get(p.grid_id)?.properties.name ?? '',
          overdue: p.overdue,
        })),
    [pins.latest, vocab.data, index, i18n.language],
  );
  const updated = at
    ? new Intl.DateTimeFormat(i18n.language, { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(at)
    : null;

  return (
    <ScreenPage
      fit={fit}
      notice={!ready ? t('screen.waiting') : null}
      map={<MapView initialView={null} overlayWanted={false} onReady={setMap} onOverlay={ignoreView} onMapClick={ignoreView} onViewChange={ignoreView} />}
      mapOverlay={<ScreenMapOverlay metric={metric} legend={legend} onMetric={setMetric} />}
      caption={toured ? `${toured.properties.code} ${toured.properties.name}` : user === null && ready ? t('screen.anonymousNote') : null}
      left={<ScreenLeft stats={stats} vocab={vocab.data ?? null} bucket={scope.bucket} />}
      right={<ScreenRight stats={stats} vocab={vocab.data ?? null} bucket={scope.bucket} />}
      ticker={ticker ?? null}
      updated={updated}
    />
  );
}
