// Import and export in a real browser: a community admin imports a register XLSX with bad rows (good rows land,
// bad rows are listed with line, column and reason, the database refuses the row of another community, the error
// report downloads), imports it again without duplicates, reads a GBK CSV right, imports a hotline export and an
// Open311 feed (again without duplicates), and exports incidents with the map's filters; a resident is turned away.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoUsers from '../../src/data/demo-users.json';
import { writeDataIoFixtures } from '../../scripts/fixtures/data-io/fixtures';
import { closeApp, openApp, screenshot, type App } from './helpers/app';

const user = (role: string) => demoUsers.find((u) => u.role === role)!;

let app: App;
let page: Page;
let files: Record<string, string>;
const errors: string[] = [];

const result = async () => {
  const r = page.locator('[data-testid=import-result]');
  await r.waitFor({ timeout: 60_000 });
  return Object.fromEntries(await Promise.all(['inserted', 'updated', 'unchanged', 'refused'].map(async (k) => [k, Number(await r.getAttribute(`data-${k}`))])));
};

async function upload(name: string) {
  await page.locator('[data-testid=import-file]').setInputFiles(files[name]!);
  await expect.poll(() => page.locator('[data-testid=import-file-info]').textContent()).toContain(name);
  await page.locator('[data-testid=import-summary]').waitFor({ timeout: 60_000 });
}

async function download(testId: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid=${testId}]`).click()]);
  return readFileSync((await d.path())!, 'utf8');
}

const csvRows = (text: string) => {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
};

describe('data import and export (数据导入导出)', () => {
  beforeAll(async () => {
    files = await writeDataIoFixtures(mkdtempSync(join(tmpdir(), 'gridgov-data-io-')));
    app = await openApp(errors);
    page = app.page;
    await page.locator('[data-testid=signin-picker]').selectOption(user('community_admin').id);
    await page.locator('[data-testid=data-link]').click();
    await page.locator('[data-testid=import-file]').waitFor({ timeout: 60_000 });
    await page.waitForSelector('[data-testid=import-file]:not([disabled])', { timeout: 60_000 });
  }, 180_000);

  afterAll(() => closeApp(app));

  it('checks a register XLSX in the browser: good rows counted, every bad row listed with its reason', async () => {
    await upload('households-bad.xlsx');
    const summary = page.locator('[data-testid=import-summary]');
    expect([await summary.getAttribute('data-good'), await summary.getAttribute('data-bad')]).toEqual(['13', '5']);
    const listed = await page.locator('[data-testid=import-error]').evaluateAll((rs) => rs.map((r) => `${r.getAttribute('data-row')}:${r.getAttribute('data-code')}`));
    expect(listed).toEqual(['14:bad_phone', '15:unknown_grid', '16:duplicate', '17:missing', '18:unknown_tag']);
    expect(await page.locator('[data-testid=import-error][data-row="14"]').textContent()).toContain('手机号格式不正确');
    await screenshot(page, 'data-io-01-preview');
  });

  it('downloads the error report: the bad rows as they were, with a reason column', async () => {
    const rows = csvRows(await download('report-csv'));
    expect(rows[0]!.at(-1)).toBe('错误原因');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['14', '15', '16', '17', '18']);
    expect(rows[1]).toContain('0351-7654321');
    expect(rows[5]!.at(-1)).toContain('外星人');
  });

  it('imports the good rows; the database refuses the row of another community and says so', async () => {
    await page.locator('[data-testid=import-start]').click();
    expect(await result()).toEqual({ inserted: 12, updated: 0, unchanged: 0, refused: 1 });
    expect(await page.locator('[data-testid=import-error][data-row="19"]').getAttribute('data-code')).toBe('out_of_scope');
    expect(await page.locator('[data-testid=import-error][data-row="19"]').textContent()).toContain('不在您的管理范围内');
    await screenshot(page, 'data-io-02-imported');
  });

  it('imports the same file again without duplicating anything', async () => {
    await upload('households-bad.xlsx');
    await page.locator('[data-testid=import-start]').click();
    expect(await result()).toEqual({ inserted: 0, updated: 0, unchanged: 12, refused: 1 });
  });

  it('reads a GBK CSV right: same addresses, new names update the same rooms', async () => {
    await upload('households-gbk.csv');
    expect(await page.locator('[data-testid=import-file-info]').textContent()).toContain('GB18030');
    expect(await page.locator('[data-testid=import-summary]').getAttribute('data-good')).toBe('20');
    await page.locator('[data-testid=import-start]').click();
    expect(await result()).toEqual({ inserted: 8, updated: 12, unchanged: 0, refused: 0 });
  });

  it('imports a hotline export and an Open311 feed, each only once', async () => {
    await page.locator('[data-testid=import-kind]').selectOption('hotline');
    await upload('hotline.xlsx');
    const summary = page.locator('[data-testid=import-summary]');
    expect([await summary.getAttribute('data-good'), await summary.getAttribute('data-bad')]).toEqual(['10', '2']);
    await page.locator('[data-testid=import-start]').click();
    expect(await result()).toEqual({ inserted: 10, updated: 0, unchanged: 0, refused: 0 });
    await upload('hotline-gbk.csv');
    await page.locator('[data-testid=import-start]').click();
    expect(await result()).toEqual({ inserted: 0, updated: 0, unchanged: 10, refused: 0 });

    await page.locator('[data-testid=import-kind]').selectOption('open311');
    await upload('open311-requests.json');
    expect(await summary.getAttribute('data-good')).toBe('6');
    await page.locator('[data-testid=import-start]').click();
    expect(await result()).toEqual({ inserted: 6, updated: 0, unchanged: 0, refused: 0 });
  });

  it('exports incidents with the map\'s filters, and the register with masked phones', async () => {
    await page.goto(`${app.server.url}data?grid=01&cat=heating&status=resolved,closed&from=2025-01-01`);
    await page.locator('[data-testid=export-incidents-csv]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('[data-testid=export-filters]').textContent()).toContain('供暖');
    expect(await page.locator('[data-testid=export-filters]').textContent()).toContain('01 ');
    const incidents = csvRows(await download('export-incidents-csv'));
    const head = incidents[0]!;
    const body = incidents.slice(1);
    expect(body.length).toBeGreaterThan(0);
    expect(new Set(body.map((r) => r[head.indexOf('类别')]))).toEqual(new Set(['供暖']));
    expect(body.every((r) => ['已办结', '已反馈(销号)'].includes(r[head.indexOf('状态')]!))).toBe(true);
    expect(body.every((r) => r[head.indexOf('上报时间')]! >= '2025-01-01')).toBe(true);
    expect(body.every((r) => r[head.indexOf('网格编号')]!.startsWith('01'))).toBe(true);

    const households = csvRows(await download('export-households-csv'));
    const phone = households[0]!.indexOf('电话（脱敏）');
    expect(households.length).toBeGreaterThan(100);
    expect(households.slice(1).every((r) => r[phone] === '' || /^1\d{2}\*{4}\d{4}$/.test(r[phone]!))).toBe(true);
    expect(households.some((r) => r.includes('导入1号楼'))).toBe(true);
    await screenshot(page, 'data-io-03-export');
  });

  it('turns a resident away', async () => {
    await page.goto(app.server.url);
    await page.locator('[data-testid=signin-picker]').selectOption(user('resident').id);
    await expect.poll(() => page.locator('[data-testid=data-link]').count()).toBe(0);
    await page.goto(`${app.server.url}data`);
    await page.locator('[data-testid=data-forbidden]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=import-panel]').count()).toBe(0);
  });

  it('raised no uncaught error in the page', () => {
    expect(errors).toEqual([]);
  });
});
