// A counter that moves whenever the database says incidents changed (LISTEN/NOTIFY in embedded mode, Supabase
// Realtime otherwise). Queries put it in their key, so pins, panels and queues refresh without a reload.
import { useEffect, useState } from 'react';
import type { Backend } from '../../data/backend';

export function useIncidentsVersion(backend: Backend): number {
  const [version, setVersion] = useState(0);
  useEffect(() => backend.onIncidentsChanged(() => setVersion((v) => v + 1)), [backend]);
  return version;
}
