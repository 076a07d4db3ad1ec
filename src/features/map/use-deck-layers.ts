// Hands the features' deck.gl layers to the overlay. Layers are cheap descriptors: deck.gl diffs them by id
// and only rebuilds what changed (data or updateTriggers), so passing a fresh array each render is fine.
import type { Layer, LayersList } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import { useEffect, useRef } from 'react';

const isPickable = (layers: LayersList): boolean =>
  layers.some((l) => (Array.isArray(l) ? isPickable(l) : !!(l as Layer | null)?.props.pickable));

export function useDeckLayers(overlay: MapboxOverlay | null, layers: LayersList) {
  const warmed = useRef(false);
  useEffect(() => {
    overlay?.setProps({ layers });
  }, [overlay, layers]);

  // deck.gl's first pick sets up its picking framebuffer and probes the GPU's texture formats: close to half a
  // second where the browser draws in software, paid by whoever first hovers or clicks the map. Done once in an
  // idle moment as soon as something pickable is on the map, it is paid before anyone is waiting.
  useEffect(() => {
    if (!overlay || warmed.current || !isPickable(layers)) return;
    const id = requestIdleCallback(() => {
      try {
        overlay.pickObject({ x: 0, y: 0 });
        warmed.current = true;
      } catch {
        // deck.gl has not finished starting: the next change of layers tries again.
      }
    });
    return () => cancelIdleCallback(id);
  }, [overlay, layers]);
}
