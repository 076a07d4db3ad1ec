// The household register on the grid worker's phone (390×844), in a real browser against the production build,
// signed in as the demo 网格员: the due list a page at a time with its true total, registering a household in my grid (the same room twice is refused in words),
// adding a member with a wrong ID check digit (refused, the form kept) and then the right one, editing its tags,
// marking the
// household vacant after a confirmation, and a visit with a photo (a PDF refused by name first) whose thumbnail
// then shows in the visit history. Screenshots go to tests/e2e/artifacts/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoUsers from '../../src/data/demo-users.json';
import { cameraJpeg, PDF } from './fixtures/photos';
import { closeApp, openApp, screenshot, type App } from './helpers/app';

const WORKER = demoUsers.find((u) => u.role === 'grid_worker')!;
// A building no demo household is in, so the test can run again on the same local database.
const BUILDING = `测试${Date.now() % 1_000_000}号楼`;

let app: App;
let page: Page;
const errors: string[] = [];
const shot = (name: string) => screenshot(page, `register-${name}`);
const sheet = () => page.locator('[data-testid=household-sheet]');
const create = () => page.locator('[data-testid=household-create]');
/** Today as the record shows dates (zh-CN, Asia/Shanghai). */
const today = () => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

async function fillHousehold(head: string) {
  await page.locator('[data-testid=household-new]').click();
  await create().waitFor();
  await create().locator('[data-testid=create-building]').fill(BUILDING);
  await create().locator('[data-testid=create-unit]').fill('2单元');
  await create().locator('[data-testid=create-room]').fill('301');
  await create().locator('[data-testid=create-head]').fill(head);
  await create().locator('[data-testid=create-size]').fill('2');
  await create().locator('[data-testid=create-tag-elderly_alone]').check();
  await create().locator('[data-testid=create-submit]').click();
}

describe('the household register on a phone (民情册)', () => {
  beforeAll(async () => {
    app = await openApp(errors, { width: 390, height: 844 });
    page = app.page;
    await page.locator('[data-testid=signin-picker]:not([disabled])').waitFor({ timeout: 150_000 });
    await page.locator('[data-testid=signin-picker]').selectOption(WORKER.id);
    await page.goto(`${app.server.url}field`);
    await page.locator('[data-testid=due-row]').first().waitFor({ timeout: 90_000 });
  }, 240_000);

  afterAll(() => closeApp(app));

  it('lists every due household a page at a time, with the true total', async () => {
    const total = Number(await page.locator('[data-testid=due-total]').textContent());
    const rows = page.locator('[data-testid=due-row]');
    // The demo worker has more households due this week than one page holds.
    expect(total).toBeGreaterThan(100);
    expect(await rows.count()).toBe(100);
    await page.locator('[data-testid=due-more]').click();
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(Math.min(200, total));
    const ids = await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-id')));
    expect(new Set(ids).size).toBe(ids.length);
    await page.locator('[data-testid=due-more]').scrollIntoViewIfNeeded();
    await shot('00-due-more');
  });

  it('registers a household in my grid, and refuses the same room again in words', async () => {
    await fillHousehold('赵建华');
    await sheet().waitFor({ timeout: 30_000 });
    await expect.poll(() => sheet().locator('[data-testid=sheet-title]').textContent()).toBe(`${BUILDING}2单元301`);
    await sheet().locator('[data-testid=sheet-tab-view]').click();
    expect(await sheet().locator('[data-testid=record-head]').textContent()).toBe('赵建华');
    expect(await sheet().locator('[data-testid=tag-history]').textContent()).toContain('孤寡');
    await shot('01-created');
    await sheet().locator('[data-testid=sheet-close]').click();

    await fillHousehold('钱多多');
    const message = create().locator('[data-testid=create-message]');
    await message.waitFor({ timeout: 30_000 });
    expect(await message.textContent()).toBe(`${BUILDING}2单元301 已登记住户，请打开原有档案修改`);
    // Nothing typed is lost: the worker can correct the room and send again.
    expect(await create().locator('[data-testid=create-head]').inputValue()).toBe('钱多多');
    await shot('02-duplicate-room');
    await create().locator('[data-testid=create-room]').fill('302');
    await create().locator('[data-testid=create-submit]').click();
    await expect.poll(() => sheet().locator('[data-testid=sheet-title]').textContent(), { timeout: 30_000 }).toBe(`${BUILDING}2单元302`);
  });

  it('adds a member: a wrong ID check digit is refused with the form kept, the right one is stored masked', async () => {
    await sheet().locator('[data-testid=sheet-tab-view]').click();
    const form = sheet().locator('[data-testid=member-form]');
    await form.locator('[data-testid=member-name]').fill('钱小宝');
    await form.locator('[data-testid=member-relation]').selectOption('child');
    await form.locator('[data-testid=member-age]').selectOption('0-17');
    await form.locator('[data-testid=member-id-number]').fill('140105195603081234');
    await form.locator('[data-testid=member-add]').click();
    const message = sheet().locator('[data-testid=member-message]');
    await expect.poll(() => message.textContent(), { timeout: 20_000 }).toContain('身份证号码不正确（18 位，末位校验码不符）');
    expect(await form.locator('[data-testid=member-name]').inputValue()).toBe('钱小宝');
    expect(await sheet().locator('[data-testid=member]').count()).toBe(0);
    await shot('03-bad-id');

    await form.locator('[data-testid=member-id-number]').fill('140105195603081235');
    await form.locator('[data-testid=member-add]').click();
    const member = sheet().locator('[data-testid=member][data-name=钱小宝]');
    await member.waitFor({ timeout: 20_000 });
    expect(await member.textContent()).toContain('1401**********1235');
    expect(await member.textContent()).not.toContain('140105195603081235');
    await shot('04-member');
  });

  it('edits the tags from the vocabulary; the tag history shows since when', async () => {
    await sheet().locator('[data-testid=sheet-tab-edit]').click();
    const tags = sheet().locator('[data-testid=edit-tags]');
    expect(await tags.locator('[data-testid=edit-tag-elderly_alone]').isChecked()).toBe(true);
    await tags.locator('[data-testid=edit-tag-veteran]').check();
    await sheet().locator('[data-testid=edit-save]').click();
    await expect.poll(() => sheet().locator('[data-testid=edit-message]').textContent(), { timeout: 20_000 }).toBe('已保存');
    await sheet().locator('[data-testid=sheet-tab-view]').click();
    await expect.poll(() => sheet().locator('[data-testid=tag-history] li').allTextContents()).toContain(`退役军人 ${today()} 起`);
  });

  it('marks the household vacant only after a confirmation', async () => {
    await sheet().locator('[data-testid=status-reason]').fill('全家外出务工');
    await sheet().locator('[data-testid=status-vacant]').click();
    const box = sheet().locator('[data-testid=status-confirm-box]');
    await box.waitFor();
    expect(await sheet().locator('[data-testid=record-status]').getAttribute('data-status')).toBe('active');
    await shot('05-confirm-vacant');
    await box.locator('[data-testid=status-confirm]').click();
    await expect.poll(() => sheet().locator('[data-testid=record-status]').getAttribute('data-status'), { timeout: 20_000 }).toBe('vacant');
    await expect.poll(() => sheet().locator('[data-testid=record-changes]').textContent()).toContain('vacant');
    // The 空房 tag follows the status, with its own since-date beside the tag the household already had.
    const history = await sheet().locator('[data-testid=tag-history] li').allTextContents();
    expect(history.some((x) => x.startsWith('空房'))).toBe(true);
    expect(history.some((x) => x.startsWith('孤寡'))).toBe(true);
  });

  it('records a visit with a photo (a PDF refused by name) and shows its thumbnail in the history', async () => {
    await sheet().locator('[data-testid=sheet-tab-visit]').click();
    const form = sheet().locator('[data-testid=visit-form]');
    await form.locator('[data-testid=visit-findings]').fill('房屋空置，门窗完好');
    await form.locator('[data-testid=report-photo-input]').setInputFiles({ name: '说明.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => form.locator('[data-testid=report-photo-error]').textContent(), { timeout: 10_000 }).toContain('说明.pdf');
    await form.locator('[data-testid=report-photo-input]').setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: cameraJpeg(3000, 2000) });
    const thumb = form.locator('[data-testid=report-thumb]');
    await expect.poll(() => thumb.getAttribute('data-width'), { timeout: 20_000 }).toBe('1600');
    await shot('06-visit-photo');
    await form.locator('[data-testid=visit-submit]').click();
    await sheet().locator('[data-testid=visit-saved]').waitFor({ timeout: 30_000 });
    expect(await sheet().locator('[data-testid=visit-photo-error]').count()).toBe(0);

    await sheet().locator('[data-testid=sheet-tab-view]').click();
    const visit = sheet().locator('[data-testid=record-visit]', { hasText: '房屋空置，门窗完好' });
    await visit.waitFor({ timeout: 20_000 });
    const photos = visit.locator('[data-testid=visit-photos]');
    expect(await photos.getAttribute('data-count')).toBe('1');
    await expect.poll(() => photos.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 20_000 }).toBe(1600);
    await visit.scrollIntoViewIfNeeded();
    await shot('07-visit-history');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });
});
