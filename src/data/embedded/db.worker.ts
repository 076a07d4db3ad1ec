/// <reference lib="webworker" />
// The embedded database: PostgreSQL + PostGIS (PGlite) off the main thread, loaded from the prebuilt demo
// snapshot on the first visit and resumed from IndexedDB afterwards. Every query runs in its own transaction
// with the caller's role and JWT claims set the way PostgREST sets them, so row level security applies.
import { PGlite, types } from '@electric-sql/pglite';
import { postgisLibrary } from './postgis-library';
import { WriteSyncedIdbFs } from './write-synced-idb-fs';
import type { FromWorker, RequestClaims, ToWorker, WorkerError } from './protocol';
import {
  deleteDatabase,
  forgetSnapshotVersion,
  loadedSnapshotVersion,
  rememberSnapshotVersion,
} from './snapshot-meta';

type InitMessage = Extract<ToWorker, { type: 'init' }>;

const DATA_DIR = 'gridgov-demo';
const LOCK_NAME = 'gridgov-embedded-db';
/** How long a page waits for the tab or page before it to let go of the IndexedDB copy. */
const LOCK_WAIT_MS = 3000;
const QUIET_MS = 2000;
const QUIET_POLL_MS = 250;

let db: PGlite | null = null;
/** The IndexedDB copy, when this tab owns it. */
let store: WriteSyncedIdbFs | undefined;
/** The snapshot's version while the snapshot just loaded is not yet copied into IndexedDB in full. */
let unsavedSnapshot: string | null = null;
let resolveReady!: (db: PGlite) => void;
let rejectReady!: (e: unknown) => void;
const ready = new Promise<PGlite>((resolve, reject) => {
  resolveReady = resolve;
  rejectReady = reject;
});

const post = (msg: FromWorker) => self.postMessage(msg);

// Values arrive in the shapes PostgREST sends as JSON, so both adapters hand the UI identical rows.
const POSTGREST_LIKE_PARSERS = {
  [types.TIMESTAMPTZ]: (v: string) => (types.parsers[types.TIMESTAMPTZ]!(v, types.TIMESTAMPTZ) as Date).toISOString(),
  [types.DATE]: (v: string) => v,
  [types.NUMERIC]: (v: string) => Number(v),
};

async function download(url: string): Promise<Blob> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`snapshot ${url}: HTTP ${res.status}`);
  const total = Number(res.headers.get('content-length') ?? 0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let shown = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    // In 5 % steps: every message redraws the page's progress bar, and a chunk arrives every few milliseconds.
    const step = total ? Math.floor((received / total) * 20) : 0;
    if (step !== shown) {
      shown = step;
      post({ type: 'progress', progress: { phase: 'download', fraction: total ? step / 20 : undefined } });
    }
  }
  // An explicit gzip type: PGlite then unpacks it without guessing, whatever name the server gave the file.
  return new Blob(chunks as BlobPart[], { type: 'application/x-gzip' });
}

/**
 * Only one tab may own the IndexedDB copy; a second tab works on a private in-memory copy instead. The wait is
 * for a reload or a link to another page of the app: the page just left still holds the lock for a moment, and
 * taking "not available" for an answer then would keep everything this page writes in memory, lost on the next load.
 */
function acquireLock(): Promise<boolean> {
  if (!('locks' in navigator)) return Promise.resolve(true);
  return new Promise((resolve) => {
    navigator.locks
      .request(LOCK_NAME, { signal: AbortSignal.timeout(LOCK_WAIT_MS) }, () => {
        resolve(true);
        return new Promise<void>(() => undefined);
      })
      .catch(() => resolve(false));
  });
}

async function open({ snapshotUrl, snapshotVersion, postgisUrl }: InitMessage): Promise<PGlite> {
  const owner = await acquireLock();
  const resumable = owner && (await loadedSnapshotVersion()) === snapshotVersion;
  let loadDataDir: Blob | undefined;
  if (!resumable) {
    if (owner) await deleteDatabase(`/pglite/${DATA_DIR}`);
    loadDataDir = await download(snapshotUrl);
  }
  post({ type: 'progress', progress: { phase: 'start' } });
  store = owner ? new WriteSyncedIdbFs(DATA_DIR) : undefined;
  if (owner && !resumable) unsavedSnapshot = snapshotVersion;
  return PGlite.create({
    fs: store,
    loadDataDir,
    extensions: { postgis: postgisLibrary(new URL(postgisUrl, self.location.href)) },
    parsers: POSTGREST_LIKE_PARSERS,
  });
}

/**
 * Copies what changed into IndexedDB. After a snapshot was loaded that is the whole database (seconds of work),
 * and its version is remembered only once the copy is complete, so a tab closed halfway simply loads the snapshot
 * again next time. A failed copy (storage full, say) leaves the tab working on its in-memory database.
 */
async function save(): Promise<void> {
  if (!store) return;
  const version = unsavedSnapshot;
  try {
    await store.flush();
    if (version && unsavedSnapshot === version) {
      unsavedSnapshot = null;
      await rememberSnapshotVersion(version);
    }
  } catch {
    // Nothing the page could do about it; the next write tries again.
  }
}

function toWorkerError(e: unknown): WorkerError {
  const err = e as { message?: string; hint?: string; detail?: string; code?: string };
  return { message: err.message ?? String(e), hint: err.hint, detail: err.detail, code: err.code };
}

/** Runs one request in its own transaction; `wrote` says whether it changed anything that must be saved. */
async function runQuery(sql: string, params: unknown[], claims: RequestClaims | null) {
  const pg = await ready;
  return pg.transaction(async (tx) => {
    await tx.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`, [
      claims ? 'authenticated' : 'anon',
      JSON.stringify(claims ?? { role: 'anon' }),
    ]);
    const res = await tx.query<Record<string, unknown>>(sql, params);
    // A transaction that wrote a row has a transaction id; reads (the vast majority) never get one.
    const mark = await tx.query<{ wrote: boolean }>('select pg_current_xact_id_if_assigned() is not null as wrote');
    return { rows: res.rows, wrote: mark.rows[0]!.wrote };
  });
}

// Postgres answers one query at a time. The map's bulk loads (all pins, all grids) take a second between them;
// a click must not wait behind them, so interactive queries are taken first.
type QueryMessage = Extract<ToWorker, { type: 'query' }>;
const queue: QueryMessage[] = [];
let pumping = false;

// A page asks for its bulk loads and its small answers in the same moment, bulk first (child components' effects
// run before their parent's). A few milliseconds let the rest of that moment's messages arrive before a bulk load
// takes Postgres for a while.
const nextMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

/** When the queue last had work: the first copy into IndexedDB waits for a quiet moment. */
let lastBusy = 0;

async function pump() {
  if (pumping) return;
  pumping = true;
  while (queue.length) {
    if (queue.every((m) => m.background)) await nextMessages();
    const i = queue.findIndex((m) => !m.background);
    const [msg] = queue.splice(i < 0 ? 0 : i, 1);
    try {
      const { rows, wrote } = await runQuery(msg!.sql, msg!.params, msg!.claims);
      post({ type: 'result', id: msg!.id, rows });
      // Answered first, saved right after: a crash loses at most that moment, and a read saves nothing.
      if (wrote) void save();
    } catch (e) {
      post({ type: 'error', id: msg!.id, error: toWorkerError(e) });
    }
  }
  pumping = false;
  lastBusy = performance.now();
}

/**
 * Runs `job` once the queue has been empty for QUIET_MS. Copying a whole snapshot into IndexedDB takes the
 * worker (and the browser's storage process) for seconds; a user's first clicks and the map's first loads go first.
 */
function whenQuiet(job: () => void) {
  const check = () => {
    if (!queue.length && !pumping && performance.now() - lastBusy >= QUIET_MS) job();
    else setTimeout(check, QUIET_POLL_MS);
  };
  setTimeout(check, QUIET_MS);
}

async function reset() {
  const pg = db;
  db = null;
  if (pg) await pg.close();
  await forgetSnapshotVersion();
  await deleteDatabase(`/pglite/${DATA_DIR}`);
  post({ type: 'reset-done' });
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'init') {
    try {
      db = await open(msg);
      await db.listen('incidents_changed', () => post({ type: 'incidents-changed' }));
      resolveReady(db);
      lastBusy = performance.now();
      if (unsavedSnapshot) whenQuiet(() => void save());
      post({ type: 'progress', progress: { phase: 'ready', fraction: 1 } });
    } catch (e) {
      rejectReady(e);
      post({ type: 'progress', progress: { phase: 'error', message: toWorkerError(e).message } });
    }
  } else if (msg.type === 'query') {
    lastBusy = performance.now();
    queue.push(msg);
    void pump();
  } else if (msg.type === 'reset') {
    await reset();
  }
};
