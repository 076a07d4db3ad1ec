// The map of the grid page: current grids in grey, the file's (or the editor's) candidate grids in blue, and every
// problem the database found in red with its area beside it, so a street office sees where a surveyor's file
// overlaps, leaves gaps or sticks out before anything is written.
import maplibregl, { type FilterSpecification, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BBox } from '../../lib/coords';
import { bboxOf } from '../../lib/coords';
import { problemArea } from './problem-area';
import type { GridCollection, GridProblem, GridSet } from '../../data/types';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
const MAX_AREA_LABELS = 100;
/** Micro and unit grids are outlined (and pickable) only when zoomed in far enough to tell them apart. */
export const DETAIL_ZOOM = 15.5;
const DRAWN_LEVELS: FilterSpecification = ['any', ['in', ['get', 'level'], ['literal', ['community', 'grid']]], ['>=', ['zoom'], DETAIL_ZOOM]];

interface Props {
  grids: GridCollection | null;
  candidate: GridSet | null;
  problems: GridProblem[];
  /** Fit the map to this box when it changes. */
  focus: BBox | null;
  onReady(map: MapLibreMap): void;
}

function addLayers(map: MapLibreMap) {
  map.addSource('existing', { type: 'geojson', data: EMPTY });
  map.addSource('candidate', { type: 'geojson', data: EMPTY });
  map.addSource('problems', { type: 'geojson', data: EMPTY });
  // Invisible, for picking a grid to edit: only the levels whose outlines are drawn at this zoom.
  map.addLayer({ id: 'existing-fill', type: 'fill', source: 'existing', filter: DRAWN_LEVELS, paint: { 'fill-opacity': 0 } });
  map.addLayer({
    id: 'existing-line', type: 'line', source: 'existing', filter: DRAWN_LEVELS,
    paint: { 'line-color': '#64748b', 'line-width': ['match', ['get', 'level'], 'community', 2, 'grid', 1.2, 0.6] },
  });
  map.addLayer({ id: 'candidate-fill', type: 'fill', source: 'candidate', paint: { 'fill-color': '#2563eb', 'fill-opacity': 0.12 } });
  map.addLayer({ id: 'candidate-line', type: 'line', source: 'candidate', paint: { 'line-color': '#1d4ed8', 'line-width': 2 } });
  map.addLayer({
    id: 'problem-fill', type: 'fill', source: 'problems', filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': ['case', ['get', 'snappable'], '#f59e0b', '#dc2626'], 'fill-opacity': 0.55 },
  });
  map.addLayer({
    id: 'problem-line', type: 'line', source: 'problems', filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'line-color': '#991b1b', 'line-width': 2 },
  });
  map.addLayer({
    id: 'selected-line', type: 'line', source: 'existing', filter: ['==', ['get', 'code'], ''],
    paint: { 'line-color': '#f59e0b', 'line-width': 4 },
  });
  map.addLayer({
    id: 'problem-point', type: 'circle', source: 'problems', filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-color': '#dc2626', 'circle-radius': 8, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 },
  });
}

export function GridIoMap({ grids, candidate, problems, focus, onReady }: Props) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const loaded = useRef(false);
  const cameraMoved = useRef(false);
  const ready = useEffectEvent(onReady);
  const sync = useEffectEvent(() => {
    const map = mapRef.current;
    if (!map || !loaded.current) return;
    (map.getSource('existing') as GeoJSONSource).setData(grids ?? EMPTY);
    if (grids && !cameraMoved.current && !focus) {
      const b = bboxOf(grids.features.map((f) => f.geometry));
      if (b) map.fitBounds(b, { padding: 20, duration: 0 });
    }
    (map.getSource('candidate') as GeoJSONSource).setData(candidate ?? EMPTY);
    (map.getSource('problems') as GeoJSONSource).setData({
      type: 'FeatureCollection',
      features: problems.flatMap((p, i) =>
        p.geometry ? [{ type: 'Feature' as const, id: i, properties: { kind: p.kind, snappable: p.snappable }, geometry: p.geometry }] : [],
      ),
    });
  });

  useEffect(() => {
    const map = new maplibregl.Map({
      container: container.current!,
      style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f6' } }] },
      center: [112.55, 37.8],
      zoom: 13,
      maxZoom: 20,
      attributionControl: false,
      dragRotate: false,
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    mapRef.current = map;
    window.__gridgovMap = map;
    // The grids come from the database a while after the map; once anyone has moved the camera (a drag, a focus,
    // the district fit itself), fitting the district then would throw their view away.
    map.on('movestart', () => {
      cameraMoved.current = true;
    });
    map.once('load', () => {
      addLayers(map);
      loaded.current = true;
      sync();
      ready(map);
    });
    return () => {
      map.remove();
      mapRef.current = null;
      loaded.current = false;
      if (window.__gridgovMap === map) window.__gridgovMap = undefined;
    };
  }, []);

  useEffect(() => sync(), [grids, candidate, problems]);

  // Area labels as HTML markers: the offline style has no glyphs, and there are never many problems to label.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const markers = problems
      .filter((p) => p.geometry && p.area_m2 !== null)
      .slice(0, MAX_AREA_LABELS)
      .map((p) => {
        const b = bboxOf([p.geometry])!;
        const el = document.createElement('div');
        el.className = `grid-io-area${p.snappable ? ' sliver' : ''}`;
        el.dataset.testid = 'problem-area-label';
        el.textContent = `${t(`gridIo.kind.${p.kind}`)} ${problemArea(p.area_m2!, i18n.language)}`;
        return new maplibregl.Marker({ element: el }).setLngLat([(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]).addTo(map);
      });
    return () => markers.forEach((m) => m.remove());
  }, [problems, t, i18n.language]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !focus) return;
    const pad = Math.min(80, map.getContainer().clientWidth / 6);
    if (focus[0] === focus[2] && focus[1] === focus[3]) map.jumpTo({ center: [focus[0], focus[1]], zoom: 18 });
    else map.fitBounds(focus, { padding: pad, duration: 0, maxZoom: 18 });
  }, [focus]);

  return <div ref={container} className="grid-io-map" data-testid="grid-io-map" />;
}
