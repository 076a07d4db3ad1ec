// The care list on a map: grid outlines, the listed households as dots (red when overdue), and a polygon the user
// draws (terra-draw) to narrow the list to a few courtyards or streets. A plain MapLibre map with its own small
// style: no basemap needed, nothing from the main map page's layers.
import maplibregl, { type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TerraDraw, TerraDrawPolygonMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { CareRow, GridCollection } from '../../data/types';

interface Props {
  grids: GridCollection | undefined;
  rows: CareRow[] | undefined;
  onArea(area: GeoJSON.Polygon | null): void;
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

function points(rows: readonly CareRow[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: rows
      .filter((r) => r.lon !== null && r.lat !== null)
      .map((r) => ({ type: 'Feature', properties: { overdue: r.overdue }, geometry: { type: 'Point', coordinates: [r.lon!, r.lat!] } })),
  };
}

export function CareMap({ grids, rows, onArea }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const draw = useRef<TerraDraw | null>(null);
  const [drawing, setDrawing] = useState(false);
  const fitted = useRef(false);
  const finished = useEffectEvent((geometry: GeoJSON.Polygon) => {
    setDrawing(false);
    onArea(geometry);
  });

  useEffect(() => {
    const m = new maplibregl.Map({
      container: container.current!,
      style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e9edf1' } }] },
      center: [112.55, 37.8],
      zoom: 12,
      attributionControl: false,
      dragRotate: false,
    });
    m.on('load', () => {
      m.addSource('care-grids', { type: 'geojson', data: EMPTY });
      m.addLayer({ id: 'care-grid-line', type: 'line', source: 'care-grids', paint: { 'line-color': '#64748b', 'line-width': 1 } });
      m.addSource('care-households', { type: 'geojson', data: EMPTY });
      m.addLayer({
        id: 'care-household-dots',
        type: 'circle',
        source: 'care-households',
        paint: {
          'circle-radius': 4,
          'circle-color': ['case', ['get', 'overdue'], '#dc2626', '#2563eb'],
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1,
        },
      });
      const td = new TerraDraw({ adapter: new TerraDrawMapLibreGLAdapter({ map: m }), modes: [new TerraDrawPolygonMode()] });
      td.start();
      td.on('finish', (id) => {
        const f = td.getSnapshotFeature(id);
        if (f?.geometry.type === 'Polygon') finished(f.geometry as GeoJSON.Polygon);
        td.setMode('static');
      });
      draw.current = td;
      setMap(m);
    });
    return () => {
      draw.current?.stop();
      draw.current = null;
      m.remove();
    };
  }, []);

  useEffect(() => {
    if (!map || !grids) return;
    const outlines = { ...grids, features: grids.features.filter((f) => f.properties.level === 'grid' || f.properties.level === 'community') };
    (map.getSource('care-grids') as GeoJSONSource).setData(outlines as GeoJSON.FeatureCollection);
  }, [map, grids]);

  useEffect(() => {
    if (!map || !rows) return;
    const data = points(rows);
    (map.getSource('care-households') as GeoJSONSource).setData(data);
    // Frame the first list; later lists (a drawn area, another filter) keep the view the user chose.
    if (!fitted.current && data.features.length) {
      const b = new maplibregl.LngLatBounds();
      for (const f of data.features) b.extend((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      map.fitBounds(b, { padding: 30, animate: false, maxZoom: 16 });
      fitted.current = true;
    }
  }, [map, rows]);

  const start = () => {
    draw.current?.clear();
    draw.current?.setMode('polygon');
    setDrawing(true);
  };
  const clear = () => {
    draw.current?.clear();
    draw.current?.setMode('static');
    setDrawing(false);
    onArea(null);
  };

  return (
    <div className="care-map-wrap">
      <div className="care-map" ref={container} data-testid="care-map" data-ready={map !== null} />
      <div className="care-map-tools">
        <button type="button" onClick={start} disabled={!map} aria-pressed={drawing} data-testid="care-draw">
          {drawing ? t('care.drawing') : t('care.draw')}
        </button>
        <button type="button" onClick={clear} disabled={!map} data-testid="care-clear-area">
          {t('care.clearArea')}
        </button>
      </div>
    </div>
  );
}
