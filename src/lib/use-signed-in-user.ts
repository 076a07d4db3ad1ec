// Pages beyond the map (plates, admin) wait for the backend, which restores who was signed in, then ask who it is.
import type { Backend } from '../data/backend';
import type { SessionUser } from '../data/types';
import { useQuery } from './use-query';

export function useSignedInUser(backend: Backend): { ready: boolean; user: SessionUser | null } {
  const ready = useQuery('backend-ready', () => backend.ready().then(() => true)).data !== undefined;
  return { ready, user: ready ? backend.currentUser() : null };
}
