// The blue ring around whatever is selected on the map (an incident pin, a courtyard): one look for both layers.
import { ScatterplotLayer } from '@deck.gl/layers';

export function selectionRing<T extends { lon: number; lat: number }>(id: string, data: T[], radius: number) {
  return new ScatterplotLayer<T>({
    id,
    data,
    getPosition: (d) => [d.lon, d.lat],
    getRadius: radius,
    radiusUnits: 'pixels',
    filled: false,
    stroked: true,
    getLineColor: [21, 101, 192, 255],
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
  });
}
