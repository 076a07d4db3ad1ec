import { describe, expect, it } from 'vitest';
import { BackendError } from '../data/backend';
import { Outbox, isNetworkError, settle, type OutboxItem, type OutboxStore } from './outbox';

/** A store in memory that, like IndexedDB, hands out copies: what a later Outbox loads is what was saved. */
function memoryStore(initial: OutboxItem[] = []): OutboxStore & { saved: OutboxItem[] } {
  const s = {
    saved: structuredClone(initial),
    load: () => Promise.resolve(structuredClone(s.saved)),
    save: (items: OutboxItem[]) => {
      s.saved = structuredClone(items);
      return Promise.resolve();
    },
  };
  return s;
}

/**
 * A stand-in for the network and the server: while offline every request fails like fetch does; online, the
 * server records visits once per id and refuses an edit whose base differs from what it holds.
 */
function fakeServer() {
  const server = {
    online: true,
    visits: new Map<string, unknown>(),
    household: { size: 3 } as Record<string, unknown>,
    requests: 0,
    send: (item: OutboxItem) => {
      server.requests++;
      if (!server.online) return Promise.reject(new TypeError('Failed to fetch'));
      if (item.kind === 'visit') {
        const duplicate = server.visits.has(item.id);
        if (!duplicate) server.visits.set(item.id, item.payload);
        return Promise.resolve({ duplicate });
      }
      const { base, changes } = item.payload as { base: Record<string, unknown>; changes: Record<string, unknown> };
      const stale = Object.keys(changes).filter((k) => server.household[k] !== base[k] && server.household[k] !== changes[k]);
      if (stale.length) return Promise.reject(new BackendError('已被他人修改', 'error.household_conflict', { fields: stale }));
      Object.assign(server.household, changes);
      return Promise.resolve(server.household);
    },
  };
  return server;
}

describe('outbox', () => {
  it('keeps changes made offline, in order, and sends them when the network answers', async () => {
    const server = fakeServer();
    const store = memoryStore();
    const outbox = new Outbox(store, server.send);
    server.online = false;
    await outbox.enqueue('v1', 'visit', { household: 1 });
    await outbox.enqueue('v2', 'visit', { household: 2 });
    const offline = await outbox.flush();
    expect(offline.interrupted).toBe(true);
    expect(server.requests).toBe(1); // stops at the first network failure instead of hammering on
    expect(store.saved.map((i) => [i.id, i.state, i.attempts])).toEqual([['v1', 'pending', 1], ['v2', 'pending', 0]]);

    server.online = true;
    // A reload meanwhile: a new outbox reads the same store.
    const after = new Outbox(store, server.send);
    const report = await after.flush();
    expect(report.sent.map((s) => s.item.id)).toEqual(['v1', 'v2']);
    expect([...server.visits.keys()]).toEqual(['v1', 'v2']);
    expect(store.saved).toEqual([]);
  });

  it('does not double-count a visit sent again after its answer was lost', async () => {
    const server = fakeServer();
    const outbox = new Outbox(memoryStore(), server.send);
    await outbox.enqueue('v1', 'visit', { household: 1 });
    await outbox.enqueue('v1', 'visit', { household: 1 });
    expect((await outbox.list()).length).toBe(1);
    // The server stored it but the answer never arrived: the item is still queued and goes again.
    server.visits.set('v1', { household: 1 });
    const report = await outbox.flush();
    expect(report.sent[0]!.answer).toEqual({ duplicate: true });
    expect(server.visits.size).toBe(1);
  });

  it('surfaces a conflict instead of overwriting, and goes on with the rest', async () => {
    const server = fakeServer();
    const store = memoryStore();
    const outbox = new Outbox(store, server.send);
    server.online = false;
    await outbox.enqueue('e1', 'household_update', { base: { size: 3 }, changes: { size: 4 } });
    await outbox.enqueue('v1', 'visit', { household: 1 });
    await outbox.flush();
    server.household.size = 5; // someone else edited the household meanwhile
    server.online = true;
    await outbox.flush();
    expect(server.household.size).toBe(5);
    expect(server.visits.has('v1')).toBe(true);
    expect(store.saved.map((i) => [i.id, i.state, i.error?.key, i.error?.params])).toEqual([
      ['e1', 'conflict', 'error.household_conflict', { fields: ['size'] }],
    ]);
    // A conflict is not retried on its own.
    const requests = server.requests;
    await outbox.flush();
    expect(server.requests).toBe(requests);
    // The user rebases the change on what is there now and retries it.
    await outbox.retry('e1', { base: { size: 5 }, changes: { size: 4 } });
    await outbox.flush();
    expect(server.household.size).toBe(4);
    expect(store.saved).toEqual([]);
  });

  it('keeps other refusals as failed, with the reason, until discarded', async () => {
    const outbox = new Outbox(memoryStore(), () => Promise.reject(new BackendError('走访日期无效', 'error.visit_date', { date: '2030-01-01' })));
    await outbox.enqueue('v1', 'visit', {});
    await outbox.flush();
    const [item] = await outbox.list();
    expect([item!.state, item!.error?.key]).toEqual(['failed', 'error.visit_date']);
    await outbox.discard('v1');
    expect(await outbox.list()).toEqual([]);
  });

  it('tells network failures from refusals', () => {
    expect(isNetworkError(new TypeError('Failed to fetch'))).toBe(true);
    expect(isNetworkError(new Error('NetworkError when attempting to fetch resource.'))).toBe(true);
    expect(isNetworkError(new BackendError('permission denied', 'error.permission_denied'))).toBe(false);
    const item: OutboxItem = { id: 'x', kind: 'visit', payload: null, queuedAt: '', state: 'pending', attempts: 0, error: null };
    expect(settle(item, new TypeError('Failed to fetch')).state).toBe('pending');
    expect(settle(item, new BackendError('x', 'error.household_conflict')).state).toBe('conflict');
    expect(settle(item, new BackendError('x', 'error.visit_kind')).state).toBe('failed');
  });
});
