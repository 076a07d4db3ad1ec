// Grid editing in a real browser: a street admin picks unit grids on the map and merges one into its neighbour,
// splits another along a line drawn with the mouse, and drags a vertex of a third so that it overlaps its
// neighbour; every edit goes through the database's check, the first two are applied, the third is refused.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, screenshot, type App } from './helpers/app';
import { applyClean, openGridPageAs } from './helpers/grid-io-page';
import { gridRing, pointInGrid, waitForIdle } from './helpers/map-page';


let app: App;
let page: Page;
const errors: string[] = [];

/** Page coordinates of a longitude/latitude on the grid page's map. */
const screen = (lon: number, lat: number) =>
  page.evaluate(([lon, lat]) => {
    const map = window.__gridgovMap!;
    const p = map.project([lon, lat]);
    const box = map.getContainer().getBoundingClientRect();
    return { x: p.x + box.left, y: p.y + box.top };
  }, [lon, lat] as const);

async function pick(code: string) {
  const [lon, lat] = pointInGrid(code);
  await page.evaluate(([lon, lat]) => window.__gridgovMap!.jumpTo({ center: [lon, lat], zoom: 17.5 }), [lon, lat] as const);
  await waitForIdle(page);
  const at = await screen(lon, lat);
  // The unit grids' outlines arrive with the database's answer: click once the grid is there to be picked, not its
  // parent drawn from the first answer.
  await expect
    .poll(() =>
      page.evaluate(
        ([x, y, code]) => {
          const map = window.__gridgovMap!;
          const box = map.getContainer().getBoundingClientRect();
          return map.queryRenderedFeatures([x - box.left, y - box.top], { layers: ['existing-fill'] }).some((f) => f.properties.code === code);
        },
        [at.x, at.y, code] as const,
      ),
    )
    .toBe(true);
  await page.mouse.click(at.x, at.y);
  await expect.poll(() => page.locator('[data-testid=grid-io-selected]').textContent()).toMatch(new RegExp(`^${code} `));
  return at;
}

describe('grid editing (编辑网格)', () => {
  beforeAll(async () => {
    app = await openGridPageAs(errors, 'district_admin');
    page = app.page;
  }, 240_000);

  afterAll(() => closeApp(app));

  it('merges a unit grid into its neighbour', async () => {
    await pick('01-01-01-01');
    const into = await page.locator('[data-testid=grid-io-merge-into]').inputValue();
    expect(into).toMatch(/^01-01-01-0\d$/);
    await page.locator('[data-testid=grid-io-merge]').click();
    await applyClean(page, /^已导入：新增 0，更新 1，未变 0，合并 1/);
    await screenshot(page, 'grid-io-10-merged');
  });

  it('splits a unit grid along a line drawn across it', async () => {
    const centre = await pick('02-01-01-01');
    await page.locator('[data-testid=grid-io-split]').click();
    await page.locator('[data-testid=grid-io-split-hint]').waitFor();
    // A vertical line through the middle, well past the grid's top and bottom edges.
    await page.mouse.click(centre.x, centre.y - 300);
    await page.mouse.click(centre.x, centre.y + 300);
    await page.mouse.click(centre.x, centre.y + 300);
    await page.locator('[data-testid=grid-io-check]').waitFor();
    await screenshot(page, 'grid-io-11-split-checked');
    await applyClean(page, /^已导入：新增 1，更新 1，未变 0/);
  });

  it('shows the overlap a dragged vertex makes, and writes nothing', async () => {
    await pick('03-01-01-01');
    await page.locator('[data-testid=grid-io-reshape]').click();
    // The vertex editor is set up after the click: drag only once its handles are on the map.
    await page.locator('[data-testid=grid-io-reshape-done]').waitFor();
    await waitForIdle(page);
    // The north-east corner (largest lon + lat) of the grid itself, not of a tile-clipped rendered outline.
    const ne = gridRing('03-01-01-01').reduce((a, b) => (b[0]! + b[1]! > a[0]! + a[1]! ? b : a));
    const from = await screen(ne[0]!, ne[1]!);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y - 40, { steps: 8 });
    await page.mouse.up();
    await page.locator('[data-testid=grid-io-reshape-done]').click();
    await expect.poll(() => page.locator('[data-testid=grid-io-problem]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const kinds = await page.locator('[data-testid=grid-io-problem]').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-kind')));
    expect(kinds.some((k) => k === 'overlap' || k === 'outside_parent')).toBe(true);
    expect(await page.locator('[data-testid=grid-io-apply]').isDisabled()).toBe(true);
    await waitForIdle(page);
    await screenshot(page, 'grid-io-12-reshape-refused');
    await page.locator('[data-testid=grid-io-reject]').click();
    expect(errors).toEqual([]);
  });
});
