// A courtyard plate's QR code in a real browser. A community admin issues a plate and reads the address its QR
// code holds; an anonymous visitor opens it on a phone: the public facts, nothing about the landlord, and a form
// that files a problem at the courtyard. Issuing a new plate makes the old address show the invalid-plate
// message and nothing else; revoking does the same to the new one; a forged token too.
// In embedded mode each browser profile has its own database (and only one tab owns it), so the visitor is this
// same tab signed out (the anon role, as RLS sees it) at phone size: a fresh profile would not know the token.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoUsers from '../../src/data/demo-users.json';
import { closeApp, openApp, screenshot, type App } from './helpers/app';
import { localCopyDone } from './helpers/local-copy';
import { courtyardsIn } from './helpers/courtyard-seed';

const admin = demoUsers.find((u) => u.role === 'community_admin')!;
const courtyard = courtyardsIn('01-02')[0]!;

let app: App;
let page: Page;
const pageErrors: string[] = [];
let firstUrl = '';
let secondUrl = '';

const card = () => page.locator('[data-testid=courtyard-card]');
const plate = () => card().locator('[data-testid=plate-actions]');

async function signInAs(id: string, label: string) {
  await page.locator('[data-testid=signin-picker]').selectOption(id);
  await page.waitForFunction((l) => document.querySelector('[data-testid=current-role]')?.textContent === l, label);
}

/** Issues a plate from the card and returns the public address its QR code holds. */
async function issuePlate(previous: string): Promise<string> {
  await plate().locator('[data-testid=plate-issue]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=plate-actions]')?.getAttribute('data-active') === 'true', null, { timeout: 30_000 });
  if (!(await plate().locator('[data-testid=plate-public-link]').count())) await plate().locator('[data-testid=plate-show-qr]').click();
  const link = plate().locator('[data-testid=plate-public-link]');
  await expect.poll(() => link.getAttribute('href')).not.toBe(previous);
  return (await link.getAttribute('href'))!;
}

/** Signs out and opens an address as the visitor would; waits for the public page to settle. */
async function visit(url: string) {
  if (await page.locator('[data-testid=signin-picker]').count()) {
    await page.locator('[data-testid=signin-picker]').selectOption('');
    await page.waitForFunction(() => document.querySelector('[data-testid=current-role]')?.textContent === '访客');
  }
  // The database reaches IndexedDB just after each change (relaxed durability): let the last one land.
  await page.waitForTimeout(1500);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url);
  await page.locator('[data-testid=public-name], [data-testid=public-invalid]').first().waitFor({ timeout: 120_000 });
}

/** Back to the courtyard's card on the map as the community admin. */
async function openCardAsAdmin() {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${app.server.url}?yards=1&view=${courtyard.lon},${courtyard.lat},17&courtyard=${courtyard.id}`);
  await page.locator('[data-testid=filter-panel]').waitFor({ timeout: 120_000 });
  await signInAs(admin.id, '社区管理员');
  await card().locator('[data-testid=courtyard-risk]').waitFor({ timeout: 60_000 });
}

beforeAll(async () => {
  app = await openApp(pageErrors);
  page = app.page;
  page.on('dialog', (d) => void d.accept());
  await page.locator('[data-testid=filter-panel]').waitFor({ timeout: 120_000 });
  const deadline = Date.now() + 120_000;
  while (!(await localCopyDone(page)) && Date.now() < deadline) await page.waitForTimeout(500);
});

afterAll(() => closeApp(app));

describe('courtyard plate and its public page', () => {
  it('lets a community admin issue a plate whose QR code opens /c/<token>', async () => {
    await openCardAsAdmin();
    firstUrl = await issuePlate('');
    expect(firstUrl).toMatch(new RegExp(`^${app.server.url}c/[A-Za-z0-9_-]{22}$`));
    expect(await plate().locator('.qr svg').count()).toBe(1);
    await screenshot(page, 'public-01-plate-issued');
  });

  it('shows an anonymous visitor the public facts on a phone, nothing about the landlord', async () => {
    const scripts: string[] = [];
    const onRequest = (r: { url(): string; resourceType(): string }) => r.resourceType() === 'script' && scripts.push(r.url());
    page.on('request', onRequest);
    await visit(firstUrl);
    page.off('request', onRequest);
    // A light page: neither the map page's chunk (MapLibre) nor deck.gl's layers are fetched.
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((u) => /\/assets\/(App|composite-layer|scatterplot-layer|text-layer)-/.test(u))).toEqual([]);
    expect(await page.locator('[data-testid=public-code]').textContent()).toBe(courtyard.code);
    expect(await page.locator('[data-testid=public-name]').textContent()).toBe(courtyard.name);
    expect(['red', 'orange', 'yellow', 'blue']).toContain(await page.locator('[data-testid=public-risk]').getAttribute('data-risk'));
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(courtyard.landlordName);
    if (courtyard.landlordPhone) {
      expect(text).not.toContain(courtyard.landlordPhone);
      expect(text).not.toContain(courtyard.landlordPhone.slice(-4));
    }
    // No map code on the QR page.
    expect(await page.evaluate(() => document.querySelectorAll('canvas, .maplibregl-map').length)).toBe(0);
    await screenshot(page, 'public-02-card-phone');
    await page.locator('[data-testid=language-switch]').click();
    await expect.poll(() => page.locator('.public-kicker').textContent()).toContain('Star-rated courtyard');
    await screenshot(page, 'public-02b-card-english');
    await page.locator('[data-testid=language-switch]').click();
  });

  it('files a problem at the courtyard from the public page', async () => {
    const form = page.locator('[data-testid=public-report]');
    await form.locator('[data-testid=public-submit]').click();
    expect(await form.locator('.field-error').count()).toBeGreaterThanOrEqual(2);
    const options = await form.locator('[data-testid=public-category] option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(options).not.toContain('dispute');
    await form.locator('[data-testid=public-category]').selectOption(options[1]!);
    await form.locator('[data-testid=public-title]').fill('院门口路灯不亮');
    await form.locator('[data-testid=public-description]').fill('晚上进出院子看不清台阶');
    await form.locator('[data-testid=public-contact]').fill('138 1234 5678');
    await form.locator('[data-testid=public-submit]').click();
    const done = page.locator('[data-testid=public-report-done]');
    await done.waitFor({ timeout: 30_000 });
    expect(Number(await done.getAttribute('data-id'))).toBeGreaterThan(0);
    await screenshot(page, 'public-03-reported');
  });

  it('makes the old plate invalid when a new one is issued, and the new one when revoked', async () => {
    await openCardAsAdmin();
    secondUrl = await issuePlate(firstUrl);

    await visit(firstUrl);
    expect(await page.locator('[data-testid=public-invalid]').textContent()).toContain('此二维码无效或已作废');
    expect(await page.locator('[data-testid=public-name], [data-testid=public-report]').count()).toBe(0);
    await screenshot(page, 'public-04-old-plate-invalid');
    await visit(secondUrl);
    expect(await page.locator('[data-testid=public-name]').textContent()).toBe(courtyard.name);

    await openCardAsAdmin();
    await plate().locator('[data-testid=plate-revoke]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=plate-actions]')?.getAttribute('data-active') === 'false', null, { timeout: 30_000 });
    await visit(secondUrl);
    expect(await page.locator('[data-testid=public-invalid]').count()).toBe(1);
    expect(await page.locator('[data-testid=public-name]').count()).toBe(0);
  });

  it('shows the same message for a forged token', async () => {
    await visit(`${app.server.url}c/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(await page.locator('[data-testid=public-invalid]').textContent()).toContain('此二维码无效或已作废');
    await visit(`${app.server.url}c/${encodeURIComponent("x'; drop table courtyards;--")}`);
    expect(await page.locator('[data-testid=public-invalid]').count()).toBe(1);
    await screenshot(page, 'public-05-forged');
  });

  it('raised no uncaught errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
