import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { channelNames } from '../../shared/contract';
import { launchBrowser, openApp, type AppUnderTest } from '../harness/launch';

let browser: Browser;
let app: AppUnderTest;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser);
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('window.priceDesk as the page sees it', () => {
  it('offers one named function per contract channel and nothing else', async () => {
    const shape = await app.page.evaluate(() =>
      Object.entries(window.priceDesk).flatMap(([domain, value]) =>
        typeof value === 'function' ? [domain] : Object.keys(value as object).map((action) => `${domain}:${action}`),
      ),
    );
    expect(shape.sort()).toEqual([...channelNames, 'on'].sort());
  });

  it('offers no way to read a secret', async () => {
    const names = await app.page.evaluate(() => JSON.stringify(Object.keys(window)));
    expect(names).not.toMatch(/ipcRenderer|require|process/);
    const readers = channelNames.filter((name) => /secret|password|token|credential/i.test(name) && !/:(set|status|has|clear)/.test(name));
    expect(readers).toEqual([]);
  });

  it('rejects a payload that breaks the channel schema before any handler runs', async () => {
    const answer = await app.page.evaluate(() => window.priceDesk.catalog.load({ connectionId: 42 } as never));
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'invalid_request',
        message: expect.stringContaining('connectionId'),
        said: { id: 'error.invalidRequest', params: { fields: 'connectionId' } },
      },
    });
  });

  it('rejects extra fields, wrong price text and oversized strings', async () => {
    const answers = await app.page.evaluate(async () => [
      await window.priceDesk.connections.setActive({ id: 'sandbox', extra: true } as never),
      await window.priceDesk.changes.submit({
        connectionId: 'sandbox',
        changes: [{ key: '1', sku: 'A', oldPrice: null, newPrice: '12,50', currency: 'EUR', vendorIds: {} }],
      }),
      await window.priceDesk.connections.setActive({ id: 'x'.repeat(5000) }),
    ]);
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['invalid_request', 'invalid_request', 'invalid_request']);
    expect(JSON.stringify(answers[1])).toContain('changes.0.newPrice');
  });
});
