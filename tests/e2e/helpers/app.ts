// What every browser test starts from: the production build served by `vite preview`, a fresh Chromium profile
// (an empty IndexedDB, like a first visit), one page on the app, its uncaught errors collected, screenshots kept.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../../../scripts/lib/migrations';
import { launchProfile } from './browser';
import { startPreview, type PreviewServer } from './preview-server';

export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

export interface App {
  server: PreviewServer;
  context: BrowserContext;
  page: Page;
}

/** Opens the app; uncaught page errors and CSP refusals are pushed to `errors` so a test can assert there were none. */
export async function openApp(errors: string[], viewport?: { width: number; height: number }): Promise<App> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startPreview();
  const context = await launchProfile(viewport);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  // The build's Content-Security-Policy: anything it blocks is a bug (a script, worker or request we forgot).
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('Content Security Policy')) errors.push(m.text());
  });
  await page.goto(server.url);
  return { server, context, page };
}

export async function closeApp(app: App | undefined) {
  await app?.context.close();
  app?.server.stop();
}

export const screenshot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
