// Possible duplicates for the pin and category, and "me too" on one of them. Advisory only: when the lookup
// fails the reporter simply files a new incident, so its failure is not shown.
import { useCallback, useState } from 'react';
import type { Backend } from '../../data/backend';
import type { NearbyIncident } from '../../data/types';
import type { LonLat } from '../../lib/exif-gps';
import { useQuery } from '../../lib/use-query';

export function useNearby(backend: Backend, point: LonLat | null, category: string, session: number) {
  const [round, setRound] = useState(0);
  const [supported, setSupported] = useState<ReadonlySet<number>>(new Set());
  const [busyId, setBusyId] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = point && category ? `nearby:${session}:${round}:${point.lon}:${point.lat}:${category}` : null;
  const query = useQuery<NearbyIncident[]>(key, () => backend.nearbyOpenIncidents(point!.lon, point!.lat, category));

  const support = useCallback(
    async (id: number) => {
      setBusyId(id);
      setError(null);
      try {
        await backend.supportIncident(id);
        setSupported((s) => new Set(s).add(id));
        setRound((r) => r + 1);
      } catch (e) {
        setError(e);
      } finally {
        setBusyId(null);
      }
    },
    [backend],
  );

  // While the count is asked for again after a "me too", the previous rows stay on screen.
  const rows = key === null ? [] : (query.data ?? (query.loading ? query.latest : undefined) ?? []);
  return { rows, supported, busyId, error, support };
}
