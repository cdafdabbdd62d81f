/**
 * Issue #15, Bulk adjust on every price field, in Chromium at a desktop and a laptop window
 * size: the rule names the field it changes and the one it starts from, Apply says both with
 * the scope and count, the result shows in the field's New column, and one undo takes it back.
 * On the demo shop (a price, a SEK price, a wholesale tier, a recommended price, a cost) and
 * on a Cin7 Omni account's price tiers (its fake, test/fakes/cin7.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Big } from '../../shared/money';
import type { CatalogRow } from '../../shared/types';
import { startCin7Fake, type Cin7Fake } from '../fakes/cin7';
import { snap } from '../harness/screens';
import { browserSuite } from '../harness/suite';
import { ConnectionDialogPage } from './pages/connection-dialog';
import { SIZES, startDemo } from './pages/demo-start';
import { GridPage } from './pages/grid-page';

const suite = browserSuite();
let cin7: Cin7Fake | undefined;
afterEach(async () => {
  await cin7?.close();
  cin7 = undefined;
});

/** Shows other price fields as column groups (Columns panel → Price fields). */
async function showFields(ui: GridPage, ids: string[]): Promise<void> {
  await ui.clickBarButton('columns-open');
  for (const id of ids) await ui.page.getByTestId(`field-shown-${id}`).check();
  await ui.clickBarButton('columns-open');
}

/** Scrolls the grid sideways until a column is rendered (AG Grid renders only the columns in view). */
async function scrollToColumn(ui: GridPage, colId: string): Promise<void> {
  const viewport = ui.grid.locator('.ag-body-horizontal-scroll-viewport');
  for (let left = 0; left < 10_000; left += 200) {
    if ((await ui.grid.locator(`.ag-header-cell[col-id="${colId}"]`).count()) > 0) return;
    await viewport.evaluate((el, x) => (el.scrollLeft = x), left);
  }
  throw new Error(`Column ${colId} is not in the grid.`);
}

/** Sets up a rule in the Bulk adjust panel (opening it), without applying it; answers the Apply button. */
async function rule(ui: GridPage, r: { scope?: 'selection' | 'filtered' | 'all'; target: string; base?: string; operation: string; value?: string; rounding?: string }) {
  const apply = await ui.openBulk();
  if (r.scope) await ui.page.getByTestId(`bulk-scope-${r.scope}`).check();
  await ui.page.getByTestId('bulk-target').selectOption(r.target);
  await ui.page.getByTestId('bulk-operation').selectOption(r.operation);
  await ui.page.getByTestId('bulk-base').selectOption(r.base ?? '');
  if (r.value !== undefined) await ui.page.getByTestId('bulk-value').fill(r.value);
  await ui.page.getByTestId('bulk-rounding').selectOption(r.rounding ?? 'none');
  return apply;
}

const euros = (v: Big) => `€${v.toFixed(2)}`;
/** The nearest price ending in .99 (half way goes up), worked out here apart from the app's rounding. */
const nearest99 = (v: Big) => {
  const below = v.minus('0.99').round(0, 0).plus('0.99');
  const floor = below.gt(v) ? below.minus(1) : below;
  return v.minus(floor).lt(floor.plus(1).minus(v)) ? floor : floor.plus(1);
};

describe.each(SIZES)('Bulk adjust on every price field at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it('on the demo shop: Wholesale = Price × 0.6 on the filtered rows, Price = Cost × 1.8 rounded to .99, +3 % on every tier, each undone', async () => {
    const { app, ui, catalog } = await startDemo(suite, viewport);
    await showFields(ui, ['wholesale']);
    const byKey = new Map<string, CatalogRow>(catalog.map((r) => [r.key, r]));

    // Wholesale = Price × 0.6 on the rows a price filter leaves.
    await ui.filterRange('price', '9', '10');
    const shown = catalog.filter((r) => r.price !== null && new Big(r.price).gte(9) && new Big(r.price).lte(10));
    let apply = await rule(ui, { target: 'wholesale', base: 'price', operation: 'multiply', value: '0.6' });
    await expect.poll(() => apply.textContent()).toBe(`Apply Price × 0.6 to Wholesale of ${shown.length} filtered rows`);
    expect(await ui.page.getByTestId('bulk-scope-filtered').isChecked()).toBe(true);
    await snap(app.page, `bulk-fields-wholesale-${size}`);
    await apply.click();
    await scrollToColumn(ui, 'new:wholesale');
    const [first] = await ui.shownRowKeys();
    const row = byKey.get(first!)!;
    await ui.expectCellText(row.key, 'new:wholesale', euros(new Big(row.price!).times('0.6')));
    // Only the wholesale cells changed: every filtered row's, no primary price.
    await ui.expectNewPrice(row.key, '');
    await expect.poll(() => ui.text('status-changed')).toBe(`${shown.length} changed`);
    await ui.menuCommand('undo');
    await ui.expectCellText(row.key, 'new:wholesale', '');
    await expect.poll(() => ui.text('status-changed')).toBe('0 changed');

    // Price = Cost × 1.8 rounded to .99 on all rows; the products without cost are named and left alone.
    await ui.page.getByTestId('column-filter-price').locator('.filter-chip-clear').click();
    await ui.waitForRows(500);
    const noCost = catalog.filter((r) => r.cost === null).length;
    expect(noCost).toBeGreaterThan(0);
    apply = await rule(ui, { scope: 'all', target: 'price', base: 'cost', operation: 'multiply', value: '1.8', rounding: '0.99' });
    await expect.poll(() => apply.textContent()).toBe('Apply Cost × 1.8 to Price of all 500 rows');
    await expect.poll(() => ui.text('bulk-preview-skipped')).toBe(`${noCost} products have no Cost: left unchanged.`);
    await apply.click();
    const keys = await ui.shownRowKeys();
    const withCost = keys.map((k) => byKey.get(k)!).find((r) => r.cost !== null)!;
    await ui.expectNewPrice(withCost.key, euros(nearest99(new Big(withCost.cost!).times('1.8'))));
    const without = keys.map((k) => byKey.get(k)!).find((r) => r.cost === null);
    if (without) await ui.expectNewPrice(without.key, '');
    await snap(app.page, `bulk-fields-cost-${size}`);
    await ui.menuCommand('undo');
    await ui.expectNewPrice(withCost.key, '');

    // +3 % on every tier (the demo shop has one: Wholesale), to 2 decimals.
    apply = await rule(ui, { scope: 'all', target: '*tiers', operation: 'addPercent', value: '3', rounding: 'decimals' });
    await expect.poll(() => apply.textContent()).toBe('Apply +3 % to every tier of all 500 rows');
    await apply.click();
    await scrollToColumn(ui, 'new:wholesale');
    const tiered = keys.map((k) => byKey.get(k)!).find((r) => r.prices?.wholesale)!;
    await ui.expectCellText(tiered.key, 'new:wholesale', euros(new Big(tiered.prices!.wholesale!).times('1.03').round(2, 1)));
    await ui.expectNewPrice(tiered.key, '');
    await ui.menuCommand('undo');
    await ui.expectCellText(tiered.key, 'new:wholesale', '');

    // A base in another currency is refused, with the reason: no exchange rates.
    await rule(ui, { target: 'price.SEK', base: 'price', operation: 'multiply', value: '11' });
    await expect.poll(() => ui.text('bulk-refusal')).toBe('Price SEK is in SEK and Price in EUR: PriceDesk has no exchange rates, so one cannot be worked out from the other.');
    expect(await ui.page.getByTestId('bulk-apply').isDisabled()).toBe(true);
    expect(app.problems).toEqual([]);
  }, 240_000);

  it('on a Cin7 Omni account: Wholesale NZD = Retail NZD × 0.6 on every option, undone; Margin % follows a new cost', async () => {
    cin7 = await startCin7Fake({ optionCount: 6, windowScale: 0.001 });
    const app = await suite.openApp({ viewport });
    const ui = new GridPage(app.page);
    await ui.waitForRows(500);
    const connection = new ConnectionDialogPage(app.page);
    await connection.open();
    await connection.fill({ vendor: 'cin7' });
    await connection.fill({ label: 'Omni', baseUrl: `${cin7.url}/api/`, username: cin7.username, apiKey: cin7.apiKey });
    expect(await connection.saveAndTest()).toContain('Connected to Cin7 Omni');
    await connection.close();
    await ui.waitForRows(6);
    await showFields(ui, ['wholesalNZD']);

    const apply = await rule(ui, { scope: 'all', target: 'wholesalNZD', base: 'retailNZD', operation: 'multiply', value: '0.6' });
    await expect.poll(() => apply.textContent()).toBe('Apply Retail NZD × 0.6 to Wholesale NZD of all 6 rows');
    await expect.poll(() => ui.text('bulk-preview-count')).toBe('6 of 6 rows change');
    await apply.click();
    const [first] = await ui.shownRowKeys();
    const sku = (await ui.cell(first!, 'sku').textContent())!.trim();
    const option = cin7.options.find((o) => o.code === sku)!;
    await scrollToColumn(ui, 'new:wholesalNZD');
    await ui.expectCellText(first!, 'new:wholesalNZD', `NZ$${new Big(option.priceColumns.retailNZD!).times('0.6').toFixed(2)}`);
    await ui.expectNewPrice(first!, '');
    await snap(app.page, `bulk-fields-cin7-${size}`);
    await ui.menuCommand('undo');
    await ui.expectCellText(first!, 'new:wholesalNZD', '');

    // Margin % reads the cost field as it will be: the fake's cost is half the retail price (50 %), +20 % on it leaves 40 %.
    await scrollToColumn(ui, 'marginPercent');
    await ui.expectCellText(first!, 'marginPercent', /^50[.,]0\s?%$/);
    const costs = await rule(ui, { scope: 'all', target: 'costNZD', operation: 'addPercent', value: '20' });
    await expect.poll(() => costs.textContent()).toBe('Apply +20 % to Cost NZD of all 6 rows');
    await costs.click();
    await scrollToColumn(ui, 'marginPercent');
    await ui.expectCellText(first!, 'marginPercent', /^40[.,]0\s?%$/);
    await ui.expectNewPrice(first!, '');
    expect(app.problems).toEqual([]);
  }, 120_000);
});
