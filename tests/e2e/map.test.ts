// The three things the product is for, in a real browser against the production build: look at the grid map,
// click a polygon to see its households, filter incidents by status. Screenshots go to tests/e2e/artifacts/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp, screenshot, type App } from './helpers/app';
import { FILL_LAYERS, openGrid, waitForIdle } from './helpers/map-page';
import { pixelStats } from './helpers/pixels';

let app: App;
let page: Page;
const pageErrors: string[] = [];

const shot = (name: string) => screenshot(page, name);

/** Incidents deck.gl actually rendered in the viewport: single pins plus the members of each cluster. */
const renderedPins = () =>
  page.evaluate(() => {
    const deck = window.__gridgovDeck!;
    const canvas = window.__gridgovMap!.getCanvas();
    const box = { x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight, maxObjects: 100000 };
    const pins = deck.pickObjects({ ...box, layerIds: ['incident-pins'] }).length;
    const clusters = deck.pickObjects({ ...box, layerIds: ['incident-clusters'] });
    return clusters.reduce((n, info) => n + (info.object as { count: number }).count, pins);
  });

const renderedGrids = () =>
  page.evaluate((layers) => {
    const map = window.__gridgovMap;
    if (!map) return 0;
    return map.queryRenderedFeatures({ layers: layers.filter((l) => map.getLayer(l)) }).length;
  }, FILL_LAYERS);

beforeAll(async () => {
  app = await openApp(pageErrors);
  page = app.page;
});

afterAll(() => closeApp(app));

describe('map page in headless Chromium', () => {
  it('draws the grid boundaries while the database is still starting, with a progress indicator', async () => {
    await page.waitForFunction((layers) => {
      const map = window.__gridgovMap;
      return !!map && map.queryRenderedFeatures({ layers: layers.filter((l) => map.getLayer(l)) }).length > 0;
    }, FILL_LAYERS, { timeout: 30_000 });
    expect(await page.locator('[data-testid=loading-indicator]').count()).toBe(1);
    expect(await renderedGrids()).toBeGreaterThanOrEqual(4);
    await shot('01-first-paint');
  });

  it('renders grids that cover most of the map in their colours (pixels, not only DOM)', async () => {
    await page.waitForSelector('[data-testid=loading-indicator]', { state: 'detached', timeout: 90_000 });
    await page.locator('[data-testid=status-option-pending]').waitFor();
    await waitForIdle(page);
    const png = await page.locator('[data-testid=map]').screenshot();
    const stats = pixelStats(png, [0xe9, 0xed, 0xf1]);
    expect(stats.nonBackground).toBeGreaterThan(0.4);
    expect(stats.near([0x1f, 0x3a, 0x5f], 30)).toBeGreaterThan(0.001);
    await shot('02-ready');
  });

  it('changes the pins drawn and the URL when the status filter changes', async () => {
    // Pins arrive from the database a moment after the filter shows its counts.
    await expect.poll(renderedPins, { timeout: 20_000 }).toBeGreaterThan(0);
    await waitForIdle(page);
    const openOnly = await renderedPins();
    const closedCount = Number(await page.locator('[data-testid=status-option-closed] .count').textContent());
    expect(closedCount).toBeGreaterThan(0);

    await page.locator('[data-testid=status-option-closed] input').check();
    await expect.poll(renderedPins, { timeout: 10_000 }).toBeGreaterThan(openOnly);
    await expect.poll(() => page.evaluate(() => location.search)).toContain('closed');
    await shot('03-filter-with-closed');

    await page.getByRole('button', { name: '清空' }).click();
    await expect.poll(renderedPins, { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('status'))).toBe('');
    expect(await page.locator('[data-testid=pins-shown]').textContent()).toContain('显示 0 /');
  });

  it('opens a grid\'s facts and households when its polygon is clicked', async () => {
    await openGrid(page, '01-02');
    // Facts and register load separately; wait for the count rather than read a placeholder.
    await expect.poll(() => page.locator('[data-testid=summary-households]').getAttribute('data-value'), { timeout: 20_000 }).toMatch(/^\d+$/);
    const summary = Number(await page.locator('[data-testid=summary-households]').getAttribute('data-value'));
    expect(summary).toBeGreaterThan(500);
    expect(Number(await page.locator('[data-testid=household-count]').getAttribute('data-count'))).toBe(summary);
    expect(await page.locator('[data-testid=household-row]').first().textContent()).toMatch(/1[3-9]\d\*{4}\d{4}|户|人/);
    await expect.poll(() => page.evaluate(() => location.search)).toContain('grid=01-02');
    await shot('04-grid-households');
  });

  it('filters the register by tag', async () => {
    const all = Number(await page.locator('[data-testid=household-count]').getAttribute('data-count'));
    await page.locator('[data-testid=tag-chip-elderly_alone]').click();
    const elderly = Number(await page.locator('[data-testid=household-count]').getAttribute('data-count'));
    expect(elderly).toBeGreaterThan(0);
    expect(elderly).toBeLessThan(all);
    expect(await page.locator('[data-testid=household-row]').first().textContent()).toContain('孤寡/独居老人');
  });

  it('shows a household\'s full phone number only when asked (the database logs the look)', async () => {
    // Pinned by id: once revealed, the row no longer matches "has a reveal button".
    const id = await page.locator('[data-testid=household-row]').filter({ has: page.locator('[data-testid=phone-reveal]') }).first().getAttribute('data-id');
    const row = page.locator(`[data-testid=household-row][data-id="${id}"]`);
    const masked = (await row.locator('.phone').textContent())!.match(/1[3-9]\d\*{4}\d{4}/)![0];
    await row.locator('[data-testid=phone-reveal]').click();
    const full = (await row.locator('[data-testid=phone-revealed]').textContent({ timeout: 20_000 }))!;
    expect(full).toMatch(/^1[3-9]\d{9}$/);
    expect(`${full.slice(0, 3)}****${full.slice(7)}`).toBe(masked);
  });

  it('shows an anonymous visitor the grid but none of its households', async () => {
    await page.locator('[data-testid=signin-picker]').selectOption('');
    await page.locator('[data-testid=households-hidden]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid=households-hidden]').textContent()).toContain('登录后可查看民情信息');
    expect(await page.locator('[data-testid=household-row]').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid=summary-households]').getAttribute('data-value'), { timeout: 20_000 }).toBe('0');
    await shot('05-anonymous');
  });

  it('switches the interface to English', async () => {
    await page.locator('[data-testid=language-switch]').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Grid Governance Map');
    expect(await page.locator('[data-testid=households-hidden]').textContent()).toContain('Sign in to see households');
    await page.locator('[data-testid=language-switch]').click();
  });

  it('restores grid, filter and sign-in after a reload, from the database kept in IndexedDB', async () => {
    await page.locator('[data-testid=signin-picker]').selectOption({ index: 1 });
    await page.locator('[data-testid=household-row]').first().waitFor({ timeout: 20_000 });
    await new Promise((r) => setTimeout(r, 400));
    await page.reload();
    await page.waitForSelector('[data-testid=loading-indicator]', { state: 'detached', timeout: 90_000 });
    await expect.poll(() => page.locator('[data-testid=grid-title]').textContent(), { timeout: 20_000 }).toContain('01-02');
    await page.locator('[data-testid=household-row]').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid=status-option-pending] input').isChecked()).toBe(false);
    // Pins loaded (total above zero) and none drawn: the empty filter came back from the URL.
    await expect.poll(() => page.locator('[data-testid=pins-shown]').textContent(), { timeout: 20_000 }).toMatch(/显示 0 \/ [1-9]/);
    await waitForIdle(page);
    expect(await renderedPins()).toBe(0);
    await shot('06-after-reload');
  });

  it('shows an anonymous visitor disputes and public-order incidents only as counted areas, never as pins', async () => {
    await page.locator('[data-testid=signin-picker]').selectOption('');
    await page.locator('[data-testid=status-filter]').getByRole('button', { name: '全选' }).click();
    await page.evaluate(() => window.__gridgovMap!.jumpTo({ center: [112.555, 37.8], zoom: 14 }));
    const areas = () =>
      page.evaluate(() => {
        const canvas = window.__gridgovMap!.getCanvas();
        const box = { x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight, maxObjects: 10000 };
        return window.__gridgovDeck!
          .pickObjects({ ...box, layerIds: ['incident-sensitive-areas'] })
          .map((i) => i.object as { lon: number; lat: number; parts: { category: string }[] });
      });
    await expect.poll(async () => (await areas()).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await waitForIdle(page);
    const drawn = await areas();
    expect(new Set(drawn.flatMap((a) => a.parts.map((p) => p.category)))).toEqual(new Set(['dispute', 'public_order']));
    // Each at a cell centre (an odd multiple of 0.0025°), not at an incident's own point.
    for (const a of drawn) for (const v of [a.lon, a.lat]) expect(Math.round(v / 0.0025) % 2).toBe(1);
    const sensitivePins = await page.evaluate(() => {
      const canvas = window.__gridgovMap!.getCanvas();
      const box = { x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight, maxObjects: 100000 };
      return window.__gridgovDeck!.pickObjects({ ...box, layerIds: ['incident-pins'] })
        .filter((i) => ['dispute', 'public_order'].includes((i.object as { category: string }).category)).length;
    });
    expect(sensitivePins).toBe(0);
    // They follow the category filter: with 矛盾纠纷 alone, no public-order area is left (and no other pin).
    await page.locator('[data-testid=facet-category] summary').click();
    await page.locator('[data-testid=category-option-dispute] input').check();
    await expect
      .poll(async () => (await areas()).every((a) => a.parts.every((p) => p.category === 'dispute')), { timeout: 10_000 })
      .toBe(true);
    await expect.poll(renderedPins).toBe(0);
    // Brought to the middle of the map, clear of the panels laid over its left and right edges.
    const at = await page.evaluate(async (a) => {
      const map = window.__gridgovMap!;
      map.jumpTo({ center: [a.lon, a.lat] });
      await new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
      const p = map.project([a.lon, a.lat]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, (await areas())[0]!);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('.pin-tooltip').textContent(), { timeout: 10_000 }).toMatch(/^矛盾纠纷 \d+ 件[\s\S]*只公开大致范围/);
    await shot('07-anonymous-sensitive-areas');
  });

  it('is served with a Content-Security-Policy that allows only the app itself', async () => {
    const policy = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it('raised no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
