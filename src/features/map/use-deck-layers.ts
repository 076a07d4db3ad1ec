// Hands the features' deck.gl layers to the overlay, and lets people point at them: hover highlight and tooltip
// follow the pointer, and a click on a drawn object goes to its layer's onClick. Layers are cheap descriptors:
// deck.gl diffs them by id and only rebuilds what changed (data or updateTriggers), so passing a fresh array each
// render is fine. What is under the pointer comes from the CPU hit test (deck-pick), never from deck.gl's picking.
import type { LayersList, PickingInfo } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import { flatLayers, pickDeckAt, pickingInfo, type DeckHit } from './deck-pick';
import { followPointer, type MapTooltip, type Pointer } from './deck-pointer';

const hitAt = (layers: LayersList, e: MapMouseEvent) => pickDeckAt(layers, e.lngLat.lng, e.lngLat.lat, e.target.getZoom());
const infoFor = (hit: DeckHit, e: MapMouseEvent) => pickingInfo(hit, e.point.x, e.point.y, e.lngLat.lng, e.lngLat.lat);

/** The layers with the hovered object highlighted (deck.gl draws it lighter, without picking anything). */
const highlighted = (layers: LayersList, hit: DeckHit | null) =>
  hit ? flatLayers(layers).map((l) => (l.id === hit.layer.id ? l.clone({ highlightedObjectIndex: hit.index }) : l)) : layers;

/** Returns the click handler for MapView's `deckTakes`: true when a drawn object took the click. */
export function useDeckLayers(
  map: MapLibreMap | null,
  overlay: MapboxOverlay | null,
  layers: LayersList,
  getTooltip?: (info: PickingInfo) => MapTooltip | null,
) {
  const latest = useRef(layers);
  const hovered = useRef<DeckHit | null>(null);
  const pointer = useRef<Pointer | null>(null);
  const tooltip = useEffectEvent((hit: DeckHit, e: MapMouseEvent) => getTooltip?.(infoFor(hit, e)) ?? null);

  useEffect(() => {
    latest.current = layers;
    if (!overlay) return;
    overlay.setProps({ layers: highlighted(layers, hovered.current) });
    pointer.current?.refresh();
  }, [overlay, layers]);

  useEffect(() => {
    if (!map || !overlay) return;
    const p = followPointer(map, {
      hitAt: (e) => hitAt(latest.current, e),
      onHover: (hit) => {
        hovered.current = hit;
        overlay.setProps({ layers: highlighted(latest.current, hit) });
      },
      tooltip,
    });
    pointer.current = p;
    return () => {
      pointer.current = null;
      p.remove();
    };
  }, [map, overlay]);

  return useCallback((e: MapMouseEvent) => {
    const hit = hitAt(latest.current, e);
    if (!hit) return false;
    // The layers here read only the picking info's object; deck.gl's event argument is not used by any of them.
    (hit.layer.props.onClick as ((info: PickingInfo) => unknown) | null)?.(infoFor(hit, e));
    return true;
  }, []);
}
