// One outbox per page, persisted in IndexedDB (idb-keyval), sending through the backend's field API. It flushes
// when the page opens, when the browser says it is back online, and after each change. In embedded mode the
// "network" is the local database, so items go straight through even offline; in Supabase mode they wait.
import { createStore, get, set } from 'idb-keyval';
import { useEffect, useMemo, useState } from 'react';
import type { Backend } from '../../data/backend';
import type { HouseholdEdit, VisitInput } from '../../data/types';
import { Outbox, type OutboxItem } from '../../lib/outbox';
import { rebase } from '../../lib/record-edit';

const KEY = 'items';

export interface EditPayload {
  householdId: number;
  base: HouseholdEdit;
  changes: HouseholdEdit;
}

function send(backend: Backend, item: OutboxItem): Promise<unknown> {
  if (item.kind === 'visit') return backend.field.recordVisit(item.payload as VisitInput);
  const p = item.payload as EditPayload;
  return backend.field.update(p.householdId, p.base, p.changes);
}

export function useOutbox(backend: Backend, userId: string | null) {
  const outbox = useMemo(() => {
    if (!userId) return null;
    // One queue per user: a change waits for the person who made it.
    const store = createStore(`gridgov-field-outbox-${userId}`, 'outbox');
    return new Outbox(
      { load: async () => (await get<OutboxItem[]>(KEY, store)) ?? [], save: (items) => set(KEY, items, store) },
      (item) => send(backend, item),
    );
  }, [backend, userId]);
  const [items, setItems] = useState<readonly OutboxItem[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);

  useEffect(() => {
    if (!outbox) return;
    const unsubscribe = outbox.subscribe(setItems);
    const up = () => {
      setOnline(true);
      void outbox.flush();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    void outbox.flush();
    return () => {
      unsubscribe();
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [outbox]);

  return { outbox, items, online };
}

/**
 * Puts a refused item back in line. A conflicting edit is first rebased on the record as it is now: the worker has
 * seen the other change and chosen to keep theirs.
 */
export async function retryItem(backend: Backend, outbox: Outbox, item: OutboxItem): Promise<void> {
  if (item.kind === 'household_update' && item.state === 'conflict') {
    const p = item.payload as EditPayload;
    const now = await backend.field.record(p.householdId);
    await outbox.retry(item.id, now ? { ...p, base: rebase(now, p.changes) } : undefined);
  } else {
    await outbox.retry(item.id);
  }
  await outbox.flush();
}
