// Sensitive incidents the viewer may not see one by one (disputes, public order): a soft disc per area of about
// 500 m with the count in it. Sized in metres, so it covers the area it stands for rather than pointing at a spot.
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { CellCount } from '../../lib/sensitive-areas';
import { SENSITIVE_AREA_LAYER } from './pin-layer-id';

/** Half the cell's 0.005° north–south side, in metres: the disc touches its neighbours, never overlaps them. */
const RADIUS_M = 250;
const FILL: [number, number, number, number] = [123, 97, 160, 38];
const LINE: [number, number, number, number] = [123, 97, 160, 150];

export function sensitiveAreaLayers(areas: CellCount[]) {
  return [
    new ScatterplotLayer<CellCount>({
      id: SENSITIVE_AREA_LAYER,
      data: areas,
      getPosition: (d) => [d.lon, d.lat],
      getRadius: RADIUS_M,
      radiusUnits: 'meters',
      getFillColor: FILL,
      getLineColor: LINE,
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
      pickable: true,
    }),
    new TextLayer<CellCount>({
      id: `${SENSITIVE_AREA_LAYER}-counts`,
      data: areas,
      getPosition: (d) => [d.lon, d.lat],
      getText: (d) => String(d.shown),
      getSize: 12,
      getColor: [90, 70, 130, 220],
      fontFamily: 'sans-serif',
      fontWeight: 700,
      characterSet: '0123456789',
    }),
  ];
}
