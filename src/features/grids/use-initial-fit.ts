// On the first grids, frame the map: a shared link's view is kept as it is; a link naming only a grid frames
// that grid; otherwise the whole district.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { bboxOf } from '../../lib/label-placement';
import { isPhoneWidth } from '../../lib/phone-layout';
import type { GridIndex } from './grid-index';

/** Room on the left for the filter and legend cards that float over the map. */
const DESK_PADDING = { top: 40, bottom: 40, left: 280, right: 40 };
/** On a phone the cards sit above the map and the report button below it. */
const PHONE_PADDING = { top: 90, bottom: 80, left: 12, right: 12 };

export function useInitialFit(map: MapLibreMap | null, index: GridIndex, hasView: boolean, gridCode: string | null) {
  const done = useRef(hasView);
  useEffect(() => {
    if (done.current || !map || !index.bounds) return;
    done.current = true;
    const grid = gridCode ? index.byCode.get(gridCode) : undefined;
    const bounds = grid ? bboxOf(grid.geometry.coordinates) : index.bounds;
    const padding = isPhoneWidth(map.getContainer().clientWidth) ? PHONE_PADDING : DESK_PADDING;
    map.fitBounds(bounds, { padding, duration: 0, maxZoom: 17 });
  }, [map, index, gridCode]);
}
