// Incident pins: a deck.gl ScatterplotLayer coloured by status (incident_statuses.color), white outline, sized
// in pixels so pins stay clickable at any zoom. The status filter hands in a different (precomputed) array;
// colours and size change through updateTriggers, never by rebuilding the data.
import { ScatterplotLayer } from '@deck.gl/layers';
import type { IncidentPin } from '../../data/types';
import type { Rgb } from '../../lib/colour';
import { PIN_LAYER } from './pin-layer-id';

const UNKNOWN: Rgb = [120, 120, 120];

interface Options {
  pins: IncidentPin[];
  colors: ReadonlyMap<string, Rgb>;
  radius: number;
  onClick(pin: IncidentPin): void;
}

export function incidentLayer({ pins, colors, radius, onClick }: Options) {
  return new ScatterplotLayer<IncidentPin>({
    id: PIN_LAYER,
    data: pins,
    getPosition: (d) => [d.lon, d.lat],
    getFillColor: (d) => colors.get(d.status) ?? UNKNOWN,
    getLineColor: [255, 255, 255],
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1.2,
    radiusUnits: 'pixels',
    getRadius: radius,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 160],
    onClick: (info) => {
      if (info.object) onClick(info.object);
      return true;
    },
    updateTriggers: { getFillColor: colors },
  });
}
