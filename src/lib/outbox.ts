// The field outbox: changes a grid worker makes with a poor connection wait here (persisted by a store, IndexedDB in
// the app) and are sent in order when the network answers. Sending is safe to repeat: visits carry a client id
// the database recognises, edits carry the values they were based on. A refusal is never retried blindly: a
// conflict (someone else changed the household) or any other refusal is kept and shown until the user retries or
// discards it; only a network failure leaves an item pending.
import { BackendError } from '../data/backend';

export type OutboxState = 'pending' | 'conflict' | 'failed';

export interface OutboxItem<P = unknown> {
  /** Unique per change; for visits the client id the database deduplicates on. */
  id: string;
  kind: string;
  payload: P;
  queuedAt: string;
  state: OutboxState;
  attempts: number;
  error: { key: string | null; message: string; params: Record<string, unknown> } | null;
}

/** The refusal kept with an item, as the error the UI translates. */
export function outboxError(item: OutboxItem): BackendError {
  return new BackendError(item.error?.message ?? '', item.error?.key ?? null, item.error?.params ?? {});
}

export interface OutboxStore {
  load(): Promise<OutboxItem[]>;
  save(items: OutboxItem[]): Promise<void>;
}

/** Sends one item; resolves with what the server answered, throws what it refused (or a network error). */
export type OutboxSender = (item: OutboxItem) => Promise<unknown>;

/** Conflict keys: the item was based on data someone else has changed since. */
const CONFLICT_KEYS = new Set(['error.household_conflict']);

/** A failure that says nothing about the change itself: no answer came (offline, DNS, a dropped connection). */
export function isNetworkError(e: unknown): boolean {
  if (e instanceof BackendError) return false;
  if (e instanceof TypeError) return true;
  const message = e instanceof Error ? e.message : String(e);
  return /network|fetch|offline|timed? ?out|ECONN/i.test(message);
}

/** What becomes of an item whose attempt failed: still pending (no answer), or kept with the refusal. */
export function settle(item: OutboxItem, e: unknown): OutboxItem {
  if (isNetworkError(e)) return { ...item, attempts: item.attempts + 1 };
  const b = e instanceof BackendError ? e : new BackendError(String(e));
  return {
    ...item,
    attempts: item.attempts + 1,
    state: b.key && CONFLICT_KEYS.has(b.key) ? 'conflict' : 'failed',
    error: { key: b.key, message: b.message, params: b.params },
  };
}

export interface FlushReport {
  sent: { item: OutboxItem; answer: unknown }[];
  /** True when a network failure stopped the run (the rest stays pending, in order). */
  interrupted: boolean;
}

export class Outbox {
  private items: OutboxItem[] = [];
  private loaded: Promise<void> | null = null;
  private flushing: Promise<FlushReport> | null = null;
  private readonly listeners = new Set<(items: readonly OutboxItem[]) => void>();

  constructor(
    private readonly store: OutboxStore,
    private readonly send: OutboxSender,
  ) {}

  private load(): Promise<void> {
    this.loaded ??= this.store.load().then((items) => {
      this.items = items;
      this.emit();
    });
    return this.loaded;
  }

  private async commit(items: OutboxItem[]) {
    this.items = items;
    await this.store.save(items);
    this.emit();
  }

  private emit() {
    for (const l of this.listeners) l(this.items);
  }

  subscribe(listener: (items: readonly OutboxItem[]) => void): () => void {
    this.listeners.add(listener);
    void this.load().then(() => listener(this.items));
    return () => this.listeners.delete(listener);
  }

  async list(): Promise<readonly OutboxItem[]> {
    await this.load();
    return this.items;
  }

  /** Queues a change; a second enqueue of the same id is ignored (the first one is already on its way). */
  async enqueue<P>(id: string, kind: string, payload: P, now = new Date()): Promise<void> {
    await this.load();
    if (this.items.some((i) => i.id === id)) return;
    await this.commit([...this.items, { id, kind, payload, queuedAt: now.toISOString(), state: 'pending', attempts: 0, error: null }]);
  }

  /** Sends pending items in order until one meets a network failure. Concurrent calls share one run. */
  flush(): Promise<FlushReport> {
    this.flushing ??= this.run().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async run(): Promise<FlushReport> {
    await this.load();
    const report: FlushReport = { sent: [], interrupted: false };
    for (const item of [...this.items]) {
      if (item.state !== 'pending') continue;
      let next: OutboxItem | null;
      try {
        const answer = await this.send(item);
        report.sent.push({ item, answer });
        next = null;
      } catch (error) {
        next = settle(item, error);
      }
      await this.commit(next ? this.items.map((i) => (i.id === item.id ? next : i)) : this.items.filter((i) => i.id !== item.id));
      if (next?.state === 'pending') {
        report.interrupted = true;
        break;
      }
    }
    return report;
  }

  /** Puts a refused item back in line (e.g. after the user checked the conflict), optionally with a new payload. */
  async retry(id: string, payload?: unknown): Promise<void> {
    await this.load();
    await this.commit(this.items.map((i) => (i.id === id ? { ...i, state: 'pending', error: null, payload: payload ?? i.payload } : i)));
  }

  async discard(id: string): Promise<void> {
    await this.load();
    await this.commit(this.items.filter((i) => i.id !== id));
  }
}
