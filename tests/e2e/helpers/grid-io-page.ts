// Opening the grid boundaries page (/grids) as a demo user for the grid-io browser tests.
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
