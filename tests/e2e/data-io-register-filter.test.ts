// The household export honours the register's filters: a grid worker opens their grid's register on the map,
// chooses a tag and types a search; both go into the address, the 导入导出 link carries them, and the exported CSV
// holds exactly the households the register showed.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoUsers from '../../src/data/demo-users.json';
import { closeApp, openApp, screenshot, type App } from './helpers/app';
import { openGrid } from './helpers/map-page';

const worker = demoUsers.find((u) => u.role === 'grid_worker')!;

let app: App;
let page: Page;
const errors: string[] = [];

const shownCount = async () => Number(await page.locator('[data-testid=household-count]').getAttribute('data-count'));

describe('household export with the register\'s filters', () => {
  beforeAll(async () => {
    app = await openApp(errors);
    page = app.page;
    await page.waitForSelector('[data-testid=loading-indicator]', { state: 'detached', timeout: 120_000 });
    await page.locator('[data-testid=signin-picker]').selectOption(worker.id);
  }, 180_000);

  afterAll(() => closeApp(app));

  it('exports only the households the register shows, with the tag and the search it was given', async () => {
    await openGrid(page, worker.grid_code!);
    const all = await shownCount();
    await page.locator('[data-testid=tag-chip-elderly_alone]').click();
    await expect.poll(shownCount).toBeLessThan(all);
    await page.locator('[data-testid=household-search]').fill('号楼');
    await expect.poll(() => page.evaluate(() => [...new URLSearchParams(location.search)].filter(([k]) => k.startsWith('h'))))
      .toEqual([['hq', '号楼'], ['htags', 'elderly_alone']]);
    const shown = await shownCount();
    expect(shown).toBeGreaterThan(0);

    await page.locator('[data-testid=data-link]').click();
    await page.locator('[data-testid=export-households-csv]').waitFor({ timeout: 60_000 });
    const filters = await page.locator('[data-testid=export-filters]').textContent();
    expect(filters).toContain('孤寡/独居老人');
    expect(filters).toContain('号楼');
    const [d] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-households-csv]').click()]);
    const [header, ...rows] = Papa.parse<string[]>(readFileSync((await d.path())!, 'utf8').slice(1), { skipEmptyLines: true }).data;
    const col = (name: string) => header!.indexOf(name);
    expect(rows.length).toBe(shown);
    expect(rows.every((r) => r[col('标签')]!.includes('孤寡/独居老人'))).toBe(true);
    expect(rows.every((r) => [r[col('地址')], r[col('户主')], r[col('楼栋')], r[col('房号')]].join(' ').includes('号楼'))).toBe(true);
    await screenshot(page, 'data-io-10-register-filter-export');
    expect(errors).toEqual([]);
  });
});
