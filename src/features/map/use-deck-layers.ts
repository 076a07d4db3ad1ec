// Hands the features' deck.gl layers to the overlay. Layers are cheap descriptors: deck.gl diffs them by id
// and only rebuilds what changed (data or updateTriggers), so passing a fresh array each render is fine.
import type { LayersList } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import { useEffect, useRef } from 'react';
import { warmPicking } from './warm-picking';

export function useDeckLayers(overlay: MapboxOverlay | null, layers: LayersList) {
  const warmed = useRef(new Set<string>());
  useEffect(() => {
    if (!overlay) return;
    overlay.setProps({ layers });
    return warmPicking(overlay, layers, warmed.current);
  }, [overlay, layers]);
}
