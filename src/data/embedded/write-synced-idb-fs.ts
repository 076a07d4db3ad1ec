// The IndexedDB copy of the embedded database, written when the worker says so. PGlite's own IdbFs copies after
// every BEGIN and every statement outside a transaction: each time it walks all 650 files and reads every key of
// the IndexedDB store, and on a first visit (an empty store) the first of those copies is the whole 50 MB
// database, started inside PGlite.create, which holds up the first queries by a second or more. It also never
// copies after a COMMIT (that runs inside the transaction), so the last write before a tab closes could stay in
// memory only. Here PGlite's calls do nothing; the worker flushes after each transaction that wrote, and once,
// when the page is quiet, after loading the snapshot.
// A return visit reads the stored files (50 MB) in one request started before Postgres is compiled, instead of one
// request per file after it: the browser reads while the worker compiles (0.3-0.6 s sooner ready, measured here).
import { IdbFs, type PGlite } from '@electric-sql/pglite';
import { coalesce } from '../../lib/coalesce';

/** What emscripten's IDBFS stores per path: a directory (no contents) or a file. */
interface StoredEntry {
  timestamp: Date;
  mode: number;
  contents?: Uint8Array;
}

// emscripten's IDBFS layout (pinned with PGlite): one database per mount point, one store, an index on timestamp.
const IDBFS_VERSION = 21;
const IDBFS_STORE = 'FILE_DATA';

/** Every stored path and entry, read in one transaction; creates the database as IDBFS would when it is new. */
function readStoredEntries(name: string): Promise<{ keys: string[]; values: StoredEntry[] }> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, IDBFS_VERSION);
    open.onupgradeneeded = () => {
      const store = open.result.objectStoreNames.contains(IDBFS_STORE)
        ? open.transaction!.objectStore(IDBFS_STORE)
        : open.result.createObjectStore(IDBFS_STORE);
      if (!store.indexNames.contains('timestamp')) store.createIndex('timestamp', 'timestamp', { unique: false });
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const store = db.transaction(IDBFS_STORE, 'readonly').objectStore(IDBFS_STORE);
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onerror = keys.onerror = () => reject(keys.error ?? values.error);
      values.onsuccess = () => {
        db.close();
        resolve({ keys: keys.result as string[], values: values.result as StoredEntry[] });
      };
    };
  });
}

export class WriteSyncedIdbFs extends IdbFs {
  /** Copies every file changed since the last flush into IndexedDB; overlapping calls share one more copy. */
  readonly flush = coalesce(() => super.syncToFs());

  override syncToFs(): Promise<void> {
    return Promise.resolve();
  }

  private stored: ReturnType<typeof readStoredEntries> | null = null;

  // Called before PGlite compiles Postgres: the browser reads the stored files meanwhile.
  override init(pg: PGlite, opts: Parameters<IdbFs['init']>[1]) {
    this.stored = readStoredEntries(`/pglite/${this.dataDir}`);
    this.stored.catch(() => undefined);
    return super.init(pg, opts);
  }

  override async initialSyncFs(): Promise<void> {
    const { keys, values } = await this.stored!;
    const idbfs = this.pg!.Module.FS.filesystems.IDBFS;
    // IndexedDB hands records over in key order, and a directory's path sorts before the paths inside it.
    for (const [i, path] of keys.entries()) {
      idbfs.storeLocalEntry(path, values[i], (e: unknown) => {
        if (e) throw e;
      });
    }
  }
}
