// Opening the grid boundaries page (/grids) as a demo user for the grid-io browser tests.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import demoUsers from '../../../src/data/demo-users.json';
import { openApp, type App } from './app';
import { waitForIdle } from './map-page';

export const demoUserId = (role: string) => demoUsers.find((u) => u.role === role)!.id;

/**
 * Straight to the page as a demo admin (the sign-in the header's picker stores): one start of the embedded database
 * instead of two (map page, then this one), which a busy machine can take minutes over.
 */
export async function openGridPageAs(errors: string[], role: string): Promise<App> {
  const app = await openApp(errors);
  await app.page.evaluate((id) => localStorage.setItem('gridgov.demoUser', id), demoUserId(role));
  await app.page.goto(`${app.server.url}grids`);
  await app.page.locator('[data-testid=grid-io-import]').waitFor({ timeout: 150_000 });
  await waitForIdle(app.page);
  return app;
}

/** Writes what the page checked and found clean, and waits for the result line to match. */
export async function applyClean(page: Page, result: RegExp) {
  await page.locator('[data-testid=grid-io-clean]').waitFor({ timeout: 30_000 });
  await page.locator('[data-testid=grid-io-apply]').click();
  await expect.poll(() => page.locator('[data-testid=grid-io-result]').textContent(), { timeout: 30_000 }).toMatch(result);
}
