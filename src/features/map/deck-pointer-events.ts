// deck.gl's MapboxOverlay hands the map's pointer events to deck.gl, which then picks under the pointer on every move
// and press: it draws a picking image and reads it back from the GPU (in software rendering the first pick linked
// programs for 1–2 s, later ones took 0.2–0.6 s each). Hover and clicks are worked out on the CPU instead
// (use-deck-layers), so deck.gl is not told about the pointer at all.
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The events MapboxOverlay listens to on the map (@deck.gl/mapbox's _onAddOverlaid). */
export const POINTER_EVENTS = ['mousedown', 'dragstart', 'drag', 'dragend', 'mousemove', 'mouseout', 'click', 'dblclick'] as const;

/** MapboxOverlay's own listener for them. Not public API, so deck.gl is pinned; a unit test checks it is there. */
export const overlayPointerListener = (overlay: MapboxOverlay) =>
  (overlay as unknown as { _handleMouseEvent?: (e: unknown) => void })._handleMouseEvent;

/** Call after the overlay has joined the map. */
export function keepPointerFromDeck(map: MapLibreMap, overlay: MapboxOverlay) {
  const listener = overlayPointerListener(overlay);
  if (listener) for (const type of POINTER_EVENTS) map.off(type, listener);
}
