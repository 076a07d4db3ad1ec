// Hover highlight and click-to-select on the grid polygons. Of the grids under the cursor, the one meant is
// the deepest level drawn at the current zoom; clicks that land on an incident pin belong to the pin.
import type { Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import { useCallback, useEffect, useEffectEvent } from 'react';
import type { GridLevel } from '../../data/types';
import { pickDeepest } from '../../lib/grid-levels';
import { FILL_LAYER, GRID_SOURCE } from './grid-map-layers';

interface Options {
  onSelect(code: string): void;
  /** True while a report's pin is being placed: a click then belongs to the pin, not to a grid. */
  placing?: boolean;
}

function gridAt(map: MapLibreMap, point: PointLike) {
  if (!map.getLayer(FILL_LAYER)) return null;
  const hits = map.queryRenderedFeatures(point, { layers: [FILL_LAYER] }).map((f) => ({
    id: Number(f.id),
    code: String(f.properties.code),
    level: f.properties.level as GridLevel,
  }));
  return pickDeepest(hits, map.getZoom());
}

/** Keeps the hover highlight; returns the handler for map clicks no pin or courtyard took (MapView's onMapClick). */
export function useGridInteraction(map: MapLibreMap | null, { onSelect, placing = false }: Options) {
  const isPlacing = useEffectEvent(() => placing);

  useEffect(() => {
    if (!map) return;
    let hovered: number | null = null;
    const setHover = (id: number | null) => {
      if (id === hovered) return;
      if (hovered !== null) map.setFeatureState({ source: GRID_SOURCE, id: hovered }, { hover: false });
      hovered = id;
      if (id !== null) map.setFeatureState({ source: GRID_SOURCE, id }, { hover: true });
      map.getCanvas().style.cursor = id !== null ? 'pointer' : '';
    };
    const onMove = (e: MapMouseEvent) => {
      setHover(gridAt(map, e.point)?.id ?? null);
      if (isPlacing()) map.getCanvas().style.cursor = 'crosshair';
    };
    const onLeave = () => setHover(null);
    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
    };
  }, [map]);

  return useCallback(
    (e: MapMouseEvent) => {
      if (!map || placing) return;
      const grid = gridAt(map, e.point);
      if (grid) {
        // Timed from the click itself, so any wait before this handler runs (the deck layers' hit test) counts too.
        performance.mark('gridgov:grid-click', { startTime: e.originalEvent.timeStamp });
        onSelect(grid.code);
      }
    },
    [map, placing, onSelect],
  );
}
