// Incident pins the current user may see, indexed by status for the GPU filter.
import { useEffect, useMemo, useState } from 'react';
import type { Backend } from '../data/backend';
import type { IncidentPin, Vocabularies } from '../data/types';
import { indexPins, type PinIndex } from '../lib/incident-filter';

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

  const index: PinIndex | null = useMemo(() => (vocab ? indexPins(pins, vocab.statuses) : null), [pins, vocab]);
  return { pins, index };
}
