// The courtyard layers (deck.gl, loaded after the first paint like the incident layers): one marker per
// courtyard filled with its risk colour and ringed in dark ink (incident pins are ringed in white), a purple
// halo when its inspection is overdue, and at street zoom a star badge under it. Sized in pixels so a
// courtyard stays clickable at any zoom.
import type { Layer } from '@deck.gl/core';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { CourtyardPin } from '../../data/types';
import { RISK_RGB } from '../../lib/risk-level';
import { selectionRing } from '../../lib/selection-ring';
import { COURTYARD_LAYER, COURTYARD_OVERDUE_LAYER, COURTYARD_SELECTED_LAYER, COURTYARD_STARS_LAYER } from './courtyard-layer-id';

export const OVERDUE_PURPLE: [number, number, number, number] = [123, 31, 162, 255];
const INK: [number, number, number, number] = [20, 38, 60, 255];

export interface CourtyardLayerOptions {
  pins: CourtyardPin[];
  selectedId: number | null;
  radius: number;
  /** Street zoom: star badges are drawn. */
  badges: boolean;
  onClick(pin: CourtyardPin): void;
}

export function courtyardLayers(o: CourtyardLayerOptions) {
  const overdue = o.pins.filter((p) => p.inspection_overdue);
  const selected = o.selectedId === null ? [] : o.pins.filter((p) => p.id === o.selectedId);
  const layers: Layer[] = [
    new ScatterplotLayer<CourtyardPin>({
      id: COURTYARD_OVERDUE_LAYER,
      data: overdue,
      getPosition: (d) => [d.lon, d.lat],
      getRadius: o.radius + 5,
      radiusUnits: 'pixels',
      getFillColor: [123, 31, 162, 60],
      getLineColor: OVERDUE_PURPLE,
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      stroked: true,
    }),
    new ScatterplotLayer<CourtyardPin>({
      id: COURTYARD_LAYER,
      data: o.pins,
      getPosition: (d) => [d.lon, d.lat],
      getFillColor: (d) => RISK_RGB[d.risk_level],
      getLineColor: INK,
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      stroked: true,
      radiusUnits: 'pixels',
      getRadius: o.radius,
      pickable: true,
      highlightColor: [255, 255, 255, 120],
      onClick: (info) => {
        if (info.object) o.onClick(info.object);
        return true;
      },
    }),
  ];
  if (o.badges) {
    layers.push(
      new TextLayer<CourtyardPin>({
        id: COURTYARD_STARS_LAYER,
        data: o.pins.filter((p) => p.stars !== null),
        getPosition: (d) => [d.lon, d.lat],
        getText: (d) => `★${d.stars}`,
        getSize: 11,
        sizeUnits: 'pixels',
        getPixelOffset: [0, o.radius + 13],
        getColor: [122, 74, 0, 255],
        background: true,
        getBackgroundColor: [255, 248, 225, 235],
        backgroundPadding: [3, 1],
        fontFamily: 'sans-serif',
        fontWeight: 700,
        characterSet: '★012345',
        getTextAnchor: 'middle',
        getAlignmentBaseline: 'center',
      }),
    );
  }
  if (selected.length) {
    layers.push(selectionRing(COURTYARD_SELECTED_LAYER, selected, o.radius + 6));
  }
  return layers;
}
