// The wall screen (/screen) in a real browser: at 1920×1080, 4K (3840×2160), 32:9 (5120×1440) and a laptop it
// fills the display without scrollbars, its panels do not overlap and stay on screen, its text is legible from
// across a room (body ≥ 20 px and headline figures ≥ 48 px on the 1920×1080 design canvas), and its charts and
// choropleth hold the district's figures. Screenshots go to tests/e2e/artifacts/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp, screenshot, type App } from './helpers/app';
import { waitForIdle } from './helpers/map-page';

let app: App;
let page: Page;
const pageErrors: string[] = [];

const PANELS = ['head', 'left', 'map', 'right', 'ticker'];
const SIZES = [
  { width: 1920, height: 1080, name: 's01-1920x1080' },
  { width: 3840, height: 2160, name: 's02-3840x2160' },
  { width: 5120, height: 1440, name: 's03-5120x1440' },
  { width: 1366, height: 768, name: 's04-1366x768' },
];

beforeAll(async () => {
  app = await openApp(pageErrors);
  page = app.page;
  await page.waitForSelector('[data-testid=loading-indicator]', { state: 'detached', timeout: 90_000 });
  // A wall screen runs as whoever signed in on that browser: the sub-district admin, set on the map page.
  await page.locator('[data-testid=signin-picker]').selectOption({ index: 1 });
  await page.waitForFunction(() => document.querySelector('[data-testid=current-role]')?.textContent === '街道管理员', null, { timeout: 20_000 });
  await page.goto(`${app.server.url}screen`);
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=kpi-received]')?.getAttribute('data-value')) > 0, null, { timeout: 90_000 });
}, 300_000);

afterAll(() => closeApp(app));

/** Layout facts measured in the page: scrolling, panel boxes, the smallest text. */
const measure = () =>
  page.evaluate((panels) => {
    const doc = document.documentElement;
    const boxes = panels.map((p) => {
      const r = document.querySelector(`[data-testid=screen-panel-${p}]`)!.getBoundingClientRect();
      return { p, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    const scale = Number(document.querySelector('[data-testid=screen]')!.getAttribute('data-scale'));
    // Every element that shows text of its own, with its size on the design canvas.
    const sizes: { text: string; px: number; kpi: boolean }[] = [];
    for (const el of document.querySelectorAll('.screen-canvas *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own || el.closest('.maplibregl-control-container')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      sizes.push({ text: el.textContent!.trim().slice(0, 20), px: parseFloat(getComputedStyle(el).fontSize), kpi: el.classList.contains('kpi-value') });
    }
    return {
      scroll: { w: doc.scrollWidth, h: doc.scrollHeight, bw: document.body.scrollWidth, bh: document.body.scrollHeight },
      viewport: { w: window.innerWidth, h: window.innerHeight },
      boxes,
      scale,
      sizes,
    };
  }, PANELS);

/** Waits until the map has drawn grids coloured by the choropleth and the ticker has its incidents. */
async function choroplethDrawn() {
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=screen-ticker]')?.getAttribute('data-count')) > 0, null, { timeout: 60_000 });
  await page.waitForFunction(
    () => {
      const map = window.__gridgovMap;
      if (!map?.getLayer('grid-choropleth')) return false;
      return map
        .queryRenderedFeatures({ layers: ['grid-choropleth'] })
        .some((f) => typeof map.getFeatureState({ source: 'grids', id: f.id! }).choropleth === 'number');
    },
    null,
    { timeout: 60_000 },
  );
  await waitForIdle(page);
}

describe('wall screen in headless Chromium', () => {
  for (const size of SIZES) {
    it(`fits ${size.width}×${size.height}: no scrollbars, no overlapping panels, legible text`, async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.waitForFunction(
        (w) => Number(document.querySelector('[data-testid=screen]')?.getAttribute('data-scale')) === Math.min(w.width / 1920, w.height / 1080),
        size,
      );
      // Charts re-measure their boxes after a resize.
      await new Promise((r) => setTimeout(r, 800));
      const m = await measure();
      expect(m.scroll.w).toBeLessThanOrEqual(m.viewport.w);
      expect(m.scroll.h).toBeLessThanOrEqual(m.viewport.h);
      expect(m.scroll.bw).toBeLessThanOrEqual(m.viewport.w);
      expect(m.scroll.bh).toBeLessThanOrEqual(m.viewport.h);
      for (const b of m.boxes) {
        expect(b.left, b.p).toBeGreaterThanOrEqual(-0.5);
        expect(b.top, b.p).toBeGreaterThanOrEqual(-0.5);
        expect(b.right, b.p).toBeLessThanOrEqual(m.viewport.w + 0.5);
        expect(b.bottom, b.p).toBeLessThanOrEqual(m.viewport.h + 0.5);
      }
      for (let i = 0; i < m.boxes.length; i++)
        for (let j = i + 1; j < m.boxes.length; j++) {
          const a = m.boxes[i]!;
          const b = m.boxes[j]!;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          expect(w > 0.5 && h > 0.5, `${a.p} overlaps ${b.p}`).toBe(false);
        }
      // Computed sizes are the design canvas's; on screen they are multiplied by the scale.
      expect(m.scale).toBeCloseTo(Math.min(size.width / 1920, size.height / 1080), 5);
      const small = m.sizes.filter((s) => s.px < 20);
      expect(small, JSON.stringify(small.slice(0, 5))).toEqual([]);
      const kpis = m.sizes.filter((s) => s.kpi);
      expect(kpis.length).toBeGreaterThanOrEqual(6);
      for (const k of kpis) expect(k.px, k.text).toBeGreaterThanOrEqual(48);
      await choroplethDrawn();
      await screenshot(page, size.name);
    });
  }

  it('draws its charts, ticker and choropleth from the district figures', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const ticks = await page.locator('[data-testid=screen-panel-left] .recharts-cartesian-axis-tick-value').evaluateAll((ts) =>
      ts.map((t) => parseFloat(getComputedStyle(t).fontSize)),
    );
    expect(ticks.length).toBeGreaterThan(0);
    expect(Math.min(...ticks)).toBeGreaterThanOrEqual(20);
    expect(await page.locator('[data-testid=screen-panel-right] .recharts-bar-rectangle path').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=screen-panel-left] .recharts-line-curve').count()).toBe(2);
    expect(Number(await page.locator('[data-testid=screen-ticker]').getAttribute('data-count'))).toBeGreaterThan(0);
    await expect.poll(async () => Number(await page.locator('[data-testid=choropleth-legend]').getAttribute('data-classes')), { timeout: 30_000 }).toBeGreaterThan(1);
    expect(await page.locator('[data-testid=screen-clock]').textContent()).toMatch(/\d{2}:\d{2}:\d{2}/);
    await page.locator('[data-testid=screen-metric-risk]').click();
    await expect.poll(() => page.locator('[data-testid=choropleth-legend] h2').textContent()).toContain('风险');
    await screenshot(page, 's05-risk');
  });

  it('reads in English without overflowing its panels', async () => {
    await page.evaluate(() => localStorage.setItem('gridgov.lang', 'en'));
    await page.reload();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=kpi-received]')?.getAttribute('data-value')) > 0, null, { timeout: 90_000 });
    expect(await page.locator('[data-testid=kpi-received] .kpi-label').textContent()).toBe('Received');
    // Nothing cut off: every KPI figure and panel heading fits its box.
    const clipped = await page.locator('.screen-canvas .kpi-value, .screen-canvas h1, .screen-canvas h3').evaluateAll((els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
    );
    expect(clipped).toEqual([]);
    await choroplethDrawn();
    await screenshot(page, 's07-english');
    await page.evaluate(() => localStorage.setItem('gridgov.lang', 'zh-CN'));
  });

  it('tours from grid to grid with ?tour=1', async () => {
    await page.goto(`${app.server.url}screen?tour=1`);
    await page.locator('[data-testid=screen-caption]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=screen-caption]').textContent()).toMatch(/^\d{2}-\d{2} /);
    await new Promise((r) => setTimeout(r, 3500));
    await screenshot(page, 's06-tour');
  });

  it('raised no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
