// Remembers which demo snapshot the IndexedDB copy of the database came from, so a new build's snapshot
// replaces an old local copy instead of resuming a database whose schema no longer matches the app.
const META_DB = 'gridgov-meta';
const META_VERSION = 1;
const STORE = 'kv';
const VERSION_KEY = 'snapshotVersion';
/** Where the version is kept: the bench reads it from the page to know when the first visit's copy is complete. */
export const SNAPSHOT_VERSION_RECORD = { database: META_DB, version: META_VERSION, store: STORE, key: VERSION_KEY } as const;

function openMeta(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(META_DB, META_VERSION);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return openMeta().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = op(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result as T);
        };
        tx.onerror = () => reject(tx.error);
      }),
  );
}

export const loadedSnapshotVersion = (): Promise<string | undefined> =>
  run<string | undefined>('readonly', (s) => s.get(VERSION_KEY));

export const rememberSnapshotVersion = (version: string): Promise<void> =>
  run<void>('readwrite', (s) => s.put(version, VERSION_KEY));

export const forgetSnapshotVersion = (): Promise<void> => run<void>('readwrite', (s) => s.delete(VERSION_KEY));

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    // Another tab holding the database open: deletion completes once it closes; don't hang the page meanwhile.
    req.onblocked = () => resolve();
  });
}
