// Debian's Chromium, headless, driven by playwright-core (never a downloaded browser). WebGL2 comes from
// SwiftShader, the software GL that works on machines without a GPU; the flags live here and nowhere else.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * A browser with its own, empty profile: IndexedDB starts empty, like a first visit. Persistent (not incognito)
 * so a second page load is a return visit with the database resumed from IndexedDB.
 */
export async function launchProfile(viewport = { width: 1440, height: 900 }): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'gridgov-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  // A profile holds a copy of the demo database (tens of megabytes): gone with its browser, not left in /tmp. A
  // directory the browser is still writing to as it exits may stay behind; that is harmless.
  context.on('close', () => {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // left for the system's temporary-file cleaning
    }
  });
  return context;
}
