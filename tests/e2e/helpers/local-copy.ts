// The embedded database's first visit copies the demo snapshot into IndexedDB in the background; a reload before
// that copy is complete starts from the snapshot again. Tests that reload to prove something was kept wait for it.
import type { Page } from 'playwright-core';
import { SNAPSHOT_VERSION_RECORD } from '../../../src/data/embedded/snapshot-meta';

/** True once the copy is complete: the worker records the snapshot's version only then. */
export const localCopyDone = (page: Page) =>
  page.evaluate(
    ({ database, version, store, key }) =>
      new Promise<boolean>((resolve) => {
        const req = indexedDB.open(database, version);
        req.onupgradeneeded = () => req.result.createObjectStore(store);
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction(store).objectStore(store).get(key);
          get.onsuccess = () => resolve(get.result !== undefined);
          get.onerror = () => resolve(false);
          db.close();
        };
        req.onerror = () => resolve(false);
      }),
    SNAPSHOT_VERSION_RECORD,
  );

/** Waits (polling) until the copy is complete. */
export async function waitForLocalCopy(page: Page, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await localCopyDone(page))) {
    if (Date.now() > deadline) throw new Error('the demo database was not copied into IndexedDB in time');
    await page.waitForTimeout(500);
  }
}
