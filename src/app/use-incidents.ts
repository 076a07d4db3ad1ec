// Incident pins the current user may see, indexed by status for the GPU filter.
import { useEffect, useMemo, useState } from 'react';
import type { Backend } from '../data/backend';
import type { IncidentPin, Vocabularies } from '../data/types';
import { countByStatus } from '../lib/incident-filter';

export function useIncidents(backend: Backend, ready: boolean, session: number, vocab: Vocabularies | null, onError: (e: unknown) => void) {
  const [pins, setPins] = useState<IncidentPin[]>([]);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    backend
      .incidentPins()
      .then((p) => live && setPins(p))
      .catch((e) => live && onError(e));
    return () => {
      live = false;
    };
  }, [backend, ready, session, onError]);

  const counts = useMemo(() => (vocab ? countByStatus(pins, vocab.statuses.map((s) => s.code)) : null), [pins, vocab]);
  return { pins, counts };
}
