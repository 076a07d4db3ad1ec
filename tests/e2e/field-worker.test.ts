// The grid worker's phone (390×844) in a real browser against the production build, signed in as the demo 网格员:
// the home page with due visits (overdue first), a visit whose finding becomes an incident, the same visit sent
// twice and counted once, a visit recorded with the browser offline that is still there after going back online
// and reloading, and a household of another grid refused. Screenshots go to tests/e2e/artifacts/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoUsers from '../../src/data/demo-users.json';
import { closeApp, openApp, screenshot, type App } from './helpers/app';
import { waitForLocalCopy } from './helpers/local-copy';

const WORKER = demoUsers.find((u) => u.role === 'grid_worker')!;

let app: App;
let page: Page;
const errors: string[] = [];
const shot = (name: string) => screenshot(page, `field-${name}`);
const sheet = () => page.locator('[data-testid=household-sheet]');

async function openField(query = '') {
  await page.goto(`${app.server.url}field${query}`);
  await page.locator('[data-testid=field-page]').waitFor();
}

async function recordVisit(findings: string, category: string | null) {
  await sheet().locator('[data-testid=visit-findings]').fill(findings);
  if (category) {
    await sheet().locator('[data-testid=visit-to-incident]').check();
    await sheet().locator('[data-testid=visit-category]').selectOption(category);
  }
  await sheet().locator('[data-testid=visit-submit]').click();
}

describe('grid worker home (网格员工作台)', () => {
  beforeAll(async () => {
    app = await openApp(errors, { width: 390, height: 844 });
    page = app.page;
    // The picker is enabled once the embedded database answers (slow on a busy machine).
    await page.locator('[data-testid=signin-picker]:not([disabled])').waitFor({ timeout: 150_000 });
    await page.locator('[data-testid=signin-picker]').selectOption(WORKER.id);
    await openField();
  }, 240_000);

  afterAll(() => closeApp(app));

  it('shows my grids, my due visits with the overdue ones first, my incidents and my courtyards', async () => {
    await page.locator('[data-testid=due-row]').first().waitFor({ timeout: 60_000 });
    const grids = page.locator('[data-testid=field-grid]');
    // The due list and the home (grids, incidents, courtyards) are read apart and arrive in either order.
    await grids.first().waitFor({ timeout: 30_000 });
    expect(await grids.first().textContent()).toContain(WORKER.grid_code);
    const overdue = await page.locator('[data-testid=due-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-overdue')));
    expect(overdue).toContain('true');
    // Overdue first: no overdue row after a row that is merely due.
    expect(overdue.slice(overdue.indexOf('false') < 0 ? overdue.length : overdue.indexOf('false'))).not.toContain('true');
    await page.locator('[data-testid=field-courtyards]').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shot('01-home');
  });

  it('records a visit and turns its finding into an incident, once however often it is sent', async () => {
    const row = page.locator('[data-testid=due-row]').first();
    const householdId = await row.getAttribute('data-id');
    await row.click();
    await sheet().locator('[data-testid=visit-form]').waitFor();
    await recordVisit('楼道堆放纸箱和旧家具，堵塞通道', 'sanitation');
    const saved = sheet().locator('[data-testid=visit-saved]');
    await saved.waitFor({ timeout: 30_000 });
    const incident = await saved.getAttribute('data-incident');
    expect(Number(incident)).toBeGreaterThan(0);
    expect(await saved.textContent()).toContain(`已生成事件 #${incident}`);
    await shot('02-visit-incident');

    // A second tap on save: the same client id, the same visit and incident, nothing counted twice.
    await sheet().locator('[data-testid=visit-submit]').click();
    await expect.poll(() => saved.textContent()).toContain('没有重复计数');
    expect(await saved.getAttribute('data-incident')).toBe(incident);

    await sheet().locator('[data-testid=sheet-tab-view]').click();
    const visits = sheet().locator('[data-testid=record-visits]');
    await visits.waitFor();
    const newest = sheet().locator('[data-testid=record-visit]').first();
    expect(await newest.textContent()).toContain('楼道堆放纸箱和旧家具');
    expect(await newest.textContent()).toContain(`#${incident}`);
    expect(await sheet().locator('[data-testid=record-visit]', { hasText: '楼道堆放纸箱和旧家具' }).count()).toBe(1);
    await shot('03-record');

    await sheet().locator('[data-testid=sheet-close]').click();
    // The incident is among my open incidents, and the household has left the overdue part of the list.
    await page.locator(`[data-testid=field-incident][data-id="${incident}"]`).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator(`[data-testid=due-row][data-id="${householdId}"][data-overdue=true]`).count()).toBe(0);
  });

  it('keeps a visit recorded offline after going back online and reloading', async () => {
    await waitForLocalCopy(page);
    const row = page.locator('[data-testid=due-row]').first();
    const householdId = await row.getAttribute('data-id');
    await app.context.setOffline(true);
    await expect.poll(() => page.locator('[data-testid=field-net]').textContent()).toBe('离线');
    await row.click();
    await sheet().locator('[data-testid=visit-form]').waitFor();
    await recordVisit('离线走访：老人身体状况良好，需要代购药品', null);
    await sheet().locator('[data-testid=visit-saved]').waitFor({ timeout: 30_000 });
    await shot('04-offline-visit');
    // Give the embedded database a moment to write the change through to IndexedDB.
    await new Promise((r) => setTimeout(r, 1500));
    await app.context.setOffline(false);
    await page.reload();
    await page.locator('[data-testid=field-page]').waitFor();
    await openField(`?household=${householdId}`);
    await sheet().locator('[data-testid=sheet-tab-view]').click();
    const kept = sheet().locator('[data-testid=record-visit]', { hasText: '离线走访：老人身体状况良好' });
    await kept.waitFor({ timeout: 90_000 });
    expect(await kept.count()).toBe(1);
    await shot('05-after-reload');
  });

  it('refuses a household outside my grids, with the reason', async () => {
    // The first household of another community: never in a grid worker's subtree of 02-03.
    await openField('?household=1');
    await sheet().locator('[data-testid=sheet-tab-visit]').click();
    await recordVisit('不应保存', null);
    const refusal = sheet().locator('[data-testid=visit-error]');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toContain('不在您负责的网格内');
    expect(await page.locator('[data-testid=outbox-refused]').count()).toBe(0);
    await shot('06-out-of-scope');
    expect(errors).toEqual([]);
  });
});
