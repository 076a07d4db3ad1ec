// 导出图片 on the main map, in a real browser: the downloaded PNG is the view on screen — the base map and grids
// MapLibre draws and the incident pins deck.gl draws on its own canvas — compared pixel by pixel with screenshots
// of the map taken with and without the deck.gl canvas.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp, screenshot, type App } from './helpers/app';
import { waitForIdle } from './helpers/map-page';
import { pixelStats } from './helpers/pixels';

let app: App;
let page: Page;
const errors: string[] = [];

/** Share of pixels that differ (any channel by more than 40) between two same-sized images, inside a box. */
function differing(a: Buffer, b: Buffer, box: { x0: number; y0: number; x1: number; y1: number }): number {
  const ia = PNG.sync.read(a);
  const ib = PNG.sync.read(b);
  expect([ia.width, ia.height]).toEqual([ib.width, ib.height]);
  let n = 0;
  let total = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * ia.width + x) * 4;
      total++;
      if ([0, 1, 2].some((c) => Math.abs(ia.data[i + c]! - ib.data[i + c]!) > 40)) n++;
    }
  }
  return n / total;
}

beforeAll(async () => {
  app = await openApp(errors);
  page = app.page;
  await page.waitForSelector('[data-testid=loading-indicator]', { state: 'detached', timeout: 120_000 });
  await page.locator('[data-testid=status-option-pending]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !!window.__gridgovDeck, undefined, { timeout: 60_000 });
}, 240_000);

afterAll(() => closeApp(app));

describe('map view as PNG (main map)', () => {
  it('downloads what is on screen: base map, grids and deck.gl pins', async () => {
    // All statuses: more pins, so the deck.gl part of the image is large enough to tell apart.
    await page.locator('[data-testid=status-option-closed] input').check();
    await waitForIdle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=map-png]').click()]);
    expect(download.suggestedFilename()).toMatch(/^地图-\d{12}\.png$/);
    const exported = readFileSync((await download.path())!);
    expect(exported.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pixelStats(exported, [0xe9, 0xed, 0xf1]).nonBackground).toBeGreaterThan(0.4);

    const withDeck = await page.locator('[data-testid=map]').screenshot();
    await page.evaluate(() => (window.__gridgovDeck!.getCanvas()!.style.visibility = 'hidden'));
    const withoutDeck = await page.locator('[data-testid=map]').screenshot();
    await page.evaluate(() => (window.__gridgovDeck!.getCanvas()!.style.visibility = ''));

    // The middle of the map, clear of the panels, buttons and legends laid over it.
    const { width, height } = PNG.sync.read(exported);
    const box = { x0: 300, y0: 80, x1: width - 70, y1: height - 140 };
    const pins = differing(withDeck, withoutDeck, box);
    expect(pins).toBeGreaterThan(0.002);
    expect(differing(exported, withDeck, box)).toBeLessThan(pins / 4);
    await screenshot(page, 'map-export-png');
    expect(errors).toEqual([]);
  });
});
