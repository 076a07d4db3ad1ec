// One outbox per page, persisted in IndexedDB (idb-keyval), sending through the backend's field API. It flushes
// when the page opens, when the browser says it is back online, and after each change. In embedded mode the
// "network" is the local database, so items go straight through even offline; in Supabase mode they wait.
// A visit's photos wait as items of their own right behind it (their bytes kept in IndexedDB too), so they are
// sent after the visit they belong to.
import { createStore, get, set } from 'idb-keyval';
import { useEffect, useMemo, useState } from 'react';
import type { Backend } from '../../data/backend';
import type { HouseholdEdit, HouseholdInput, HouseholdStatus, MemberInput, VisitInput, VisitPhotoInput } from '../../data/types';
import { Outbox, outboxError, type OutboxItem } from '../../lib/outbox';
import { rebase } from '../../lib/record-edit';

const KEY = 'items';

export interface EditPayload {
  householdId: number;
  base: HouseholdEdit;
  changes: HouseholdEdit;
}

export interface StatusPayload {
  householdId: number;
  status: HouseholdStatus;
  note: string | null;
}

/** What each kind of queued change means as a call of the field API. */
export interface OutboxPayloads {
  visit: VisitInput;
  visit_photo: VisitPhotoInput;
  household_update: EditPayload;
  household_create: HouseholdInput;
  household_status: StatusPayload;
  member_save: MemberInput;
  member_remove: { memberId: number };
}

export type OutboxKind = keyof OutboxPayloads;

const senders: { [K in OutboxKind]: (backend: Backend, p: OutboxPayloads[K]) => Promise<unknown> } = {
  visit: (b, p) => b.field.recordVisit(p),
  visit_photo: (b, p) => b.uploadVisitPhoto(p),
  household_update: (b, p) => b.field.update(p.householdId, p.base, p.changes),
  household_create: (b, p) => b.field.create(p),
  household_status: (b, p) => b.field.setStatus(p.householdId, p.status, p.note),
  member_save: (b, p) => b.field.saveMember(p),
  member_remove: (b, p) => b.field.removeMember(p.memberId),
};

function send(backend: Backend, item: OutboxItem): Promise<unknown> {
  const sender = senders[item.kind as OutboxKind] as (backend: Backend, p: unknown) => Promise<unknown>;
  return sender(backend, item.payload);
}

export type SendOutcome = { kind: 'sent'; answer: unknown } | { kind: 'queued' } | { kind: 'refused'; error: unknown };

/**
 * Queues one change and sends what is waiting; says what became of this change. A refused change is taken out of
 * the queue: the form that made it shows why, where the worker can fix it.
 */
export async function sendNow<K extends OutboxKind>(outbox: Outbox, kind: K, payload: OutboxPayloads[K], id: string = crypto.randomUUID()): Promise<SendOutcome> {
  await outbox.enqueue(id, kind, payload);
  const report = await outbox.flush();
  const sent = report.sent.find((s) => s.item.id === id);
  if (sent) return { kind: 'sent', answer: sent.answer };
  const left = (await outbox.list()).find((i) => i.id === id);
  if (left?.error) {
    await outbox.discard(id);
    return { kind: 'refused', error: outboxError(left) };
  }
  return { kind: 'queued' };
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
