// The embedded database's first visit copies the demo snapshot into IndexedDB in the background; a reload before
// that copy is complete starts from the snapshot again. Tests that reload to prove something was kept wait for it.
import type { Page } from 'playwright-core';

/** True once the copy is complete (the snapshot version is remembered only then). */
export const localCopyDone = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const req = indexedDB.open('gridgov-meta', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('kv');
        req.onsuccess = () => {
          const get = req.result.transaction('kv').objectStore('kv').get('snapshotVersion');
          get.onsuccess = () => resolve(get.result !== undefined);
          get.onerror = () => resolve(false);
        };
        req.onerror = () => resolve(false);
      }),
  );

/** Waits (polling) until the copy is complete. */
export async function waitForLocalCopy(page: Page, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await localCopyDone(page))) {
    if (Date.now() > deadline) throw new Error('the demo database was not copied into IndexedDB in time');
    await page.waitForTimeout(500);
  }
}
