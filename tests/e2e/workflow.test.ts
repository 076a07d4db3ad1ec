// One resident request through the whole loop in a real browser: the resident reports a blocked drain with a photo
// by clicking the map and sees it counted under 待受理; the street office accepts it, corrects its category,
// dispatches it and re-routes it to the water company; the company finds it in its queue and resolves it; the
// resident rates the handling, and reopens another report that was marked solved but is not. Every step goes
// through the database's workflow functions; pins and filter counts follow without a reload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, openApp, screenshot, type App } from './helpers/app';
import demoUsers from '../../src/data/demo-users.json';
import { cameraJpeg } from './fixtures/photos';
import { showGrid } from './helpers/map-page';
import { seededIncidents, sensitiveCategories } from './helpers/seed';

const userId = (role: string) => demoUsers.find((u) => u.role === role)!.id;
const RESIDENT = userId('resident');

let app: App;
let page: Page;
const pageErrors: string[] = [];

const shot = (name: string) => screenshot(page, name);
const card = () => page.locator('[data-testid=incident-card]');
const status = () => card().locator('[data-testid=incident-status]').textContent();
/** The timeline once it has n entries (the panel reloads after each step). */
const timelineKinds = async (n: number) => {
  await card().locator(`[data-testid=incident-timeline][data-count="${n}"]`).waitFor({ timeout: 15_000 });
  return timelineKindsNow();
};
const timelineKindsNow = () =>
  card().locator('[data-testid=incident-timeline] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));

async function signInAs(id: string, roleLabel: string) {
  await page.locator('[data-testid=signin-picker]').selectOption(id);
  await page.waitForFunction((label) => document.querySelector('[data-testid=current-role]')?.textContent === label, roleLabel);
}

/** Opens an incident by its link, the way a notification or a shared link would. */
async function openIncident(id: number) {
  await page.goto(`${app.server.url}?incident=${id}`);
  await page.locator('[data-testid=filter-panel]').waitFor({ timeout: 120_000 });
  await card().locator('[data-testid=incident-status]').waitFor({ timeout: 30_000 });
  expect(await card().locator('.incident-no').textContent()).toContain(String(id));
}

async function act(action: string, fill?: (form: ReturnType<Page['locator']>) => Promise<void>) {
  await card().locator(`[data-testid=incident-actions] button[data-action=${action}]`).click();
  const form = card().locator('[data-testid=action-form]');
  await form.waitFor();
  if (fill) await fill(form);
  await form.locator('[data-testid=action-submit]').click();
  await form.waitFor({ state: 'detached', timeout: 15_000 });
}

const shownPins = async () => Number((await page.locator('[data-testid=pins-shown]').getAttribute('data-shown')) ?? NaN);
/** The count beside a status in the filter. */
const statusCount = async (code: string) =>
  Number((await page.locator(`[data-testid=status-option-${code}]`).textContent())?.match(/(\d+)\s*$/)?.[1] ?? NaN);

const seeded = seededIncidents();
const seededWith = (code: string) => seeded.filter((i) => i.status === code).length;
const hidden = sensitiveCategories();
const solvedNotRated = seeded.filter((i) => i.reporterId === RESIDENT && i.status === 'resolved' && i.rating === null);
let reported = 0;

beforeAll(async () => {
  app = await openApp(pageErrors);
  page = app.page;
  await page.locator('[data-testid=filter-panel]').waitFor({ timeout: 120_000 });
});

afterAll(() => closeApp(app));

describe('incident workflow in headless Chromium', () => {
  it('has a solved-but-unrated report of the demo resident to reopen later', () => {
    expect(solvedNotRated.length).toBeGreaterThanOrEqual(1);
  });

  it('lets the resident report a blocked drain with a photo by clicking the map; it is counted under 待受理', async () => {
    await signInAs(RESIDENT, '居民/志愿者');
    // A resident sees the waiting reports of the seed but the sensitive ones (their own excepted).
    const pendingBefore = seeded.filter((i) => i.status === 'pending' && (!hidden.has(i.category) || i.reporterId === RESIDENT)).length;
    await expect.poll(() => statusCount('pending'), { timeout: 15_000 }).toBe(pendingBefore);
    await page.locator('[data-testid=report-button]').click();
    const form = page.locator('[data-testid=report-panel]');
    await form.waitFor();
    const at = await showGrid(page, '01-02', 16.5);
    await page.mouse.click(at.x, at.y);
    await form.locator('[data-testid=report-grid]').waitFor({ timeout: 20_000 });
    await form.locator('[data-testid=report-category]').selectOption('drain_blocked');
    await form.locator('[data-testid=report-title]').fill('单元门口下水道返水');
    await form.locator('[data-testid=report-description]').fill('下雨后单元门口的下水道往外返水，污水漫到楼道口。');
    await form.locator('[data-testid=report-photo-input]').setInputFiles({ name: 'drain.jpg', mimeType: 'image/jpeg', buffer: cameraJpeg(1200, 900) });
    await form.locator('[data-testid=report-thumb]').waitFor({ timeout: 20_000 });
    await form.locator('[data-testid=report-submit]').click();
    await form.locator('[data-testid=report-done]').waitFor({ timeout: 30_000 });
    reported = Number(await form.locator('[data-testid=report-done]').getAttribute('data-id'));
    await expect.poll(() => statusCount('pending'), { timeout: 20_000 }).toBe(pendingBefore + 1);
    await form.locator('[data-testid=report-open]').click();
    await expect.poll(() => card().locator('.incident-no').textContent(), { timeout: 20_000 }).toContain(String(reported));
    expect(await status()).toBe('待受理');
    expect(await timelineKinds(2)).toEqual(['created', 'photo']);
    expect(await card().locator('[data-testid=incident-photos]').getAttribute('data-count')).toBe('1');
    expect(await card().locator('[data-testid=incident-actions] button').count()).toBe(0);
    await shot('workflow-01-reported');
  });

  it('lets the street office accept it, fix its category, dispatch it and re-route it, all in the timeline', async () => {
    await signInAs(userId('district_admin'), '街道管理员');
    await card().locator('[data-testid=incident-actions] button[data-action=accept]').waitFor();
    // The street office sees every incident, the sensitive ones a resident does not: the seed's and the new report.
    await expect.poll(() => statusCount('pending'), { timeout: 15_000 }).toBe(seededWith('pending') + 1);
    expect(await statusCount('accepted')).toBe(seededWith('accepted'));
    await act('accept');
    await expect.poll(() => statusCount('accepted'), { timeout: 15_000 }).toBe(seededWith('accepted') + 1);
    expect(await statusCount('pending')).toBe(seededWith('pending'));
    await page.waitForFunction(() => document.querySelector('[data-testid=incident-status]')?.textContent === '已受理');
    await act('recategorise', async (form) => {
      await form.locator('[data-testid=recategorise-category]').selectOption({ label: '供水管破裂' });
      await form.locator('[data-testid=action-note]').fill('现场核实为供水管渗漏');
    });
    await card().locator('.incident-facts', { hasText: '供水管破裂' }).waitFor({ timeout: 15_000 });
    await act('dispatch', async (form) => {
      await form.locator('[data-testid=dispatch-department]').selectOption({ label: '热力' });
    });
    await page.waitForFunction(() => document.querySelector('[data-testid=incident-status]')?.textContent?.startsWith('已交办'));
    await act('reroute', async (form) => {
      expect(await form.locator('[data-testid=action-submit]').isDisabled()).toBe(true);
      await form.locator('[data-testid=dispatch-department]').selectOption({ label: '自来水' });
      await form.locator('input').fill('维修班 周师傅');
      await form.locator('[data-testid=action-note]').fill('属供水管网，改派自来水公司');
    });
    expect(await timelineKinds(6)).toEqual(['created', 'photo', 'status', 'recategorise', 'dispatch', 'reroute']);
    expect(await card().textContent()).toContain('自来水 · 维修班 周师傅');
    expect(await card().locator('.timeline li').last().textContent()).toContain('热力 → 自来水');
    await shot('workflow-02-dispatched');
  });

  it("puts it in the water company's queue; resolving needs a note and takes the pin off the open map", async () => {
    await signInAs(userId('department_staff'), '部门人员');
    const queue = page.locator('[data-testid=department-queue]');
    await queue.waitFor({ timeout: 30_000 });
    await queue.locator('.queue-row', { hasText: await card().locator('h3').textContent() ?? '' }).first().waitFor();
    // The pins of the user just signed in, not the last user's still on screen while they load.
    await page.locator('[data-testid=pins-shown][data-updating=false]').waitFor({ timeout: 30_000 });
    const before = await shownPins();
    await card().locator('[data-testid=incident-actions] button[data-action=resolve]').click();
    const form = card().locator('[data-testid=action-form]');
    expect(await form.locator('[data-testid=action-submit]').isDisabled()).toBe(true);
    await form.locator('[data-testid=action-note]').fill('已更换破损阀门，恢复正常');
    await form.locator('[data-testid=action-submit]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=incident-status]')?.textContent === '已办结');
    // The database's change notification reloads the pins: the resolved one leaves the open-status map.
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=pins-shown]')?.getAttribute('data-shown')) === n - 1, before, {
      timeout: 15_000,
    });
    await shot('workflow-03-resolved-by-department');
  });

  it('asks the resident to rate the handling, once', async () => {
    await signInAs(RESIDENT, '居民/志愿者');
    const rating = card().locator('[data-testid=rating-form]');
    await rating.waitFor({ timeout: 15_000 });
    await rating.locator('[data-testid=rate-4]').click();
    await rating.locator('textarea').fill('修得很快，谢谢');
    await rating.locator('button[type=submit]').click();
    await rating.waitFor({ state: 'detached', timeout: 15_000 });
    expect(await card().locator('[data-testid=incident-rating]').textContent()).toBe('★★★★☆ 修得很快，谢谢');
    expect((await timelineKinds(8)).at(-1)).toBe('feedback');
    await shot('workflow-04-rated');
  });

  it('lets the resident reopen a report marked solved that is not, with a reason', async () => {
    await openIncident(solvedNotRated[0]!.id);
    expect(await status()).toBe('已办结');
    const before = (await timelineKindsNow()).length;
    await act('reopen', async (form) => {
      expect(await form.locator('[data-testid=action-submit]').isDisabled()).toBe(true);
      await form.locator('[data-testid=action-note]').fill('楼道里的杂物又堆回来了');
    });
    await page.waitForFunction(() => document.querySelector('[data-testid=incident-status]')?.textContent === '已受理');
    expect((await timelineKinds(before + 1)).at(-1)).toBe('reopen');
    expect(await card().locator('.timeline li').last().textContent()).toContain('楼道里的杂物又堆回来了');
    await shot('workflow-05-reopened');
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
