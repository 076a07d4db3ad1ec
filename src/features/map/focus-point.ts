// Brings a point into view at street zoom, where it will be seen: on a phone the incident panel is a bottom sheet
// over the lower part of the map, so the point goes into the upper part instead of under the sheet.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { isPhoneWidth } from '../../lib/phone-layout';

const STREET_ZOOM = 16;
/** Share of the map's height the bottom sheet covers on a phone (workflow.css: max-height 70%). */
const SHEET_SHARE = 0.55;

export function focusPoint(map: MapLibreMap, lon: number, lat: number, animate = true) {
  const { clientWidth, clientHeight } = map.getContainer();
  const phone = isPhoneWidth(clientWidth);
  map.easeTo({
    center: [lon, lat],
    zoom: Math.max(map.getZoom(), STREET_ZOOM),
    offset: [0, phone ? (-clientHeight * SHEET_SHARE) / 2 : 0],
    duration: animate ? 800 : 0,
  });
}
