// Finding incidents in a real browser against the production build: a category narrows the pins, the faceted
// counts and the URL; a reload restores it; the list opens an incident and follows a pin clicked on the map;
// the heatmap really draws; the page works at phone size. Screenshots go to tests/e2e/artifacts/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp, screenshot, type App } from './helpers/app';
import { launchProfile } from './helpers/browser';
import { waitForIdle } from './helpers/map-page';
import { PNG } from 'pngjs';

let app: App;
let page: Page;
const pageErrors: string[] = [];

const shownCount = async (p: Page) => Number(((await p.locator('[data-testid=pins-shown]').textContent()) ?? '').match(/[\d,]+/)![0].replace(/,/g, ''));
/** Sum of the status counts: with status ticked or not. */
const statusCounts = () =>
  page.locator('[data-testid=status-filter] label').evaluateAll((ls) =>
    ls.reduce(
      (sum, l) => {
        const n = Number(l.querySelector('.count')!.textContent);
        return { all: sum.all + n, ticked: sum.ticked + (l.querySelector('input')!.checked ? n : 0) };
      },
      { all: 0, ticked: 0 },
    ),
  );

/** Incidents drawn in the viewport: single pins plus the members of every cluster. */
const drawnIncidents = () =>
  page.evaluate(() => {
    const deck = window.__gridgovDeck!;
    const canvas = window.__gridgovMap!.getCanvas();
    const box = { x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight, maxObjects: 100000 };
    const pins = deck.pickObjects({ ...box, layerIds: ['incident-pins'] }).length;
    const clustered = deck
      .pickObjects({ ...box, layerIds: ['incident-clusters'] })
      .reduce((n, info) => n + (info.object as { count: number }).count, 0);
    return pins + clustered;
  });

async function ready(p: Page) {
  await p.waitForSelector('[data-testid=loading-indicator]', { state: 'detached', timeout: 90_000 });
  await p.locator('[data-testid=status-option-pending]').waitFor({ state: 'attached', timeout: 30_000 });
  await p.waitForFunction(() => /^\D*[1-9]/.test(document.querySelector('[data-testid=pins-shown]')?.textContent ?? ''), null, {
    timeout: 20_000,
  });
}

beforeAll(async () => {
  app = await openApp(pageErrors);
  page = app.page;
  await ready(page);
});

afterAll(() => closeApp(app));

describe('finding incidents in headless Chromium', () => {
  let category = '';
  let categoryCount = 0;

  it('draws clusters with counts at the district zoom', async () => {
    await expect.poll(drawnIncidents, { timeout: 20_000 }).toBeGreaterThan(0);
    await waitForIdle(page);
    const clusters = await page.evaluate(() => {
      const canvas = window.__gridgovMap!.getCanvas();
      return window.__gridgovDeck!.pickObjects({ x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight, layerIds: ['incident-clusters'] }).length;
    });
    expect(clusters).toBeGreaterThan(0);
    await screenshot(page, 'f01-clusters');
  });

  it('narrows pins, counts and the URL when a category is chosen', async () => {
    const before = await shownCount(page);
    const drawnBefore = await drawnIncidents();
    const statusBefore = await statusCounts();
    expect(statusBefore.ticked).toBe(before);
    await page.locator('[data-testid=facet-category] summary').click();
    const options = page.locator('[data-testid=facet-category] label');
    // The busiest category that is still only part of what is shown.
    const counts = await options.evaluateAll((ls) =>
      ls.map((l) => ({ code: l.getAttribute('data-testid')!.replace('category-option-', ''), n: Number(l.querySelector('.count')!.textContent) })),
    );
    const pick = counts.filter((c) => c.n > 0).sort((a, b) => b.n - a.n)[0]!;
    category = pick.code;
    categoryCount = pick.n;
    expect(categoryCount).toBeLessThan(before);

    await page.locator(`[data-testid=category-option-${category}] input`).check();
    await expect.poll(() => shownCount(page)).toBe(categoryCount);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('cat'))).toBe(category);
    // Faceted: the status counts now count only this category; the category's own counts did not move.
    const statusAfter = await statusCounts();
    expect(statusAfter.ticked).toBe(categoryCount);
    expect(statusAfter.all).toBeLessThan(statusBefore.all);
    expect(Number(await page.locator(`[data-testid=category-option-${category}] .count`).textContent())).toBe(categoryCount);
    await waitForIdle(page);
    await expect.poll(drawnIncidents).toBeLessThan(drawnBefore);
    await screenshot(page, 'f02-category');
  });

  it('restores the filters after a reload', async () => {
    await page.locator('[data-testid=filter-overdue] input').check();
    await expect.poll(() => page.evaluate(() => location.search)).toContain('overdue=1');
    const overdueShown = await shownCount(page);
    expect(overdueShown).toBe(Number(await page.locator('[data-testid=overdue-count]').getAttribute('data-count')));
    await new Promise((r) => setTimeout(r, 300));
    await page.reload();
    await ready(page);
    expect(await page.locator(`[data-testid=category-option-${category}] input`).isChecked()).toBe(true);
    expect(await page.locator('[data-testid=filter-overdue] input').isChecked()).toBe(true);
    expect(await shownCount(page)).toBe(overdueShown);
    await page.locator('[data-testid=filter-overdue] input').uncheck();
    await expect.poll(() => shownCount(page)).toBe(categoryCount);
  });

  it('refuses an end date before the start date with a readable message', async () => {
    await page.locator('[data-testid=filter-dates] input').nth(0).fill('2026-06-01');
    await page.locator('[data-testid=filter-dates] input').nth(1).fill('2026-05-01');
    expect(await page.locator('[data-testid=date-error]').textContent()).toContain('结束日期早于开始日期');
    expect(await shownCount(page)).toBe(categoryCount);
    await page.locator('[data-testid=filter-dates] input').nth(1).fill('');
    await page.locator('[data-testid=filter-dates] input').nth(0).fill('');
  });

  it('opens an incident from a list row, and highlights the row of a pin clicked on the map', async () => {
    await page.locator('[data-testid=list-toggle]').click();
    const rows = page.locator('[data-testid=incident-row]');
    await rows.first().waitFor();
    expect(await page.locator('[data-testid=list-count]').textContent()).toContain(String(categoryCount));
    const id = await rows.first().getAttribute('data-id');
    await rows.first().click();
    await page.locator('[data-testid=incident-card]').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('[data-testid=incident-row][aria-current=true]').getAttribute('data-id')).toBe(id);
    // The map flew to the pin: it is drawn at street zoom under the map's centre.
    await page.waitForFunction(() => !window.__gridgovMap!.isMoving(), null, { timeout: 10_000 });
    await waitForIdle(page);
    expect(await page.evaluate(() => window.__gridgovMap!.getZoom())).toBeGreaterThanOrEqual(15.9);
    await screenshot(page, 'f03-list-row-opened');

    // Another pin on screen, clicked on the map: its row becomes the highlighted one (with every incident listed).
    await page.locator('[data-testid=incident-status]').waitFor();
    await page.locator('[data-testid=filter-reset]').click();
    await page.locator('[data-testid=status-filter]').getByRole('button', { name: '全选' }).click();
    await waitForIdle(page);
    const other = await page.evaluate((openId) => {
      const map = window.__gridgovMap!;
      const canvas = map.getCanvas();
      const box = map.getContainer().getBoundingClientRect();
      const hits = window.__gridgovDeck!.pickObjects({ x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight, layerIds: ['incident-pins'] });
      // Away from the panels laid over the map's left and right edges.
      const pins = hits
        .map((h) => h.object as { id: number; lon: number; lat: number })
        .filter((p) => String(p.id) !== openId)
        .map((p) => ({ id: p.id, at: map.project([p.lon, p.lat]) }))
        .filter((p) => p.at.x > 660 && p.at.x < canvas.clientWidth - 380 && p.at.y > 60 && p.at.y < canvas.clientHeight - 120)
        // Nothing drawn over it (a label plate) would take the click instead.
        .filter((p) => {
          const top = window.__gridgovDeck!.pickObject({ x: p.at.x, y: p.at.y, radius: 0 });
          return top?.layer?.id === 'incident-pins' && (top.object as { id: number }).id === p.id;
        });
      const p = pins[0];
      return p ? { id: p.id, x: p.at.x + box.left, y: p.at.y + box.top } : null;
    }, id);
    expect(other).not.toBeNull();
    await page.mouse.click(other!.x, other!.y);
    await expect.poll(() => page.locator('[data-testid=incident-row][aria-current=true]').getAttribute('data-id')).toBe(String(other!.id));
    await screenshot(page, 'f04-pin-highlights-row');
  });

  it('sorts the list by due time', async () => {
    await page.locator('[data-testid=sort-due]').click();
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('sort'))).toBe('due');
  });

  it('draws a heatmap when switched on', async () => {
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.__gridgovMap!.jumpTo({ zoom: 13 }));
    await waitForIdle(page);
    // deck.gl's default heat ramp runs from pale yellow to dark red; the grids are blue-grey, green and pink.
    const hot = (png: Buffer) => {
      const img = PNG.sync.read(png);
      let n = 0;
      for (let i = 0; i < img.data.length; i += 4) {
        const [r, g, b] = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
        if (r > 200 && b < 150 && r - b > 90 && g > 20) n++;
      }
      return n / (img.width * img.height);
    };
    const before = hot(await page.locator('[data-testid=map]').screenshot());
    await page.locator('[data-testid=heat-toggle]').click();
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('heat'))).toBe('1');
    await waitForIdle(page);
    await expect.poll(async () => hot(await page.locator('[data-testid=map]').screenshot()), { timeout: 15_000 }).toBeGreaterThan(before + 0.01);
    await screenshot(page, 'f05-heatmap');
    await page.locator('[data-testid=heat-toggle]').click();
  });

  it('works at phone size: folded filter, list as a bottom sheet', async () => {
    const phone = await launchProfile({ width: 390, height: 844 });
    const p = await phone.newPage();
    p.on('pageerror', (e) => pageErrors.push(e.message));
    await p.goto(`${app.server.url}?cat=${category}`);
    await ready(p);
    expect(await shownCount(p)).toBe(categoryCount);
    expect(await p.locator('.filter-body').isVisible()).toBe(false);
    await screenshot(p, 'f06-phone');
    await p.locator('.filter-toggle').click();
    expect(await p.locator('[data-testid=filter-search]').isVisible()).toBe(true);
    await screenshot(p, 'f07-phone-filters');
    await p.locator('.filter-toggle').click();
    await p.locator('[data-testid=list-toggle]').click();
    await p.locator('[data-testid=incident-row]').first().waitFor();
    const sheet = await p.locator('[data-testid=incident-list]').boundingBox();
    expect(sheet!.width).toBeLessThanOrEqual(390);
    expect(sheet!.y).toBeGreaterThan(300);
    await screenshot(p, 'f08-phone-list');
    await phone.close();
  });

  it('raised no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
