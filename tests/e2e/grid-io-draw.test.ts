// Drawing a brand-new grid in a real browser: a street admin fills in code, name and level, draws the boundary
// point by point on the map; drawn across a neighbouring community it is shown as an overlap and cannot be applied;
// drawn again clear of it, the database writes it and the new grid is on the map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeoJSONSource } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GridCollection } from '../../src/data/types';
import { ROOT } from '../../scripts/lib/migrations';
import { closeApp, screenshot, type App } from './helpers/app';
import { applyClean, openGridPageAs } from './helpers/grid-io-page';
import { waitForIdle } from './helpers/map-page';

let app: App;
let page: Page;
const errors: string[] = [];

const grids = JSON.parse(readFileSync(join(ROOT, 'public/demo/grids.json'), 'utf8')) as GridCollection;
const corners = grids.features.filter((f) => f.properties.level === 'community').flatMap((f) => f.geometry.coordinates.flat(2) as [number, number][]);
const east = Math.max(...corners.map((c) => c[0]));
const north = Math.max(...corners.map((c) => c[1]));
const south = Math.min(...corners.map((c) => c[1]));
const midLat = (north + south) / 2;

/** Clicks the corners of a lon/lat box on the map (centred on it first), then the first again to close the polygon. */
async function drawBox(west: number, eastLon: number, southLat: number, northLat: number) {
  await page.evaluate((c) => window.__gridgovMap!.jumpTo({ center: c, zoom: 15 }), [(west + eastLon) / 2, (southLat + northLat) / 2] as [number, number]);
  await waitForIdle(page);
  const ring: [number, number][] = [[west, southLat], [eastLon, southLat], [eastLon, northLat], [west, northLat], [west, southLat]];
  const points = await page.evaluate((ring) => {
    const map = window.__gridgovMap!;
    const box = map.getContainer().getBoundingClientRect();
    return ring.map(([lon, lat]) => {
      const p = map.project([lon, lat]);
      return { x: p.x + box.left, y: p.y + box.top };
    });
  }, ring);
  for (const p of points) await page.mouse.click(p.x, p.y);
}

async function startDrawing() {
  await page.locator('[data-testid=grid-io-new-grid-code]').fill('05');
  await page.locator('[data-testid=grid-io-new-grid-name]').fill('新建测试社区');
  await page.locator('[data-testid=grid-io-new-grid-level]').selectOption('community');
  await page.locator('[data-testid=grid-io-new-grid-draw]').click();
  await page.locator('[data-testid=grid-io-new-grid-hint]').waitFor();
}

describe('drawing a new grid (新建网格)', () => {
  beforeAll(async () => {
    app = await openGridPageAs(errors, 'district_admin');
    page = app.page;
  }, 240_000);

  afterAll(() => closeApp(app));

  it('refuses a grid drawn across a neighbouring community, showing the overlap', async () => {
    await startDrawing();
    await drawBox(east - 0.004, east + 0.004, midLat - 0.003, midLat + 0.003);
    await expect.poll(() => page.locator('[data-testid=grid-io-problem]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const kinds = await page.locator('[data-testid=grid-io-problem]').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-kind')));
    expect(kinds).toContain('overlap');
    expect(await page.locator('[data-testid=grid-io-apply]').isDisabled()).toBe(true);
    await waitForIdle(page);
    await screenshot(page, 'grid-io-20-new-grid-overlap');
    await page.locator('[data-testid=grid-io-reject]').click();
  });

  it('writes the grid drawn clear of its neighbours', async () => {
    await startDrawing();
    await drawBox(east + 0.001, east + 0.007, midLat - 0.003, midLat + 0.003);
    await applyClean(page, /^已导入：新增 1，更新 0/);
    await expect.poll(() => page.evaluate(() =>
      window.__gridgovMap!.querySourceFeatures('existing').some((f) => f.properties.code === '05' && f.properties.name === '新建测试社区')),
    { timeout: 30_000 }).toBe(true);
    await waitForIdle(page);
    await screenshot(page, 'grid-io-21-new-grid-written');
    expect(errors).toEqual([]);
  });

  it('shows the new grid on the main map, which starts from the static grids.json but sees the database differ', async () => {
    await page.goto(app.server.url);
    await expect.poll(() => page.evaluate(async () => {
      const source = window.__gridgovMap?.getSource<GeoJSONSource>('grids');
      const data = source ? ((await source.getData()) as GeoJSON.FeatureCollection) : null;
      return !!data?.features.some((f) => f.properties?.code === '05' && f.properties.name === '新建测试社区');
    }), { timeout: 60_000 }).toBe(true);
    expect(errors).toEqual([]);
  });
});
