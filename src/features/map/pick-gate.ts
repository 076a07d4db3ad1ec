// deck.gl picks under the pointer on every mouse move (hover highlight, tooltips) and on every press, and each pick
// reads pixels back from the GPU: in software rendering one such read held the page for up to a few hundred
// milliseconds, even where nothing pickable is drawn. The gate turns deck.gl's picking off while the pointer is
// where no pickable layer has anything, and on again as soon as it comes near something.
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';

/**
 * Must be called before the overlay joins the map: MapLibre runs listeners in the order they were added, and these
 * have to decide before deck.gl's own listeners pick. Returns a function that removes them.
 */
export function gatePicking(map: MapLibreMap, overlay: MapboxOverlay, mayTake: (e: MapMouseEvent) => boolean): () => void {
  let pickable = true;
  let misses = 0;
  const set = (on: boolean) => {
    if (on === pickable) return;
    pickable = on;
    overlay.setProps({ _pickable: on });
  };
  const onMove = (e: MapMouseEvent) => {
    if (mayTake(e)) {
      misses = 0;
      set(true);
      return;
    }
    // The first move away from everything still picks, so that deck.gl clears the highlight and tooltip it showed.
    misses += 1;
    if (misses > 1) set(false);
  };
  const onPress = (e: MapMouseEvent) => set(mayTake(e));
  map.on('mousemove', onMove);
  map.on('mousedown', onPress);
  map.on('click', onPress);
  return () => {
    map.off('mousemove', onMove);
    map.off('mousedown', onPress);
    map.off('click', onPress);
  };
}
