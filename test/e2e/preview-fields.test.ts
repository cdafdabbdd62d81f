/**
 * Issue #15, the preview and history of several price fields, in Chromium at a desktop and
 * a laptop window size, on the demo shop (a second currency, a wholesale tier) and on a Cin7
 * Omni account (price tiers) against its fake: one line per (product, field) grouped by
 * product, totals per field, the tier-above-price rule flagged on the line concerned, one
 * field's line left out of the send (and still pending in the grid), history naming each
 * line's field, and a revert of one field of one product.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startCin7Fake, type Cin7Fake } from '../fakes/cin7';
import { readFile } from 'node:fs/promises';
import { sandboxCatalogPath } from '../../electron/vendors/sandbox';
import { generateDemoCatalog, type SandboxProduct } from '../../electron/vendors/sandbox/demo-catalog';
import { browserSuite } from '../harness/suite';
import { snap } from '../harness/screens';
import { ConnectionDialogPage } from './pages/connection-dialog';
import { FieldGridPage } from './pages/field-grid-page';
import { HistoryPage } from './pages/history-page';
import type { Page } from 'playwright-core';

const suite = browserSuite();
let cin7: Cin7Fake | undefined;
afterEach(async () => {
  await cin7?.close();
  cin7 = undefined;
});

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];

const texts = (page: Page, testId: string) => page.getByTestId('history').getByTestId(testId).allTextContents();

describe.each(SIZES)('preview and history of several price fields at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it('on the demo shop: price and wholesale of one product, the SEK price of another', async () => {
    const app = await suite.openApp({ viewport });
    const ui = new FieldGridPage(app.page);
    await ui.waitForRows(500);
    // The demo's generated catalog (electron/vendors/sandbox/demo-catalog.ts): a €28.95 with wholesale €24.29, b 219 SEK.
    const [a, b] = generateDemoCatalog(2) as [SandboxProduct, SandboxProduct];
    const vendor = async (key: string) => (JSON.parse(await readFile(sandboxCatalogPath(app.dataDir), 'utf8')) as { products: SandboxProduct[] }).products.find((p) => p.id === key)!;
    await ui.typePrice(a.id, '28.50');
    await ui.typeIn(a.id, 'new:wholesale', '28.90');
    await ui.typeIn(b.id, 'new:price.SEK', '229');
    await expect.poll(() => ui.text('status-changed')).toBe('3 changed');

    await app.page.getByTestId('submit').click();
    const preview = ui.preview;
    await preview.root.getByTestId('preview-confirm').waitFor();
    // One line per (product, field); a product's lines together, its primary field first.
    const lines = await preview.lines();
    expect(lines.filter((l) => l.startsWith(`${a.id}|`))).toEqual([`${a.id}|`, `${a.id}|wholesale`]);
    expect(lines).toHaveLength(3);
    expect(Math.abs(lines.indexOf(`${a.id}|`) - lines.indexOf(`${a.id}|wholesale`))).toBe(1);
    expect(await preview.row(a.id, 'wholesale').getByTestId('preview-field').textContent()).toContain('Wholesale');
    expect(await preview.row(b.id, 'price.SEK').getByTestId('preview-field').textContent()).toContain('Price SEK');
    expect(await preview.root.getByTestId('preview-include-product').count()).toBe(1);
    // Totals per field and currency.
    // The locale writes "SEK 219.00" with a no-break space.
    const total = async (id: string) => (await preview.root.getByTestId(id).locator('td').allTextContents()).join('|').replace(/\u00a0/g, ' ');
    expect(await total('total-EUR')).toBe('Price (1)|€28.95|€28.50|-€0.45');
    expect(await total('total-price.SEK-SEK')).toBe('Price SEK (1)|SEK 219.00|SEK 229.00|+SEK 10.00');
    expect(await total('total-wholesale-EUR')).toBe('Wholesale (1)|€24.29|€28.90|+€4.61');
    expect(await preview.root.getByTestId('preview-totals').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')))).toEqual(['total-EUR', 'total-price.SEK-SEK', 'total-wholesale-EUR']);
    // The wholesale above the new price: flagged on the wholesale line, in words.
    expect(await preview.row(a.id, 'wholesale').getByTestId('flag-field_rule').count()).toBe(1);
    expect(await preview.row(a.id, 'wholesale').getByTestId('flag-note').textContent()).toMatch(/^Wholesale 28\.90 is above Price 28\.50\.$/);
    expect(await preview.row(a.id).getByTestId('flag-field_rule').count()).toBe(0);
    // A histogram per field: picking Price SEK counts its one line.
    await preview.root.getByTestId('histogram-field').selectOption({ label: 'Price SEK' });
    expect(Object.values(await preview.histogram()).reduce((n, c) => n + c, 0)).toBe(1);
    await snap(app.page, `preview-fields-demo-${size}`);

    // Leave a's wholesale out: the product box is half-ticked, the rest is sent.
    await preview.include(a.id, false, 'wholesale');
    expect(await preview.root.getByTestId('preview-include-product').evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
    expect(await preview.root.getByTestId('preview-confirm').textContent()).toBe('Send 2 changes');
    await preview.confirm();
    await preview.waitUntilDone();
    expect(await preview.resultOf(a.id)).toMatch(/^ok/);
    expect(await preview.resultOf(b.id, 'price.SEK')).toMatch(/^ok/);
    expect(await preview.resultOf(a.id, 'wholesale')).toContain('stays pending');
    await preview.close();
    expect([(await vendor(a.id)).price, (await vendor(a.id)).more?.wholesale, (await vendor(b.id)).more?.['price.SEK']]).toEqual(['28.50', a.more!.wholesale, '229.00']);
    // The grid: the wholesale still pending, the others sent.
    await expect.poll(() => ui.text('status-changed')).toBe('1 changed');
    await ui.expectCellText(a.id, 'newPrice', '');
    await ui.expectCellText(a.id, 'new:wholesale', '€28.90');

    // History names each line's field; a revert of b's SEK price only.
    const history = new HistoryPage(app.page);
    await history.open();
    expect(await history.row(a.id).getByTestId('history-row-field').textContent()).toBe('Price');
    expect(await history.row(b.id, 'price.SEK').getByTestId('history-row-field').textContent()).toBe('Price SEK');
    await history.pick(b.id, 'price.SEK');
    await snap(app.page, `history-fields-demo-${size}`);
    await history.root.getByTestId('history-revert').click();
    await preview.root.getByTestId('preview-confirm').click();
    expect(await app.page.getByTestId('confirm-dialog').textContent()).toContain(`${b.sku} Price SEK back to`);
    await app.page.getByTestId('confirm-ok').click();
    await preview.waitUntilDone();
    await preview.close();
    // Back to 219 SEK (the shop may write it 219 or 219.00).
    expect([(await vendor(a.id)).price, Number((await vendor(b.id)).more?.['price.SEK'])]).toEqual(['28.50', Number(b.more!['price.SEK'])]);
    await history.open();
    const [, sent] = await history.ids();
    await history.item(sent!).click();
    await history.row(b.id, 'price.SEK').getByTestId('history-row-reverted').waitFor();
    expect(await history.row(a.id).getByTestId('history-row-reverted').count()).toBe(0);
    expect(await texts(app.page, 'history-row-field')).toEqual(expect.arrayContaining(['Price', 'Price SEK']));
    expect(app.problems).toEqual([]);
  });

  it('on a Cin7 Omni account: retail and wholesale tiers', async () => {
    cin7 = await startCin7Fake({ optionCount: 6 });
    const app = await suite.openApp({ viewport });
    const ui = new FieldGridPage(app.page);
    await ui.waitForRows(500);
    const connection = new ConnectionDialogPage(app.page);
    await connection.open();
    await connection.fill({ vendor: 'cin7' });
    await connection.fill({ label: 'Omni', baseUrl: `${cin7.url}/api/`, username: cin7.username, apiKey: cin7.apiKey, vatMode: 'included' });
    expect(await connection.saveAndTest()).toContain('Connected to Cin7 Omni');
    await connection.close();
    await ui.waitForRows(6);
    const [x, y] = cin7.options as [Cin7Fake['options'][number], Cin7Fake['options'][number]];
    const [xKey, yKey] = [String(x.id), String(y.id)];
    const before = { xRetail: x.priceColumns.retailNZD!, xWholesale: x.priceColumns.wholesalNZD!, yWholesale: y.priceColumns.wholesalNZD! };
    // x: retail down a little, wholesale up to just above it; y: wholesale up a little.
    const xRetail = (Number(before.xRetail) - 0.5).toFixed(2);
    const xWholesale = (Number(before.xRetail) - 0.2).toFixed(2);
    const yWholesale = (Number(before.yWholesale) + 0.3).toFixed(2);
    await ui.typePrice(xKey, xRetail);
    await ui.typeIn(xKey, 'new:wholesalNZD', xWholesale);
    await ui.typeIn(yKey, 'new:wholesalNZD', yWholesale);

    await app.page.getByTestId('submit').click();
    const preview = ui.preview;
    await preview.root.getByTestId('preview-confirm').waitFor();
    const lines = await preview.lines();
    expect(lines).toHaveLength(3);
    expect(lines.indexOf(`${xKey}|wholesalNZD`) - lines.indexOf(`${xKey}|`)).toBe(1);
    expect(await preview.row(xKey, 'wholesalNZD').getByTestId('preview-field').textContent()).toContain('Wholesale NZD');
    expect(await preview.root.getByTestId('total-wholesalNZD-NZD').locator('td').first().textContent()).toBe('Wholesale NZD (2)');
    expect(await preview.row(xKey, 'wholesalNZD').getByTestId('flag-note').textContent()).toContain('Wholesale NZD');
    await snap(app.page, `preview-fields-cin7-${size}`);

    // Leave x's retail out; the flagged wholesale goes, so the second confirmation counts it.
    await preview.include(xKey, false);
    await preview.root.getByTestId('preview-confirm').click();
    expect(await app.page.getByTestId('confirm-dialog').textContent()).toContain('1 price out of line with another price of their product');
    await app.page.getByTestId('confirm-ok').click();
    await preview.waitUntilDone();
    expect(await preview.resultOf(xKey, 'wholesalNZD')).toMatch(/^ok/);
    expect(await preview.resultOf(yKey, 'wholesalNZD')).toMatch(/^ok/);
    await preview.close();
    expect([cin7.option(x.code)!.priceColumns.retailNZD, cin7.option(x.code)!.priceColumns.wholesalNZD, cin7.option(y.code)!.priceColumns.wholesalNZD]).toEqual([before.xRetail, xWholesale, yWholesale]);
    await expect.poll(() => ui.text('status-changed')).toBe('1 changed');
    await ui.expectCellText(xKey, 'newPrice', /\d/);

    // History: both lines are the wholesale tier; revert y's only.
    const history = new HistoryPage(app.page);
    await history.open();
    expect(await texts(app.page, 'history-row-field')).toEqual(['Wholesale NZD', 'Wholesale NZD']);
    await history.pick(yKey, 'wholesalNZD');
    await history.root.getByTestId('history-revert').click();
    await preview.confirm();
    await preview.waitUntilDone();
    await preview.close();
    expect([cin7.option(x.code)!.priceColumns.wholesalNZD, cin7.option(y.code)!.priceColumns.wholesalNZD]).toEqual([xWholesale, before.yWholesale]);
    expect(app.problems).toEqual([]);
  });
});
