// Hands the features' deck.gl layers to the overlay. Layers are cheap descriptors: deck.gl diffs them by id
// and only rebuilds what changed (data or updateTriggers), so passing a fresh array each render is fine.
import type { LayersList } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import { useEffect } from 'react';

export function useDeckLayers(overlay: MapboxOverlay | null, layers: LayersList) {
  useEffect(() => {
    overlay?.setProps({ layers });
  }, [overlay, layers]);
}
