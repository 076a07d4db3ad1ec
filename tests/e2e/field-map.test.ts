// Overdue visits on the map: the choropleth's 走访超期 metric colours a community admin's grids by the households
// overdue for a visit, counted by the database from the cadence rules; other communities stay at zero.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoUsers from '../../src/data/demo-users.json';
import { closeApp, openApp, screenshot, type App } from './helpers/app';
import { waitForIdle } from './helpers/map-page';

const ADMIN = demoUsers.find((u) => u.role === 'community_admin')!;

let app: App;
let page: Page;
const errors: string[] = [];

describe('overdue visits on the map', () => {
  beforeAll(async () => {
    app = await openApp(errors);
    page = app.page;
    await page.locator('[data-testid=signin-picker]:not([disabled])').waitFor({ timeout: 150_000 });
    await page.locator('[data-testid=signin-picker]').selectOption(ADMIN.id);
  }, 240_000);

  afterAll(() => closeApp(app));

  it('colours the grids by households overdue for a visit', async () => {
    await page.locator('[data-testid=choropleth-visits]').click();
    const legend = page.locator('[data-testid=choropleth-legend]');
    await expect.poll(async () => Number(await legend.getAttribute('data-classes')), { timeout: 60_000 }).toBeGreaterThan(1);
    expect(await legend.locator('h2').textContent()).toContain('走访超期');
    await waitForIdle(page);
    // Coloured: the grids of the admin's community (01-…); the others, whose register they do not see, are left clear.
    const coloured = await page.evaluate(() => {
      const map = window.__gridgovMap!;
      return map
        .queryRenderedFeatures({ layers: ['grid-choropleth'] })
        .filter((f) => typeof map.getFeatureState({ source: 'grids', id: f.id! }).choropleth === 'number')
        .map((f) => String(f.properties.code));
    });
    expect(coloured.length).toBeGreaterThan(0);
    expect(coloured.every((c) => c.startsWith(`${ADMIN.grid_code}-`))).toBe(true);
    await screenshot(page, 'field-map-visits');
    expect(errors).toEqual([]);
  });
});
