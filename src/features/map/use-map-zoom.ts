// The map's zoom as React state, in steps: layers that depend on zoom (which labels show, pin size) re-render
// a handful of times per zoom level instead of on every animation frame.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';

export function useMapZoom(map: MapLibreMap | null, step = 0.25): number | null {
  const [zoom, setZoom] = useState<number | null>(null);
  useEffect(() => {
    if (!map) return;
    const update = () => setZoom(Math.floor(map.getZoom() / step) * step);
    map.on('zoom', update);
    // First value after the current event loop turn: no synchronous state update inside the effect.
    const first = requestAnimationFrame(update);
    return () => {
      cancelAnimationFrame(first);
      map.off('zoom', update);
    };
  }, [map, step]);
  return zoom;
}
