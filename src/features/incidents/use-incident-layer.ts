// The pin layer for the chosen statuses. The filtered array is recomputed only when the pins or the choice
// change (concatenating precomputed groups); zoom only changes the radius. The layer code (deck.gl) is loaded
// once deck.gl is on the map, after the first paint.
import { useMemo } from 'react';
import type { IncidentPin, IncidentStatusEntry } from '../../data/types';
import { hexToRgb } from '../../lib/colour';
import { countSelected, selectPins, type PinGroups } from '../../lib/incident-filter';
import { useQuery } from '../../lib/use-query';

const loadLayerCode = () => import('./incident-layer');

/** Pins grow as one zooms in: a district view is not a smear, a street view is easy to hit. */
export const pinRadius = (zoom: number) => (zoom < 13 ? 3 : zoom < 15 ? 4 : zoom < 16.5 ? 5.5 : 7);

export function useIncidentLayer(
  enabled: boolean,
  groups: PinGroups | null,
  chosen: readonly string[],
  statuses: IncidentStatusEntry[] | undefined,
  zoom: number | null,
  onClick: (pin: IncidentPin) => void,
) {
  const code = useQuery(enabled ? 'incident-layer-code' : null, loadLayerCode).data;
  const shownPins = useMemo(() => (groups ? selectPins(groups, chosen) : []), [groups, chosen]);
  const colors = useMemo(() => new Map((statuses ?? []).map((s) => [s.code as string, hexToRgb(s.color)])), [statuses]);
  const radius = pinRadius(zoom ?? 13);
  const layer = useMemo(
    () => (code && groups ? code.incidentLayer({ pins: shownPins, colors, radius, onClick }) : null),
    [code, groups, shownPins, colors, radius, onClick],
  );
  return { layer, shown: groups ? countSelected(groups, chosen) : 0 };
}
