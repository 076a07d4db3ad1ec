// User management in a real browser: a community admin opens 用户管理 from the map page, is refused an
// invitation beyond their community (the database's reason, in Chinese), invites a grid worker for their own
// grid, deactivates their 网格长 and sees the change in the audit log; a grid worker is turned away.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoUsers from '../../src/data/demo-users.json';
import { closeApp, openApp, screenshot, type App } from './helpers/app';

const user = (role: string) => demoUsers.find((u) => u.role === role)!;

let app: App;
let page: Page;
const errors: string[] = [];

/** The grid list arrives after the page (the grids are a background load): waits for the option. */
async function gridOption(prefix: string): Promise<string> {
  let value = '';
  await expect
    .poll(async () => {
      const options = await page.locator('[data-testid=invite-grid] option').evaluateAll((os) =>
        os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
      value = options.find((o) => o.text.startsWith(prefix))?.value ?? '';
      return value;
    }, { timeout: 30_000 })
    .not.toBe('');
  return value;
}

describe('user management (用户管理)', () => {
  beforeAll(async () => {
    app = await openApp(errors);
    page = app.page;
    await page.locator('[data-testid=signin-picker]').selectOption(user('community_admin').id);
    await page.locator('[data-testid=admin-link]').click();
    await page.locator('[data-testid=admin-user]').first().waitFor({ timeout: 60_000 });
  }, 120_000);

  afterAll(() => closeApp(app));

  it('lists only the people of the community, none above the admin', async () => {
    const roles = await page.locator('[data-testid=admin-user-role]').allTextContents();
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((r) => ['网格长', '网格员', '居民/志愿者'].includes(r))).toBe(true);
    await screenshot(page, 'admin-01-users');
  });

  it('refuses an invitation for a grid of another community, with the reason', async () => {
    await page.locator('[data-testid=invite-email]').fill('zhao.lei@test.cn');
    await page.locator('[data-testid=invite-name]').fill('赵磊');
    await page.locator('[data-testid=invite-grid]').selectOption(await gridOption('02-'));
    await page.locator('[data-testid=invite-submit]').click();
    await expect.poll(() => page.locator('[data-testid=admin-error]').textContent()).toContain('不能授予超出自己管理范围的角色或网格');
    expect(await page.locator('[data-testid=invitation]').count()).toBe(0);
  });

  it('invites a grid worker for a grid of the community', async () => {
    await page.locator('[data-testid=invite-grid]').selectOption(await gridOption('01-02'));
    await page.locator('[data-testid=invite-submit]').click();
    await expect.poll(() => page.locator('[data-testid=invitation]').allTextContents()).toEqual([expect.stringContaining('zhao.lei@test.cn')]);
    expect(await page.locator('[data-testid=admin-error]').count()).toBe(0);
  });

  it('deactivates the 网格长, and the audit log shows who did it', async () => {
    const leader = page.locator(`[data-testid=admin-user][data-user="${user('grid_leader').id}"]`);
    await leader.locator('[data-testid=user-toggle]').click();
    await expect.poll(() => leader.getAttribute('data-active')).toBe('false');
    const line = page.locator('[data-testid=audit-row][data-object=profiles]').first();
    await expect.poll(() => line.textContent()).toContain('true → false');
    expect(await line.textContent()).toContain(user('community_admin').display_name);
    await screenshot(page, 'admin-02-deactivated');
  });

  it('turns away a grid worker', async () => {
    await page.goto(app.server.url);
    await page.locator('[data-testid=signin-picker]').selectOption(user('grid_worker').id);
    await expect.poll(() => page.locator('[data-testid=admin-link]').count()).toBe(0);
    await page.goto(`${app.server.url}admin`);
    await page.locator('[data-testid=admin-forbidden]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=admin-users]').count()).toBe(0);
  });

  it('raised no uncaught error in the page', () => {
    expect(errors).toEqual([]);
  });
});
