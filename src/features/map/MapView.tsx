// The map canvas: MapLibre with the offline style, and deck.gl (MapboxOverlay as a map control) on its own canvas
// above it. Not interleaved: every deck layer (pins, courtyards, labels) is drawn over every MapLibre layer anyway,
// and on its own canvas a filter change redraws only the pins instead of the whole map — measured in headless
// Chromium (software WebGL), a status filter change took a median 476 ms interleaved and 33 ms overlaid. deck.gl is a third of the app's
// code and its start (shader compilation, font atlas) holds the main thread for a while, so it is loaded only
// when the page asks for it (after the grids are on screen). Features add their own layers through the
// instances handed out; this component knows nothing about grids or incidents.
import type { MapboxOverlay } from '@deck.gl/mapbox';
import maplibregl, { type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useEffectEvent, useRef } from 'react';
import type { MapView as View } from '../../lib/url-state';
import { keepPointerFromDeck } from './deck-pointer-events';
import { offlineStyle } from './offline-style';

declare global {
  interface Window {
    // Exposed in every build on purpose: the browser tests read rendered features and pick pins through them.
    __gridgovMap?: MapLibreMap;
    __gridgovDeck?: MapboxOverlay;
  }
}

/** Where the map starts before the district's bounds are known (the demo district, Taiyuan). */
const FALLBACK_VIEW: View = { lon: 112.55, lat: 37.8, zoom: 13 };

interface Props {
  initialView: View | null;
  /** Load deck.gl and add it to the map (once); until then only MapLibre draws. */
  overlayWanted: boolean;
  /** The map has loaded its style: layers can be added. */
  onReady(map: MapLibreMap): void;
  /** deck.gl has loaded and joined the map. */
  onOverlay(overlay: MapboxOverlay): void;
  /** A click on the map that no deck.gl layer (a pin, a courtyard) took. */
  onMapClick(e: MapMouseEvent): void;
  /** Offers a click to the deck.gl layers first (use-deck-layers): true when a drawn object took it. */
  deckTakes?(e: MapMouseEvent): boolean;
  onViewChange(view: View): void;
}

export function MapView({ initialView, overlayWanted, onReady, onOverlay, onMapClick, deckTakes, onViewChange }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const ready = useEffectEvent(onReady);
  const overlaid = useEffectEvent(onOverlay);
  const clicked = useEffectEvent(onMapClick);
  const moved = useEffectEvent(onViewChange);
  const taken = useEffectEvent((e: MapMouseEvent) => deckTakes?.(e) ?? false);
  const start = useRef(initialView ?? FALLBACK_VIEW);
  const addOverlay = useRef<(() => void) | null>(null);

  useEffect(() => {
    const view = start.current;
    const map = new maplibregl.Map({
      container: container.current!,
      style: offlineStyle(
        import.meta.env.VITE_BASEMAP_URL as string | undefined,
        import.meta.env.VITE_BASEMAP_ATTRIBUTION as string | undefined,
      ),
      center: [view.lon, view.lat],
      zoom: view.zoom,
      maxZoom: 19,
      // Nothing fades in: MapLibre draws no labels here (deck.gl does), and fading keeps it drawing frame after
      // frame for a while after every move, which in software rendering delays everything else on the page.
      fadeDuration: 0,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    if (import.meta.env.VITE_BASEMAP_URL) map.addControl(new maplibregl.AttributionControl({ compact: true }));
    window.__gridgovMap = map;
    map.on('moveend', () => {
      const c = map.getCenter();
      moved({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    map.once('load', () => ready(map));

    map.on('click', (e) => {
      if (!taken(e)) clicked(e);
    });
    let overlay: MapboxOverlay | null = null;
    let removed = false;
    let requested = false;
    addOverlay.current = () => {
      if (requested) return;
      requested = true;
      void import('@deck.gl/mapbox').then(({ MapboxOverlay }) => {
        if (removed) return;
        overlay = new MapboxOverlay({ interleaved: false, layers: [] });
        map.addControl(overlay);
        keepPointerFromDeck(map, overlay);
        window.__gridgovDeck = overlay;
        overlaid(overlay);
      });
    };
    return () => {
      removed = true;
      addOverlay.current = null;
      if (overlay) map.removeControl(overlay);
      map.remove();
      if (window.__gridgovMap === map) window.__gridgovMap = undefined;
      if (overlay && window.__gridgovDeck === overlay) window.__gridgovDeck = undefined;
    };
  }, []);

  useEffect(() => {
    if (overlayWanted) addOverlay.current?.();
  }, [overlayWanted]);

  return <div ref={container} className="map" data-testid="map" />;
}
