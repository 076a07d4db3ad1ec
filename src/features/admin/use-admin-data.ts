// What the admin page shows, asked again after every change it makes: the database decides what is in it.
import { useCallback, useState } from 'react';
import type { Backend } from '../../data/backend';
import type { AuditEntry, GridProperties, ManagedUser, PendingInvitation, Vocabularies } from '../../data/types';
import { useQuery } from '../../lib/use-query';

export interface AdminData {
  users: ManagedUser[] | undefined;
  invitations: PendingInvitation[] | undefined;
  audit: AuditEntry[] | undefined;
  /** Communities and grids an admin may hand out as a scope, by code. */
  grids: GridProperties[];
  vocab: Vocabularies | undefined;
  /** Runs a change, then reads everything again; the change's refusal goes to onError. */
  change(run: () => Promise<unknown>): Promise<boolean>;
}

export function useAdminData(backend: Backend, key: string | null, onError: (e: unknown) => void): AdminData {
  const [version, setVersion] = useState(0);
  const k = key === null ? null : `${key}:${version}`;
  const users = useQuery(k && `users:${k}`, () => backend.admin.users(), onError);
  const invitations = useQuery(k && `invitations:${k}`, () => backend.admin.invitations(), onError);
  const audit = useQuery(k && `audit:${k}`, () => backend.admin.audit(200), onError);
  const grids = useQuery(key && `grids:${key}`, async () =>
    (await backend.grids()).features
      .map((f) => f.properties)
      .filter((g) => g.level === 'community' || g.level === 'grid')
      .sort((a, b) => a.code.localeCompare(b.code)),
  );
  const vocab = useQuery(key && `vocab:${key}`, () => backend.vocabularies());
  const change = useCallback(
    async (run: () => Promise<unknown>) => {
      try {
        await run();
        return true;
      } catch (e) {
        onError(e);
        return false;
      } finally {
        setVersion((v) => v + 1);
      }
    },
    [onError],
  );
  return { users: users.data, invitations: invitations.data, audit: audit.data, grids: grids.data ?? [], vocab: vocab.data, change };
}
