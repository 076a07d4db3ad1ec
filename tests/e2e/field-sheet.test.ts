// The printable grid sheet (网格图) in a real browser, signed in as the demo 网格员: code, staff and households per
// tag for their grid, a map that is drawn (not blank), and a print layout that fits one A4 (and one A3) page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/migrations';
import demoUsers from '../../src/data/demo-users.json';
import type { GridCollection } from '../../src/data/types';
import { ARTIFACTS, closeApp, openApp, screenshot, type App } from './helpers/app';
import { pixelStats } from './helpers/pixels';

const WORKER = demoUsers.find((u) => u.role === 'grid_worker')!;
const grids = JSON.parse(readFileSync(join(ROOT, 'public/demo/grids.json'), 'utf8')) as GridCollection;
const GRID = grids.features.find((f) => f.properties.code === WORKER.grid_code)!;

let app: App;
let page: Page;
const errors: string[] = [];

/** Pages in a PDF: one "/Type /Page" object per page (not "/Pages"). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
/** The first page's size in points, rounded. */
const pageSize = (pdf: Buffer) => {
  const m = /MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf.toString('latin1'))!;
  return [Math.round(Number(m[1])), Math.round(Number(m[2]))];
};

async function openSheet(size: 'A4' | 'A3') {
  await page.goto(`${app.server.url}grid-sheet?grid=${GRID.id}&size=${size}`);
  await page.locator('[data-testid=grid-sheet][data-ready=true]').waitFor({ timeout: 90_000 });
}

describe('grid sheet (网格图)', () => {
  beforeAll(async () => {
    app = await openApp(errors, { width: 1000, height: 1300 });
    page = app.page;
    await page.locator('[data-testid=signin-picker]:not([disabled])').waitFor({ timeout: 150_000 });
    await page.locator('[data-testid=signin-picker]').selectOption(WORKER.id);
    await openSheet('A4');
  }, 240_000);

  afterAll(() => closeApp(app));

  it('shows the grid code, its staff and households per tag', async () => {
    expect(await page.locator('[data-testid=sheet-code]').textContent()).toContain(WORKER.grid_code);
    expect(await page.locator('[data-testid=sheet-staff]').textContent()).toContain('刘洋');
    expect(await page.locator('[data-testid=sheet-staff]').textContent()).toMatch(/1\d\d\*\*\*\*\d{4}/);
    expect(await page.locator('[data-testid=sheet-tags] tr').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-testid=sheet-visits]').textContent()).toMatch(/走访超期 \d+ 户/);
    await screenshot(page, 'field-sheet-01-a4');
  });

  it('draws the map: the grid filled, its micro grids outlined and labelled', async () => {
    const map = pixelStats(await page.locator('[data-testid=sheet-map]').screenshot(), [248, 250, 252]);
    expect(map.near([254, 226, 226], 6)).toBeGreaterThan(0.2);
    expect(map.near([71, 85, 105], 30)).toBeGreaterThan(0.002);
    const labels = await page.locator('[data-testid=sheet-map] text').count();
    expect(labels).toBe(grids.features.filter((f) => f.properties.parent_id === GRID.id).length);
  });

  it('prints on one A4 page, and on one A3 page', async () => {
    await page.emulateMedia({ media: 'print' });
    const a4 = await page.pdf({ preferCSSPageSize: true, printBackground: true, path: join(ARTIFACTS, 'field-sheet-a4.pdf') });
    expect(a4.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPages(a4)).toBe(1);
    expect(pageSize(a4)).toEqual([595, 842]);
    await page.emulateMedia({ media: 'screen' });
    await openSheet('A3');
    await screenshot(page, 'field-sheet-02-a3');
    await page.emulateMedia({ media: 'print' });
    const a3 = await page.pdf({ preferCSSPageSize: true, printBackground: true, path: join(ARTIFACTS, 'field-sheet-a3.pdf') });
    expect(pdfPages(a3)).toBe(1);
    // The @page size rules the paper: A3 is 842 × 1191 pt.
    expect(pageSize(a3)).toEqual([842, 1191]);
    expect(errors).toEqual([]);
  });
});
