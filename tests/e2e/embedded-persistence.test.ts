// The embedded database's IndexedDB copy, driven through the production build's own database worker in headless
// Chromium (no app around it): a first start loads the snapshot and copies it once the page is quiet, a later
// start resumes from that copy instead of downloading the snapshot again, and a write is kept even when no other
// query follows it before the tab goes away; "reset demo data" brings the snapshot back.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoUsers from '../../src/data/demo-users.json';
import type { RequestClaims } from '../../src/data/embedded/protocol';
import { launchProfile } from './helpers/browser';
import { localCopyDone, waitForLocalCopy } from './helpers/local-copy';
import { startPreview, type PreviewServer } from './helpers/preview-server';

const ADMIN = demoUsers.find((u) => u.role === 'district_admin')!;
const ADMIN_CLAIMS: RequestClaims = { sub: ADMIN.id, role: 'authenticated', email: ADMIN.email };

let server: PreviewServer;
let context: BrowserContext;
let page: Page;
let workerUrl: string;

declare global {
  interface Window {
    __testDb?: Worker;
  }
}

/** Starts a database worker in the page as the app does; resolves with the phases it reported until ready. */
function startWorker(): Promise<string[]> {
  return page.evaluate(async (url) => {
    const manifest = (await (await fetch('/demo/manifest.json')).json()) as Record<string, string>;
    const worker = new Worker(url, { type: 'module', name: 'gridgov-db' });
    window.__testDb = worker;
    const phases: string[] = [];
    await new Promise<void>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<{ type: string; progress?: { phase: string; message?: string } }>) => {
        if (e.data.type !== 'progress') return;
        const { phase, message } = e.data.progress!;
        if (phases.at(-1) !== phase) phases.push(phase);
        if (phase === 'ready') resolve();
        if (phase === 'error') reject(new Error(message));
      };
      worker.postMessage({
        type: 'init',
        snapshotUrl: `/demo/${manifest.snapshot}`,
        snapshotVersion: manifest.version,
        postgisUrl: `/demo/${manifest.postgis_library}`,
      });
    });
    return phases;
  }, workerUrl);
}

function query<T>(sql: string, claims: RequestClaims | null = ADMIN_CLAIMS): Promise<T[]> {
  return page.evaluate(
    ({ sql, claims }) =>
      new Promise<T[]>((resolve, reject) => {
        const worker = window.__testDb!;
        worker.onmessage = (e: MessageEvent<{ type: string; rows?: T[]; error?: { message: string } }>) => {
          if (e.data.type === 'result') resolve(e.data.rows!);
          if (e.data.type === 'error') reject(new Error(e.data.error!.message));
        };
        worker.postMessage({ type: 'query', id: 1, sql, params: [], claims, background: false });
      }),
    { sql, claims },
  );
}

/** What closing the tab does to the worker: it stops at once, whatever it was doing. */
const stopWorker = () => page.evaluate(() => window.__testDb!.terminate());

/** Closes the tab and comes back: resolves with the default visit cadence the new start reads. */
async function resumeAndReadCadence(): Promise<number> {
  await stopWorker();
  expect(await startWorker()).not.toContain('download');
  return defaultCadence();
}

const defaultCadence = async () =>
  (await query<{ interval_days: number }>('select interval_days from public.visit_cadence where tag is null'))[0]!.interval_days;

describe('embedded database kept in IndexedDB', () => {
  beforeAll(async () => {
    server = await startPreview();
    const worker = readdirSync(join(server.dir, 'assets')).find((f) => /^db\.worker-.*\.js$/.test(f));
    if (!worker) throw new Error(`no database worker in ${server.dir}/assets: run npm run build`);
    workerUrl = `/assets/${worker}`;
    context = await launchProfile();
    page = await context.newPage();
    // A page of the app's origin that is not the app: the only database worker here is the test's.
    await page.goto(`${server.url}demo/manifest.json`);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    server?.stop();
  });

  it('loads the snapshot on the first start, copies it while quiet, and resumes from the copy next time', async () => {
    expect(await startWorker()).toContain('download');
    expect(await defaultCadence()).toBe(90);
    await waitForLocalCopy(page);
    expect(await resumeAndReadCadence()).toBe(90);
  }, 240_000);

  it('keeps a write when the tab goes away before any other query', async () => {
    expect(await localCopyDone(page)).toBe(true);
    const rows = await query<{ interval_days: number }>(
      'update public.visit_cadence set interval_days = 77 where tag is null returning interval_days',
    );
    expect(rows).toEqual([{ interval_days: 77 }]);
    // The write is saved right after it is answered; give that a moment (a few files), then close.
    await page.waitForTimeout(3000);
    expect(await resumeAndReadCadence()).toBe(77);
  }, 240_000);

  it('keeps the stored data intact when a write is refused', async () => {
    const before = await defaultCadence();
    await expect(query('update public.visit_cadence set interval_days = 0 where tag is null')).rejects.toThrow(/interval_days/);
    await expect(
      query('update public.visit_cadence set interval_days = 5 where tag is null returning interval_days', null),
    ).rejects.toThrow(/permission denied/);
    expect(await defaultCadence()).toBe(before);
  }, 60_000);

  it('starts from the demo snapshot again after "reset demo data", writes gone', async () => {
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const worker = window.__testDb!;
          worker.onmessage = (e: MessageEvent<{ type: string }>) => e.data.type === 'reset-done' && resolve();
          worker.postMessage({ type: 'reset' });
        }),
    );
    await stopWorker();
    expect(await localCopyDone(page)).toBe(false);
    expect(await startWorker()).toContain('download');
    expect(await defaultCadence()).toBe(90);
  }, 240_000);
});
