// deck.gl links a layer's picking program the first time it picks with it, and the browser answers the link
// status synchronously: in software rendering (SwiftShader) that held the page for 0.6–1.6 s on the first click
// or hover over the map. One pick nobody sees, made when the page is idle just after a pickable layer has joined
// the map, pays that cost before anyone points at anything.
import type { Deck, LayersList } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import { flatLayers } from './may-pick';

const IDLE_TIMEOUT_MS = 2000;

const pickableIds = (layers: LayersList) => flatLayers(layers).filter((l) => l.props.pickable).map((l) => l.id);

/**
 * Picks once at the middle of the map, in an idle moment, if `layers` holds a pickable layer not picked with
 * before (ids are remembered in `warmed`). Returns a function that cancels a pick not yet made.
 */
export function warmPicking(overlay: MapboxOverlay, layers: LayersList, warmed: Set<string>): () => void {
  const fresh = pickableIds(layers).filter((id) => !warmed.has(id));
  if (fresh.length === 0) return () => {};
  const pick = () => {
    // MapboxOverlay offers only the synchronous pick, which would also wait for the GPU to read the pixels back.
    const deck = (overlay as unknown as { _deck?: Deck })._deck;
    // While the pick gate has picking off, deck.gl would return before linking anything: try again with the next
    // layers instead of counting these as warmed.
    if (!deck?.isInitialized || deck.props._pickable === false) return;
    for (const id of fresh) warmed.add(id);
    void deck.pickObjectAsync({ x: deck.width / 2, y: deck.height / 2, radius: 0 }).catch(() => {});
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(pick, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(pick, 0);
  return () => clearTimeout(handle);
}
