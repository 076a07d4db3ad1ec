// Keeps the MapLibre grid layers in step with React state: data, visible levels, the selected grid.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { GridCollection, GridLevel } from '../../data/types';
import { visibleLevels } from '../../lib/grid-levels';
import { GRID_SOURCE, setSelectedGrid, setVisibleLevels, showGrids } from './grid-map-layers';

/** Calls back after the first frame drawn with every grid tile loaded (benchmarks read the mark). */
function whenDrawn(map: MapLibreMap, drawn: () => void) {
  const check = () => {
    if (!map.isSourceLoaded(GRID_SOURCE)) return;
    map.off('render', check);
    performance.mark('gridgov:grids-drawn');
    drawn();
  };
  map.on('render', check);
}

/** Draws the grids on the map; returns true once they are on screen. */
export function useGridMap(map: MapLibreMap | null, grids: GridCollection | null, zoom: number | null, selectedId: number | null) {
  const [drawn, setDrawn] = useState(false);
  const selected = useRef<number | null>(null);
  // Keyed by the set of levels, not the zoom: the filter changes only when a level appears or disappears.
  const levelKey = zoom === null ? null : visibleLevels(zoom).join(',');

  useEffect(() => {
    if (!map || !grids) return;
    const first = !map.getSource(GRID_SOURCE);
    showGrids(map, grids, visibleLevels(map.getZoom()));
    if (first) whenDrawn(map, () => setDrawn(true));
  }, [map, grids]);

  useEffect(() => {
    if (map && levelKey !== null) setVisibleLevels(map, levelKey.split(',') as GridLevel[]);
  }, [map, levelKey]);

  useEffect(() => {
    if (!map || !grids) return;
    setSelectedGrid(map, selected.current, selectedId);
    selected.current = selectedId;
  }, [map, grids, selectedId]);

  return drawn;
}
