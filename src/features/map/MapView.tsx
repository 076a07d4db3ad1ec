// The map: MapLibre draws the grids, deck.gl (interleaved) draws labels and incident pins on top.
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer, PickingInfo } from '@deck.gl/core';
import maplibregl, { type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { bbox } from '@turf/turf';
import type { GridCollection, GridLevel, IncidentPin } from '../../data/types';
import type { MapView as View } from '../../lib/url-state';
import { addGridLayers, FILL_LAYERS, GRID_SOURCE, highlightGrid } from '../grids/grid-layers';
import { offlineStyle } from './offline-style';

declare global {
  interface Window {
    // The browser tests read rendered features and pick pins through these, in every build.
    __gridgovMap?: MapLibreMap;
    __gridgovDeck?: MapboxOverlay;
  }
}

const LEVEL_DEPTH: Record<GridLevel, number> = { community: 0, grid: 1, micro: 2, unit: 3 };

interface Props {
  grids: GridCollection | null;
  selectedGridId: number | null;
  initialView: View | null;
  /** Deck layers drawn over the grids (labels, pins), given the current zoom. */
  overlayLayers(zoom: number): Layer[];
  tooltip(info: PickingInfo): string | null;
  onSelectGrid(id: number | null): void;
  onPinClick(pin: IncidentPin): void;
  onViewChange(view: View): void;
}

export function MapView({ grids, selectedGridId, initialView, overlayLayers, tooltip, onSelectGrid, onPinClick, onViewChange }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const overlayRef = useRef<MapboxOverlay | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [zoom, setZoom] = useState(initialView?.zoom ?? 13);
  const handlers = useRef({ onSelectGrid, onPinClick, onViewChange, tooltip });
  useEffect(() => {
    handlers.current = { onSelectGrid, onPinClick, onViewChange, tooltip };
  });

  useEffect(() => {
    const map = new maplibregl.Map({
      container: container.current!,
      style: offlineStyle(import.meta.env.VITE_BASEMAP_URL as string | undefined),
      center: initialView ? [initialView.lon, initialView.lat] : [112.55, 37.8],
      zoom: initialView?.zoom ?? 13,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    const overlay = new MapboxOverlay({
      interleaved: true,
      layers: [],
      getTooltip: (info) => handlers.current.tooltip(info),
      onClick: (info) => {
        if (info.layer?.id === 'incident-pins' && info.object) handlers.current.onPinClick(info.object as IncidentPin);
      },
    });
    map.addControl(overlay);
    mapRef.current = map;
    overlayRef.current = overlay;
    window.__gridgovMap = map;
    window.__gridgovDeck = overlay;
    map.on('load', () => setLoaded(true));
    map.on('moveend', () => {
      const c = map.getCenter();
      setZoom(map.getZoom());
      handlers.current.onViewChange({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    return () => {
      map.remove();
      mapRef.current = null;
    };
    // The map is created once; later view changes come from the user or from fitBounds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Grids: add the source on first data, then swap its data (static file → database answer).
  const fitted = useRef(initialView !== null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded || !grids) return;
    const source = map.getSource(GRID_SOURCE) as maplibregl.GeoJSONSource | undefined;
    if (source) source.setData(grids as GeoJSON.FeatureCollection);
    else addGridLayers(map, grids);
    if (!fitted.current) {
      fitted.current = true;
      map.fitBounds(bbox(grids as GeoJSON.FeatureCollection) as [number, number, number, number], { padding: 30, duration: 0 });
    }
    map.once('idle', () => performance.mark('gridgov:grids-drawn'));
  }, [grids, loaded]);

  useEffect(() => {
    const map = mapRef.current;
    if (map && loaded && grids) highlightGrid(map, selectedGridId);
  }, [selectedGridId, loaded, grids]);

  // Hover highlight and click-to-select on whichever level is shown at this zoom.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loaded || !grids) return;
    let hovered: number | null = null;
    const setHover = (id: number | null) => {
      if (hovered !== null) map.setFeatureState({ source: GRID_SOURCE, id: hovered }, { hover: false });
      hovered = id;
      if (id !== null) map.setFeatureState({ source: GRID_SOURCE, id }, { hover: true });
    };
    const deepestAt = (e: MapMouseEvent) => {
      const layers = FILL_LAYERS.filter((l) => map.getLayer(l));
      const hits = map.queryRenderedFeatures(e.point, { layers });
      hits.sort((a, b) => LEVEL_DEPTH[b.properties.level as GridLevel] - LEVEL_DEPTH[a.properties.level as GridLevel]);
      return hits[0] ? Number(hits[0].id) : null;
    };
    const onMove = (e: MapMouseEvent) => {
      setHover(deepestAt(e));
      map.getCanvas().style.cursor = hovered !== null ? 'pointer' : '';
    };
    const onClick = (e: MapMouseEvent) => {
      const pin = overlayRef.current?.pickObject({ x: e.point.x, y: e.point.y, radius: 2, layerIds: ['incident-pins'] });
      if (pin?.object) return;
      handlers.current.onSelectGrid(deepestAt(e));
    };
    const onLeave = () => setHover(null);
    map.on('mousemove', onMove);
    map.on('click', onClick);
    map.getCanvas().addEventListener('mouseleave', onLeave);
    return () => {
      map.off('mousemove', onMove);
      map.off('click', onClick);
      map.getCanvas().removeEventListener('mouseleave', onLeave);
    };
  }, [loaded, grids]);

  const layers = useMemo(() => overlayLayers(zoom), [overlayLayers, zoom]);
  useEffect(() => {
    overlayRef.current?.setProps({ layers });
  }, [layers]);

  return <div ref={container} className="map" data-testid="map" />;
}
