// Care lists in a real browser, signed in as the demo 网格员: households by tag and visit status over their grids,
// drawn as dots on the map, narrowed by a polygon drawn with the mouse, and exported as CSV with phones masked.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoUsers from '../../src/data/demo-users.json';
import { closeApp, openApp, screenshot, type App } from './helpers/app';
import { pixelStats } from './helpers/pixels';

const WORKER = demoUsers.find((u) => u.role === 'grid_worker')!;

let app: App;
let page: Page;
const errors: string[] = [];
/** The list's count; NaN while a query runs (the attribute is empty until the answer). */
const countNow = async () => Number((await page.locator('[data-testid=care-count]').getAttribute('data-count')) || NaN);
const count = async () => {
  await expect.poll(countNow, { timeout: 30_000 }).not.toBeNaN();
  return countNow();
};
/** Waits for the list to answer the filter just set (a count, and not the one it was). */
const settled = (before: number) =>
  expect.poll(async () => { const n = await countNow(); return Number.isNaN(n) ? before : n; }, { timeout: 30_000 }).not.toBe(before);

describe('care lists (关爱名单)', () => {
  beforeAll(async () => {
    app = await openApp(errors, { width: 1280, height: 900 });
    page = app.page;
    // The picker is enabled once the embedded database answers (slow on a busy machine).
    await page.locator('[data-testid=signin-picker]:not([disabled])').waitFor({ timeout: 150_000 });
    await page.locator('[data-testid=signin-picker]').selectOption(WORKER.id);
    await page.goto(`${app.server.url}care`);
    await page.locator('[data-testid=care-row]').first().waitFor({ timeout: 60_000 });
  }, 240_000);

  afterAll(() => closeApp(app));

  it('lists the elderly living alone of my grids, on the map and in the table', async () => {
    const elderly = await count();
    expect(elderly).toBeGreaterThan(0);
    const tags = await page.locator('[data-testid=care-row] td:nth-child(4)').allTextContents();
    expect(tags.every((x) => x.includes('孤寡/独居老人'))).toBe(true);
    await page.locator('[data-testid=care-map][data-ready=true]').waitFor();
    await page.waitForTimeout(500);
    const map = await page.locator('[data-testid=care-map]').screenshot();
    // Dots in blue or red on the plain background: the map drew the list.
    const px = pixelStats(map, [233, 237, 241]);
    expect(px.near([37, 99, 235]) + px.near([220, 38, 38])).toBeGreaterThan(0.0005);
    await screenshot(page, 'field-care-01-elderly');
  });

  it('narrows to overdue visits, and adds a tag', async () => {
    const all = await count();
    await page.locator('[data-testid=care-visit]').selectOption('overdue');
    await settled(all);
    const overdue = await count();
    expect(overdue).toBeLessThan(all);
    await page.locator('[data-testid=care-tag-aged_80]').click();
    await settled(overdue);
    expect(await count()).toBeGreaterThan(overdue);
    await page.locator('[data-testid=care-visit]').selectOption('all');
  });

  it('narrows the list to a polygon drawn on the map', async () => {
    await page.locator('[data-testid=care-tag-aged_80]').click();
    await page.locator('[data-testid=care-tag-elderly_alone]').click();
    await page.locator('[data-testid=care-tag-tenant]').click();
    await expect.poll(() => page.locator('[data-testid=care-count]').getAttribute('data-count')).not.toBe('');
    const whole = await count();
    const box = (await page.locator('[data-testid=care-map]').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.locator('[data-testid=care-draw]').click();
    const corners: [number, number][] = [[-120, -90], [120, -90], [120, 90], [-120, 90], [-120, -90]];
    for (const [dx, dy] of corners) {
      await page.mouse.click(cx + dx, cy + dy);
      await page.waitForTimeout(150);
    }
    await expect.poll(() => page.locator('[data-testid=care-count]').getAttribute('data-area'), { timeout: 20_000 }).toBe('true');
    await screenshot(page, 'field-care-02-area');
    await settled(whole);
    const inside = await count();
    expect(inside).toBeGreaterThan(0);
    expect(inside).toBeLessThan(whole);
  });

  it('exports the list as CSV, phones masked', async () => {
    const href = (await page.locator('[data-testid=care-export]').getAttribute('href'))!;
    const csv = await page.evaluate((u) => fetch(u).then((r) => r.text()), href);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('网格,地址,户主,电话,人数,标签,上次走访,下次到期,超期');
    expect(lines.length - 1).toBe(await count());
    expect(csv).toMatch(/1\d\d\*\*\*\*\d{4}/);
    expect(csv).not.toMatch(/1[3-9]\d{9}/);
    expect(errors).toEqual([]);
  });
});
