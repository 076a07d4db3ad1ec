// The dashboard (统计) in a real browser against the production build, signed in as the sub-district admin: it
// draws non-empty charts for the demo district, a click on a category bar filters the pins to that category,
// a department row filters by department, the exports download a CSV with a BOM and a PNG, and the choropleth
// colours the grids with a classed legend. Screenshots go to tests/e2e/artifacts/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, closeApp, openApp, screenshot, type App } from './helpers/app';
import { openGrid, waitForIdle } from './helpers/map-page';

let app: App;
let page: Page;
const pageErrors: string[] = [];

const shownCount = async () => Number(await page.locator('[data-testid=pins-shown]').getAttribute('data-shown'));
const param = (name: string) => page.evaluate((n) => new URLSearchParams(location.search).get(n), name);
const kpi = async (key: string) => Number(await page.locator(`[data-testid=kpi-${key}]`).getAttribute('data-value'));

beforeAll(async () => {
  app = await openApp(pageErrors);
  page = app.page;
  await page.waitForSelector('[data-testid=loading-indicator]', { state: 'detached', timeout: 90_000 });
  // The sub-district admin sees every incident: the figures are the whole district's.
  await page.locator('[data-testid=signin-picker]').selectOption({ index: 1 });
  await page.waitForFunction(() => document.querySelector('[data-testid=current-role]')?.textContent === '街道管理员', null, { timeout: 20_000 });
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=pins-shown]')?.getAttribute('data-shown')) > 0, null, { timeout: 30_000 });
});

afterAll(() => closeApp(app));

describe('dashboard in headless Chromium', () => {
  it('opens with KPIs and non-empty charts for the demo district', async () => {
    await page.locator('[data-testid=stats-toggle]').click();
    await page.locator('[data-testid=dashboard-panel]').waitFor({ timeout: 20_000 });
    await expect.poll(() => kpi('received'), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await kpi('resolved')).toBeGreaterThan(0);
    expect(await kpi('resolved')).toBeLessThanOrEqual(await kpi('received'));
    const rate = await kpi('resolutionRate');
    expect(rate).toBeGreaterThan(0);
    expect(rate).toBeLessThanOrEqual(1);
    // Real shapes drawn by Recharts, not empty frames.
    const bars = (chart: string) => page.locator(`[data-testid=chart-${chart}] .recharts-bar-rectangle path`).count();
    expect(await bars('category')).toBeGreaterThan(0);
    expect(await bars('resolve-time')).toBeGreaterThan(0);
    expect(await bars('risk')).toBeGreaterThan(0);
    expect(await bars('tags')).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=chart-trend] .recharts-line-curve').count()).toBe(2);
    expect(await page.locator('[data-testid=chart-source] .recharts-pie-sector').count()).toBeGreaterThan(1);
    expect(await page.locator('[data-testid=department-row]').count()).toBeGreaterThan(0);
    // The trend's received line has a point per bucket of the year.
    expect(await page.locator('[data-testid=chart-trend] .recharts-line-dot').count()).toBeGreaterThanOrEqual(12 * 2);
    await screenshot(page, 'd01-dashboard');
    await page.locator('[data-testid=dashboard-panel] .dashboard-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await screenshot(page, 'd02-dashboard-lower');
    await page.locator('[data-testid=dashboard-panel] .dashboard-body').evaluate((el) => el.scrollTo(0, 0));
  });

  it('filters the pins to a category when its bar is clicked', async () => {
    const before = await shownCount();
    const received = await kpi('received');
    await page.locator('[data-testid=chart-category] .recharts-bar-rectangle path').first().click();
    await expect.poll(() => param('cat')).toMatch(/^[a-z_]+$/);
    const category = (await param('cat'))!;
    // The filter panel's own count for that category (faceted: the category facet does not count itself).
    await page.locator('[data-testid=facet-category] summary').click();
    const expected = Number(await page.locator(`[data-testid=category-option-${category}] .count`).textContent());
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(before);
    await expect.poll(shownCount).toBe(expected);
    expect(await page.locator(`[data-testid=category-option-${category}] input`).isChecked()).toBe(true);
    // The dashboard follows: its figures are now that category's.
    await expect.poll(() => kpi('received'), { timeout: 30_000 }).toBeLessThan(received);
    await waitForIdle(page);
    await screenshot(page, 'd03-category-cross-filter');
    // A second click on the same bar lifts the filter.
    await page.locator('[data-testid=chart-category] .recharts-bar-rectangle path').first().click();
    await expect.poll(() => param('cat')).toBeNull();
    await expect.poll(shownCount).toBe(before);
  });

  it('filters by source when a slice of the source chart is clicked', async () => {
    const before = await shownCount();
    await page.locator('[data-testid=dashboard-panel][aria-busy=false]').waitFor();
    const sector = page.locator('[data-testid=chart-source] .recharts-pie-sector path').first();
    await sector.scrollIntoViewIfNeeded();
    // A real click on the slice: the first point of its box that the slice itself is drawn at (a ring's box
    // centre may be in the hole).
    const at = await sector.evaluate((path) => {
      const r = path.getBoundingClientRect();
      for (let fy = 0.1; fy < 1; fy += 0.1)
        for (let fx = 0.1; fx < 1; fx += 0.1) {
          const x = r.left + r.width * fx;
          const y = r.top + r.height * fy;
          if (document.elementFromPoint(x, y) === path) return { x, y };
        }
      return null;
    });
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(() => param('src')).toMatch(/^[a-z_]+$/);
    const source = (await param('src'))!;
    await page.locator('[data-testid=facet-source] summary').click();
    await expect.poll(shownCount).toBe(Number(await page.locator(`[data-testid=source-option-${source}] .count`).textContent()));
    await page.locator('[data-testid=filter-reset]').click();
    await expect.poll(() => param('src')).toBeNull();
    await expect.poll(shownCount).toBe(before);
  });

  it('filters by department when a row of the league table is clicked', async () => {
    // The figures for the whole district are back after the category was lifted (rows reorder when they arrive).
    await page.locator('[data-testid=dashboard-panel][aria-busy=false]').waitFor();
    const id = await page.locator('[data-testid=department-row]').first().getAttribute('data-id');
    const row = page.locator(`[data-testid=department-row][data-id="${id}"]`);
    await row.locator('th').click();
    await expect.poll(() => param('dept')).toBe(id);
    expect(await page.locator('[data-testid=department-row][aria-selected=true]').count()).toBe(1);
    await expect.poll(shownCount).toBe(Number(await page.locator(`[data-testid=department-option-${id}] .count`).textContent()));
    // Again, from the keyboard: the row lifts its filter.
    await row.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => param('dept')).toBeNull();
  });

  it('exports a chart as CSV with a byte order mark, and as PNG', async () => {
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=chart-category] [data-testid=export-csv]').click()]);
    expect(csv.suggestedFilename()).toMatch(/^事件类别_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('类别,受理,办结,未办结');
    expect(lines.length).toBeGreaterThan(2);
    const total = lines.slice(1).reduce((n, l) => n + Number(l.split(',')[1]), 0);
    expect(total).toBe(await kpi('received'));

    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=chart-trend] [data-testid=export-png]').click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    await png.saveAs(join(ARTIFACTS, 'd-export-trend.png'));
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it('follows the selected grid, and speaks English on request', async () => {
    await page.locator('[data-testid=dashboard-panel][aria-busy=false]').waitFor();
    const district = await kpi('received');
    await openGrid(page, '01-02');
    await expect.poll(() => page.locator('[data-testid=dashboard-scope]').textContent()).toContain('01-02');
    await expect.poll(() => kpi('received'), { timeout: 30_000 }).toBeLessThan(district);
    expect(await kpi('received')).toBeGreaterThan(0);
    await page.locator('[data-testid=dashboard-panel][aria-busy=false]').waitFor();
    await screenshot(page, 'd06-grid-scope');
    await page.locator('[data-testid=language-switch]').click();
    await expect.poll(() => page.locator('[data-testid=dashboard-panel] h2').first().textContent()).toBe('Statistics');
    expect(await page.locator('[data-testid=kpi-received] .kpi-label').textContent()).toBe('Received');
    await screenshot(page, 'd07-english');
    await page.locator('[data-testid=language-switch]').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid=dashboard-scope]').textContent()).toContain('全街道');
  });

  it('colours the grids by open incidents with a classed legend', async () => {
    await page.locator('[data-testid=stats-toggle]').click();
    await page.locator('[data-testid=dashboard-panel]').waitFor({ state: 'detached' });
    await page.evaluate(() => window.__gridgovMap!.jumpTo({ zoom: 13.5 }));
    await page.locator('[data-testid=choropleth-open]').click();
    await expect.poll(async () => Number(await page.locator('[data-testid=choropleth-legend]').getAttribute('data-classes')), { timeout: 30_000 }).toBeGreaterThan(1);
    await waitForIdle(page);
    const coloured = await page.evaluate(() => {
      const map = window.__gridgovMap!;
      return map
        .queryRenderedFeatures({ layers: ['grid-choropleth'] })
        .filter((f) => typeof map.getFeatureState({ source: 'grids', id: f.id! }).choropleth === 'number').length;
    });
    expect(coloured).toBeGreaterThan(0);
    await screenshot(page, 'd04-choropleth-open');
    await page.locator('[data-testid=choropleth-rate]').click();
    await expect.poll(() => page.locator('[data-testid=choropleth-legend] h2').textContent()).toContain('办结率');
    await waitForIdle(page);
    await screenshot(page, 'd05-choropleth-rate');
    await page.locator('[data-testid=choropleth-none]').click();
    await expect.poll(() => page.evaluate(() => !!window.__gridgovMap!.getLayer('grid-choropleth'))).toBe(false);
  });

  it('raised no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
