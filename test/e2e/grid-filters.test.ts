/**
 * Issue #13, per-column filters, in Chromium at a desktop and a laptop window size: a
 * decimal range on a price column compared as numbers (not as text), AG Grid's text filter
 * on Name, a visible marker naming each filter, and the Bulk adjust scope following them;
 * the vendor's grouping fields as optional columns, so "all Coffee products" is one filter.
 */
import { describe, expect, it } from 'vitest';
import { compareDecimals } from '../../shared/grid/micros';
import { snap } from '../harness/screens';
import { browserSuite } from '../harness/suite';
import { SIZES, startDemo } from './pages/demo-start';

const suite = browserSuite();

const start = (viewport: { width: number; height: number }) => startDemo(suite, viewport);

const between = (price: string | null, from: string, to: string) => price !== null && compareDecimals(price, from) >= 0 && compareDecimals(price, to) <= 0;

describe.each(SIZES)('per-column filters at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it('filters a price range as numbers, names it above the grid, and Bulk adjust applies to what it shows', async () => {
    const { app, ui, catalog } = await start(viewport);
    // 9 to 10: as text "9.99" sorts after "10" and "100.00" before "9", so a text filter would pick other rows.
    const expected = catalog.filter((r) => between(r.price, '9', '10'));
    expect(expected.length).toBeGreaterThan(1);
    await ui.filterRange('price', '9', '10');

    const marker = app.page.getByTestId('column-filter-price');
    await expect.poll(() => marker.textContent()).toMatch(/^Current price from 9 to 10/);
    expect(await app.page.locator('.ag-header-cell[col-id="price"]').getAttribute('class')).toMatch(/ag-header-cell-filtered/);

    const apply = await ui.openBulk();
    await app.page.getByTestId('bulk-operation').selectOption('addPercent');
    await app.page.getByTestId('bulk-value').fill('10');
    await expect.poll(() => apply.textContent()).toBe(`Apply +10 % to Price of ${expected.length} filtered rows`);
    expect(await app.page.getByTestId('bulk-scope-filtered').isChecked()).toBe(true);
    const shown = await ui.shownRowKeys();
    expect(shown.every((key) => expected.some((r) => r.key === key))).toBe(true);
    await snap(app.page, `filter-price-range-${size}`);

    // A text filter on Name narrows it further; both are named.
    const coffee = expected.filter((r) => r.name.toLowerCase().includes('coffee'));
    await ui.filterText('name', 'coffee');
    await expect.poll(() => app.page.getByTestId('column-filter-name').textContent()).toMatch(/^Name contains "coffee"/);
    await expect.poll(() => apply.textContent()).toBe(coffee.length === 0 ? 'Apply' : `Apply +10 % to Price of ${coffee.length} filtered ${coffee.length === 1 ? 'row' : 'rows'}`);

    await app.page.getByTestId('column-filters-clear').click();
    await expect.poll(() => app.page.getByTestId('column-filters').count()).toBe(0);
    await expect.poll(() => apply.textContent()).toBe('Apply +10 % to Price of all 500 rows');
    expect(app.problems).toEqual([]);
  });

  it('reads a bound with the decimal separator and says when a bound is not a number', async () => {
    const { app, ui, catalog } = await start(viewport);
    await ui.filterRange('price', '', '5,5');
    await expect.poll(() => app.page.getByTestId('column-filter-price').textContent()).toMatch(/^Current price up to 5.5/);
    const expected = catalog.filter((r) => r.price !== null && compareDecimals(r.price, '5.5') <= 0).length;
    const apply = await ui.openBulk();
    await app.page.getByTestId('bulk-value').fill('10');
    await expect.poll(() => apply.textContent()).toBe(`Apply +10 % to Price of ${expected} filtered rows`);

    // The panel closed again, so the header is in reach at the laptop size too.
    await ui.clickBarButton('bulk-open');
    await ui.openColumnFilter('price');
    await app.page.getByTestId('range-to').fill('abc');
    await expect.poll(() => ui.text('range-error')).toMatch(/abc/);
    // The filter stays as it was until the box holds a number again.
    expect(await app.page.getByTestId('column-filter-price').textContent()).toMatch(/^Current price up to 5.5/);
    await snap(app.page, `filter-range-error-${size}`);
    await app.page.getByTestId('range-clear').click();
    await expect.poll(() => app.page.getByTestId('column-filters').count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('offers the catalog\'s grouping fields as hidden columns, and "all Coffee products" is one filter', async () => {
    const { app, ui, catalog } = await start(viewport);
    const coffee = catalog.filter((r) => r.groups?.category === 'Coffee');
    expect(coffee.length).toBe(84);
    expect(await app.page.locator('.ag-header-cell[col-id="category"]').count()).toBe(0);

    await ui.clickBarButton('columns-open');
    // The demo shop has categories and brands, no supplier or product type: only those two are offered.
    await app.page.getByTestId('column-visible-brand').waitFor();
    expect(await app.page.getByTestId('column-visible-category').isChecked()).toBe(false);
    expect(await app.page.getByTestId('column-visible-supplier').count()).toBe(0);
    expect(await app.page.getByTestId('column-visible-productType').count()).toBe(0);
    await app.page.getByTestId('column-visible-category').check();
    await ui.clickBarButton('columns-open');
    await expect.poll(() => ui.cell(coffee[0]!.key, 'category').textContent()).toBe('Coffee');

    await ui.filterText('category', 'coffee');
    await expect.poll(() => app.page.getByTestId('column-filter-category').textContent()).toMatch(/^Category contains "coffee"/);
    const apply = await ui.openBulk();
    await app.page.getByTestId('bulk-value').fill('5');
    await expect.poll(() => apply.textContent()).toBe('Apply +5 % to Price of 84 filtered rows');
    expect((await ui.shownRowKeys()).every((key) => coffee.some((r) => r.key === key))).toBe(true);
    await snap(app.page, `filter-category-coffee-${size}`);
    expect(app.problems).toEqual([]);
  });
});
