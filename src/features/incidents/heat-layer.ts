// The heatmap of the filtered incidents (deck.gl's GPU HeatmapLayer), loaded only when first switched on.
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import type { IncidentPin } from '../../data/types';
import { HEAT_LAYER } from './pin-layer-id';

export function heatLayer(pins: IncidentPin[]) {
  return new HeatmapLayer<IncidentPin>({
    id: HEAT_LAYER,
    data: pins,
    getPosition: (d) => [d.lon, d.lat],
    getWeight: 1,
    radiusPixels: 40,
    intensity: 1.2,
    threshold: 0.04,
    opacity: 0.75,
  });
}
