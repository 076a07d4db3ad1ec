// Incident pins as a deck.gl ScatterplotLayer, coloured by status. Status filtering happens on the GPU
// (DataFilterExtension categories): a filter change swaps a short list instead of rebuilding the data.
import { ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import type { IncidentPin } from '../../data/types';
import type { PinIndex } from '../../lib/incident-filter';

export const PIN_LAYER = 'incident-pins';

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const filterExtension = new DataFilterExtension({ categorySize: 1 });

export function incidentLayer(
  pins: IncidentPin[],
  index: PinIndex,
  colors: Record<string, [number, number, number]>,
  shown: number[],
  zoom: number,
) {
  return new ScatterplotLayer<IncidentPin, DataFilterExtensionProps<IncidentPin>>({
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
    getRadius: zoom < 14 ? 3 : zoom < 16 ? 5 : 7,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 111, 0, 255],
    extensions: [filterExtension],
    getFilterCategory: (_d: IncidentPin, { index: i }: { index: number }) => index.categoryOf[i]!,
    filterCategories: shown,
    updateTriggers: { getFillColor: colors, getFilterCategory: index, getRadius: zoom },
  });
}
