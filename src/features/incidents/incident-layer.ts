// Incident pins as a deck.gl ScatterplotLayer, coloured by status.
import { ScatterplotLayer } from '@deck.gl/layers';
import type { IncidentPin } from '../../data/types';

export const PIN_LAYER = 'incident-pins';

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function incidentLayer(pins: IncidentPin[], colors: Record<string, [number, number, number]>, zoom: number) {
  return new ScatterplotLayer<IncidentPin>({
    id: PIN_LAYER,
    data: pins,
    getPosition: (d) => [d.lon, d.lat],
    getFillColor: (d) => colors[d.status] ?? [120, 120, 120],
    getLineColor: [255, 255, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    stroked: true,
    radiusUnits: 'pixels',
    // Pins grow as one zooms in, so a street-level view is easy to click and a district view not a smear.
    getRadius: zoom < 14 ? 4 : zoom < 16 ? 5 : 7,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 111, 0, 255],
    updateTriggers: { getFillColor: colors },
  });
}
