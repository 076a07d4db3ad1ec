// Grid boundaries in a real browser: a street admin opens 网格边界 from the map, uploads a surveyor's file whose two
// grids overlap, sees the overlap highlighted on the map with its area, rejects it (nothing is written), then imports
// the valid file, re-imports the same grids as a GBK shapefile and as KML (nothing changes), lets a GCJ-02 file be
// detected and converted, snaps a 5 cm sliver, and exports GeoJSON and a PNG of the view. A grid worker is refused.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridFixtures, writeFixtures } from '../../scripts/fixtures/grid-files';
import { closeApp, screenshot, type App } from './helpers/app';
import { demoUserId, openGridPageAs } from './helpers/grid-io-page';
import { waitForIdle } from './helpers/map-page';

const FIXTURES = mkdtempSync(join(tmpdir(), 'grid-io-'));

let app: App;
let page: Page;
const errors: string[] = [];

async function upload(name: string) {
  await page.locator('[data-testid=grid-io-file]').setInputFiles(join(FIXTURES, name));
  await page.locator('[data-testid=grid-io-parsed]').waitFor();
}

const problems = () =>
  page.locator('[data-testid=grid-io-problem]').evaluateAll((ls) => ls.map((l) => `${l.getAttribute('data-kind')}: ${l.textContent}`));

describe('grid boundaries in and out (网格边界)', () => {
  beforeAll(async () => {
    writeFixtures(FIXTURES, await gridFixtures());
    app = await openGridPageAs(errors, 'district_admin');
    page = app.page;
  }, 240_000);

  afterAll(() => closeApp(app));

  it('highlights an overlap on the map with its area, and writes nothing when the file is rejected', async () => {
    await upload('grids-overlap.geojson');
    await expect.poll(problems).toEqual([expect.stringMatching(/^overlap: 重叠 05-01 \/ 05-02 · 1[12],\d{3} 平方米$/)]);
    await expect.poll(() => page.locator('[data-testid=problem-area-label]').allTextContents()).toEqual([expect.stringMatching(/^重叠 1[12],\d{3} 平方米$/)]);
    expect(await page.locator('[data-testid=grid-io-apply]').isDisabled()).toBe(true);
    await page.locator('[data-testid=grid-io-problem] button').click();
    await waitForIdle(page);
    const red = await page.evaluate(() => window.__gridgovMap!.queryRenderedFeatures({ layers: ['problem-fill'] }).length);
    expect(red).toBeGreaterThan(0);
    await screenshot(page, 'grid-io-01-overlap');
    await page.locator('[data-testid=grid-io-reject]').click();
    await expect.poll(() => page.locator('[data-testid=grid-io-check]').count()).toBe(0);
    expect(await page.locator('[data-testid=grid-io-export-root] option').allTextContents()).not.toContain('05 示范新区社区');
  });

  it('imports the valid file in one go', async () => {
    await upload('grids-valid.geojson');
    await page.locator('[data-testid=grid-io-clean]').waitFor();
    await page.locator('[data-testid=grid-io-apply]').click();
    await expect.poll(() => page.locator('[data-testid=grid-io-result]').textContent()).toMatch(/^已导入：新增 5，更新 0，未变 0/);
    await expect.poll(() => page.locator('[data-testid=grid-io-export-root] option').allTextContents()).toContain('05 示范新区社区');
    await waitForIdle(page);
    await screenshot(page, 'grid-io-02-imported');
  });

  it.each([
    ['grids-valid-shp.zip', { code: 'WGBM', name: 'WGMC', level: 'WGJB', parent: 'SJBM' }],
    ['grids-valid.kml', { code: 'code', name: 'name', level: 'level', parent: 'parent' }],
  ])('re-imports the same grids from %s (GBK shapefile, KML) without changing anything', async (name, mapping) => {
    await upload(name);
    for (const [field, column] of Object.entries(mapping)) {
      expect(await page.locator(`[data-testid=grid-io-map-${field}]`).inputValue()).toBe(column);
    }
    await page.locator('[data-testid=grid-io-clean]').waitFor();
    await page.locator('[data-testid=grid-io-apply]').click();
    await expect.poll(() => page.locator('[data-testid=grid-io-result]').textContent()).toMatch(/^已导入：新增 0，更新 0，未变 5/);
  });

  it('detects a GCJ-02 file and converts it back onto the WGS84 grids', async () => {
    await upload('grids-gcj02.geojson');
    expect(await page.locator('[data-testid=grid-io-crs]').inputValue()).toBe('gcj02');
    await page.locator('[data-testid=grid-io-clean]').waitFor();
    await page.locator('[data-testid=grid-io-crs]').selectOption('wgs84');
    await expect.poll(problems).not.toEqual([]);
    await page.locator('[data-testid=grid-io-reject]').click();
  });

  it('snaps a 5 cm sliver when asked', async () => {
    await upload('grids-sliver.geojson');
    await expect.poll(problems).toEqual([expect.stringMatching(/^overlap: 重叠 05-01 \/ 05-02 · 2\d 平方米 可修正$/)]);
    await page.locator('[data-testid=grid-io-snap]').check();
    await page.locator('[data-testid=grid-io-clean]').waitFor();
    await page.locator('[data-testid=grid-io-apply]').click();
    await expect.poll(() => page.locator('[data-testid=grid-io-result]').textContent()).toMatch(/修正细碎 1 处/);
  });

  it('exports the community as GeoJSON that names the grids, and the view as a PNG', async () => {
    const root = await page.locator('[data-testid=grid-io-export-root] option', { hasText: '示范新区社区' }).getAttribute('value');
    await page.locator('[data-testid=grid-io-export-root]').selectOption(root!);
    const [geojson] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=grid-io-export-geojson]').click()]);
    const fc = JSON.parse(readFileSync((await geojson.path())!, 'utf8')) as { features: { properties: { code: string; parent: string | null } }[] };
    expect(fc.features.map((f) => [f.properties.code, f.properties.parent])).toEqual([
      ['05', null], ['05-01', '05'], ['05-02', '05'], ['05-03', '05'], ['05-04', '05'],
    ]);
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=grid-io-export-png]').click()]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
    expect(errors).toEqual([]);
  });

  it('turns a grid worker away', async () => {
    await page.evaluate((id) => localStorage.setItem('gridgov.demoUser', id), demoUserId('grid_worker'));
    await page.reload();
    await page.locator('[data-testid=grid-io-forbidden]').waitFor({ timeout: 150_000 });
    expect(await page.locator('[data-testid=grid-io-import]').count()).toBe(0);
  });
});
