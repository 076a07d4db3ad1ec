// The open incident's full record. Refreshed when the user acts on it (reload) and when anyone changes
// incidents (version), keeping the last answer on screen meanwhile so the panel never blinks empty.
import { useCallback, useState } from 'react';
import type { Backend } from '../../data/backend';
import { useQuery } from '../../lib/use-query';

export function useIncidentDetail(backend: Backend, id: number, session: number, version: number) {
  const [local, setLocal] = useState(0);
  const query = useQuery(`incident:${id}:${session}:${version}:${local}`, () => backend.incidentDetail(id));
  const reload = useCallback(() => setLocal((n) => n + 1), []);
  const detail = query.data !== undefined ? query.data : query.latest?.id === id ? query.latest : undefined;
  return { detail, error: query.error, loading: query.loading, reload };
}
