import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sandboxCatalogPath } from '../../electron/vendors/sandbox';
import type { AppUnderTest } from '../harness/launch';
import { browserSuite } from '../harness/suite';
import { snap } from '../harness/screens';
import { AppPage } from './pages/app-page';

const suite = browserSuite();
let app: AppUnderTest | undefined;


describe('the app shell in Chromium', () => {
  it('shows the sandbox catalog in the grid on first start', async () => {
    app = await suite.openApp();
    const ui = new AppPage(app.page);
    await ui.waitForRows(500);
    await expect.poll(() => ui.page.getByTestId('connection-sandbox').getAttribute('aria-current')).toBe('true');
    await ui.expectCellText('100001', 'sku', 'COF-01001');
    await ui.expectCellText('100001', 'price', /^€\d+\.\d{2}$/);
    expect(await ui.text('status-changed')).toBe('0 changed');
    await snap(app.page, 'first-start-sandbox-catalog');
    expect(app.problems).toEqual([]);
  });

  it('edits one price through the contract and shows the sandbox answer', async () => {
    app = await suite.openApp();
    const ui = new AppPage(app.page);
    await ui.waitForRows(500);

    await ui.typePrice('100002', '12,50');
    await ui.expectCellText('100002', 'newPrice', '€12.50');
    expect(await ui.text('status-changed')).toBe('1 changed');
    await expect.poll(() => ui.text('submit')).toBe('Send 1 change');
    await snap(app.page, 'one-price-edited');

    await ui.submit();
    expect(await ui.waitForNotice('success')).toContain('1 updated');
    await ui.expectCellText('100002', 'price', '€12.50');
    await ui.expectCellText('100002', 'status', /Updated/);
    expect(await ui.text('status-changed')).toBe('0 changed');
    await snap(app.page, 'sandbox-answered');

    // The sandbox really stored it: the catalog file on disk has the new price.
    const stored = JSON.parse(await readFile(sandboxCatalogPath(app.dataDir), 'utf8')) as { products: { id: string; price: string }[] };
    expect(stored.products.find((p) => p.id === '100002')?.price).toBe('12.50');
    expect(app.problems).toEqual([]);
  });

  it('shows per-row warnings from the sandbox and the engine’s refusal of a negative price', async () => {
    app = await suite.openApp();
    const ui = new AppPage(app.page);
    await ui.waitForRows(500);
    const before = (await ui.cell('100003', 'price').textContent()) ?? '';

    await ui.typePrice('100003', '-5');
    await ui.typePrice('100004', '19.00'); // below its cost (19.64), not so far below 38.50 that it is held as a decimal slip
    await ui.submit();
    expect(await ui.waitForNotice('warning')).toMatch(/1 failed/);
    await ui.expectCellText('100003', 'status', /^Failed: Not sent\. The new price -5(\.0+)? is negative; prices must be above zero\.$/);
    await ui.expectCellText('100004', 'status', /^Warning: Accepted, but the price is below cost/);
    // The rejected row keeps its current price and its pending edit.
    await ui.expectCellText('100003', 'price', before);
    await ui.expectCellText('100003', 'newPrice', '-€5.00');
    await snap(app.page, 'sandbox-warning-and-error');
  });

  it('marks text that is not a price as a problem and does not apply it', async () => {
    app = await suite.openApp();
    const ui = new AppPage(app.page);
    await ui.waitForRows(500);
    await ui.typePrice('100005', '10%');
    await expect.poll(() => ui.text('status-problems')).toBe('1 problem');
    await ui.expectCellText('100005', 'status', /Problem: "10%" is a percentage, not a price/);
    expect(await ui.text('status-changed')).toBe('0 changed');
  });

  it('finds the submitted price again after a restart over the same data directory', async () => {
    app = await suite.openApp();
    let ui = new AppPage(app.page);
    await ui.waitForRows(500);
    await ui.typePrice('100006', '13.95');
    await ui.submit();
    await ui.waitForNotice('success');
    const { dataDir } = app;
    await app.close();

    app = await suite.openApp({ dataDir });
    ui = new AppPage(app.page);
    await ui.waitForRows(500);
    await ui.expectCellText('100006', 'price', '€13.95');
  });
});
