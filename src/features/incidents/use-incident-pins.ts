// The pins the current user may see (map_incidents(), filtered by row level security), grouped by status once
// per answer so that filtering and counting are instant.
import { useMemo } from 'react';
import type { Backend } from '../../data/backend';
import type { IncidentStatusEntry } from '../../data/types';
import { groupPins, type PinGroups } from '../../lib/incident-filter';
import { useQuery } from '../../lib/use-query';

export function useIncidentPins(
  backend: Backend,
  ready: boolean,
  /** Session and data version: a new value reloads the pins. */
  revision: string,
  statuses: IncidentStatusEntry[] | undefined,
  onError: (e: unknown) => void,
) {
  const query = useQuery(ready ? `pins:${revision}` : null, () => backend.incidentPins(), onError);
  const pins = query.latest;
  const groups: PinGroups | null = useMemo(
    () => (pins && statuses ? groupPins(pins, statuses.map((s) => s.code)) : null),
    [pins, statuses],
  );
  return { groups, loading: query.loading };
}
