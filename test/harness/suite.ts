import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, openApp, type AppUnderTest, type OpenAppOptions } from './launch';

/**
 * One Chromium per e2e file, and every app a test opens closed after it, even when the
 * test failed. Call once at the top of a test file.
 */
export function browserSuite(): { openApp(options?: OpenAppOptions): Promise<AppUnderTest> } {
  let browser: Browser | undefined;
  const open = new Set<AppUnderTest>();
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const app of open) await app.close();
    open.clear();
  });
  return {
    async openApp(options) {
      if (!browser) throw new Error('browserSuite().openApp is for use inside tests');
      const app = await openApp(browser, options);
      const close = app.close;
      app.close = async () => {
        if (!open.delete(app)) return;
        await close();
      };
      open.add(app);
      return app;
    },
  };
}
