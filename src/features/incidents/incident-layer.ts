// The incident layers (loaded with deck.gl, after the first paint). Below the cluster zoom the filtered pins
// are drawn as clusters with their counts, a cluster of one being the pin itself; from that zoom on, every pin.
// Overdue incidents get a red halo (clusters holding any, a red ring). Pins are sized in pixels so they stay
// clickable at any zoom; colours change through updateTriggers, never by rebuilding the data.
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { IncidentPin } from '../../data/types';
import type { Rgb } from '../../lib/colour';
import type { PinCluster } from '../../lib/pin-clusters';
import { selectionRing } from '../../lib/selection-ring';
import { CLUSTER_LAYER, OVERDUE_LAYER, PIN_LAYER, SELECTED_LAYER } from './pin-layer-id';

const UNKNOWN: Rgb = [120, 120, 120];
const OVERDUE_RED: [number, number, number, number] = [211, 47, 47, 255];
const CLUSTER_FILL: [number, number, number, number] = [55, 71, 133, 225];

export interface PinLayerOptions {
  pins: IncidentPin[];
  overduePins: IncidentPin[];
  clusters: PinCluster[] | null;
  selected: IncidentPin | null;
  colors: ReadonlyMap<string, Rgb>;
  radius: number;
  onPinClick(pin: IncidentPin): void;
  onClusterClick(cluster: PinCluster): void;
}

// At most a little under half a cluster cell (64 px), so neighbouring clusters do not overlap.
export const clusterRadius = (count: number) => Math.min(26, 10 + 2.4 * Math.log2(count));

export function incidentLayers(o: PinLayerOptions) {
  const layers = [];
  if (o.clusters) {
    layers.push(
      new ScatterplotLayer<PinCluster>({
        id: CLUSTER_LAYER,
        data: o.clusters,
        getPosition: (d) => [d.lon, d.lat],
        getRadius: (d) => clusterRadius(d.count),
        radiusUnits: 'pixels',
        getFillColor: CLUSTER_FILL,
        getLineColor: (d) => (d.overdue > 0 ? OVERDUE_RED : [255, 255, 255, 255]),
        getLineWidth: (d) => (d.overdue > 0 ? 3 : 1.5),
        lineWidthUnits: 'pixels',
        stroked: true,
        pickable: true,
        highlightColor: [255, 255, 255, 90],
        onClick: (info) => {
          if (info.object) o.onClusterClick(info.object);
          return true;
        },
      }),
      new TextLayer<PinCluster>({
        id: `${CLUSTER_LAYER}-counts`,
        data: o.clusters,
        getPosition: (d) => [d.lon, d.lat],
        getText: (d) => (d.count > 9999 ? `${Math.round(d.count / 1000)}k` : String(d.count)),
        getSize: 12,
        sizeUnits: 'pixels',
        getColor: [255, 255, 255, 255],
        // Digits only: any sans-serif has them, no CJK font needed for the atlas.
        fontFamily: 'sans-serif',
        fontWeight: 700,
        characterSet: '0123456789k',
        getTextAnchor: 'middle',
        getAlignmentBaseline: 'center',
      }),
    );
  }
  layers.push(
    new ScatterplotLayer<IncidentPin>({
      id: OVERDUE_LAYER,
      data: o.overduePins,
      getPosition: (d) => [d.lon, d.lat],
      getRadius: o.radius + 4,
      radiusUnits: 'pixels',
      getFillColor: [211, 47, 47, 70],
      getLineColor: OVERDUE_RED,
      getLineWidth: 1.5,
      lineWidthUnits: 'pixels',
      stroked: true,
    }),
    new ScatterplotLayer<IncidentPin>({
      id: PIN_LAYER,
      data: o.pins,
      getPosition: (d) => [d.lon, d.lat],
      getFillColor: (d) => o.colors.get(d.status) ?? UNKNOWN,
      getLineColor: [255, 255, 255],
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 1.2,
      radiusUnits: 'pixels',
      getRadius: o.radius,
      pickable: true,
      highlightColor: [255, 255, 255, 160],
      onClick: (info) => {
        if (info.object) o.onPinClick(info.object);
        return true;
      },
      updateTriggers: { getFillColor: o.colors },
    }),
  );
  if (o.selected) {
    layers.push(selectionRing(SELECTED_LAYER, [o.selected], o.radius + 5));
  }
  return layers;
}
