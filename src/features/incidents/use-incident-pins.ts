// The pins the current user may see (map_incidents(), filtered by row level security), indexed once per answer
// (typed facet columns) so that every later filter change is a single pass.
import { useMemo } from 'react';
import type { Backend } from '../../data/backend';
import type { Vocabularies } from '../../data/types';
import { indexPins, NO_DEPARTMENT, type PinIndex } from '../../lib/incident-filter';
import { useQuery } from '../../lib/use-query';

export function useIncidentPins(
  backend: Backend,
  ready: boolean,
  /** Session and data version: a new value reloads the pins. */
  revision: string,
  vocab: Vocabularies | null,
  onError: (e: unknown) => void,
) {
  const query = useQuery(ready ? `pins:${revision}` : null, () => backend.incidentPins(), onError);
  const pins = query.latest;
  const index: PinIndex | null = useMemo(
    () =>
      pins && vocab
        ? indexPins(pins, {
            status: vocab.statuses.map((s) => s.code),
            category: vocab.categories.map((c) => c.code),
            source: vocab.sources.map((s) => s.code),
            department: [...vocab.departments.map((d) => String(d.id)), NO_DEPARTMENT],
          })
        : null,
    [pins, vocab],
  );
  return { index, loading: query.loading };
}
