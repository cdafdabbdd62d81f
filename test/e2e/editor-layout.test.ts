/**
 * Issue #13, "a layout that holds on a laptop" and "Excel habits", in Chromium at a desktop
 * and a laptop window size: New price and Status in view with each panel open, one-row
 * bars with "More ▾", a sidebar that folds, the status bar's shown rows and Sum / Average /
 * Count, Ctrl+F and Ctrl+A, the right-click menu, and "Remove price" that asks first.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CatalogRow } from '../../shared/types';
import type { AppUnderTest } from '../harness/launch';
import { snap } from '../harness/screens';
import { browserSuite } from '../harness/suite';
import { GridPage } from './pages/grid-page';

const suite = browserSuite();

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];

async function start(viewport: { width: number; height: number }): Promise<{ app: AppUnderTest; ui: GridPage; catalog: CatalogRow[] }> {
  const app = await suite.openApp({ viewport });
  const ui = new GridPage(app.page);
  await ui.waitForRows(500);
  const loaded = (await app.services.registry.invoke('catalog:load', { connectionId: 'sandbox' })) as { ok: true; data: { rows: CatalogRow[] } };
  return { app, ui, catalog: loaded.data.rows };
}

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return found;
};

/** Whether a column's header lies wholly inside the grid's visible area. */
async function headerInView(page: Page, colId: string): Promise<boolean> {
  const grid = await box(page, '[data-testid="price-grid"] .ag-root-wrapper');
  const header = await box(page, `[data-testid="price-grid"] .ag-header-cell[col-id="${colId}"]`);
  return header.x >= grid.x - 0.5 && header.x + header.width <= grid.x + grid.width + 0.5 && header.width > 40;
}

/** A bar is one row: no taller than its tallest control, nothing spilling out of it. */
async function oneRow(page: Page, testId: string): Promise<{ height: number; control: number; spills: boolean }> {
  return page.getByTestId(testId).evaluate((bar) => {
    const controls = [...bar.querySelectorAll(':scope > *')].filter((el) => getComputedStyle(el).visibility !== 'hidden');
    return {
      height: bar.getBoundingClientRect().height,
      control: Math.max(...controls.map((el) => el.getBoundingClientRect().height)),
      spills: bar.scrollWidth > bar.clientWidth + 1,
    };
  });
}

/** Cents as a decimal string with two places (test arithmetic on integers, no floats). */
const cents = (value: string) => Math.round(Number(value) * 100);
const fromCents = (n: number) => `${Math.trunc(n / 100)}.${String(Math.abs(n) % 100).padStart(2, '0')}`;

describe.each(SIZES)('a layout that holds at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it('keeps New price and Status in view with each panel open, the bars one row high, the sidebar foldable', async () => {
    const { app, ui, catalog } = await start(viewport);
    const pinnedLeft = () => app.page.locator('[data-testid="price-grid"] .ag-header .ag-grid-pinned-left-cells .ag-header-cell').evaluateAll((cells) => cells.map((c) => c.getAttribute('col-id')));
    const arranged = await pinnedLeft();
    for (const panel of [null, 'bulk', 'problems', 'columns'] as const) {
      if (panel) await ui.clickBarButton(`${panel}-open`);
      if (panel) await app.page.getByTestId(`${panel}-panel`).waitFor();
      // Both in view once the grid has settled (a panel may move them to the right edge).
      await expect.poll(async () => [await headerInView(app.page, 'newPrice'), await headerInView(app.page, 'status')], { timeout: 5000 }).toEqual([true, true]);
      // The editable cells themselves, not just the header.
      expect(await ui.cell(catalog[0]!.key, 'newPrice').isVisible()).toBe(true);
      for (const bar of ['toolbar-actions', 'grid-bar']) {
        const row = await oneRow(app.page, bar);
        expect(row.spills, `${bar} with ${panel ?? 'no'} panel`).toBe(false);
        expect(row.height, `${bar} with ${panel ?? 'no'} panel`).toBeLessThanOrEqual(row.control + 1);
      }
      if (panel === 'columns') {
        // The panel cannot hide or unpin them either.
        expect(await app.page.getByTestId('column-visible-newPrice').isDisabled()).toBe(true);
        expect(await app.page.getByTestId('column-pin-status').isDisabled()).toBe(true);
      }
      await snap(app.page, `layout-${panel ?? 'no'}-panel-${size}`);
    }
    // Closed again, the columns a panel unpinned are pinned back as they were (AG Grid's
    // own unpinning once left SKU scrolling for good).
    await ui.clickBarButton('columns-open');
    await app.page.getByTestId('columns-panel').waitFor({ state: 'detached' });
    await expect.poll(pinnedLeft).toEqual(arranged);
    expect(arranged[0]).toBe('sku');
    // What does not fit is in More, and works from there.
    const inBar = await app.page.getByTestId('grid-bar').locator(':scope > [data-bar-item]').count();
    await app.page.getByTestId('grid-bar-more').click();
    const inMenu = await app.page.getByTestId('grid-bar').locator('[data-menu-item]').count();
    // Ten items and the field choice of the Only changed / Only problems filters (the demo shop has several fields).
    expect(inBar + inMenu).toBe(11);
    if (viewport.width === 1024) expect(inMenu).toBeGreaterThan(0);
    await snap(app.page, `layout-more-menu-${size}`);
    await app.page.keyboard.press('Escape');
    expect(await app.page.locator('[data-testid="grid-bar"] details[open]').count()).toBe(0);

    // The sidebar folds away and the grid takes the room; it comes back the same way.
    const before = await box(app.page, '[data-testid="price-grid"]');
    await app.page.getByTestId('sidebar-toggle').click();
    await expect.poll(async () => (await box(app.page, '[data-testid="connections-sidebar"]')).width).toBeLessThan(50);
    expect((await box(app.page, '[data-testid="price-grid"]')).width).toBeGreaterThan(before.width + 150);
    expect(await headerInView(app.page, 'status')).toBe(true);
    await snap(app.page, `layout-sidebar-folded-${size}`);
    await app.page.getByTestId('sidebar-toggle').click();
    await app.page.getByTestId('connection-sandbox').waitFor();
    expect(app.problems).toEqual([]);
  });

  it('shows a long status in full on hover and in the problems panel', async () => {
    const { app, ui, catalog } = await start(viewport);
    const row = catalog.find((r) => r.cost !== null && r.price !== null)!;
    // Below cost and a decimal slip at once: a message longer than the column.
    await ui.typePrice(row.key, '0.01');
    const status = ui.cell(row.key, 'status');
    await expect.poll(async () => (await status.textContent()) ?? '').toMatch(/^Problem: .*cost/);
    const full = (await status.textContent())!;
    // Cut off in the cell...
    expect(await status.evaluate((el) => [el, ...el.querySelectorAll('*')].some((e) => e.scrollWidth > e.clientWidth + 1))).toBe(true);
    // ...in full on hover.
    await status.hover();
    const tooltip = app.page.locator('.ag-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toBe(full);
    await snap(app.page, `status-tooltip-${size}`);
    await ui.openProblems();
    const item = app.page.locator(`[data-testid="problem-item"][data-key="${row.key}"]`);
    expect(full).toContain((await item.locator('.problem-message').textContent())!);

    // Once sent, the platform's answer is in the panel in full too.
    await app.page.locator(`[data-testid="slip-confirm"][data-key="${row.key}"]`).click();
    await ui.submit();
    await expect.poll(async () => (await status.textContent()) ?? '').toMatch(/^Warning: /);
    const answer = app.page.locator(`[data-testid="problem-answer"][data-key="${row.key}"] .problem-message`);
    expect(await answer.textContent()).toBe(await status.textContent());
    await snap(app.page, `problems-panel-answers-${size}`);
    expect(app.problems).toEqual([]);
  });
});

describe.each(SIZES)('Excel habits at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it('counts the rows shown and sums, averages and counts the selected cells', async () => {
    const { app, ui, catalog } = await start(viewport);
    await app.page.getByTestId('grid-search').fill('Espresso');
    await expect.poll(() => ui.text('status-rows')).toMatch(/^\d+ of 500 rows$/);
    const matching = catalog.filter((r) => `${r.sku} ${r.name}`.toLowerCase().includes('espresso')).length;
    expect(await ui.text('status-rows')).toBe(`${matching} of 500 rows`);
    await app.page.getByTestId('grid-search').fill('');
    await ui.waitForRows(500);

    // SKU, Name and Current price of three rows: Sum and Average of the prices, Count of all nine cells.
    const [a, b, c] = catalog;
    await ui.select(a!.key, 'sku');
    await ui.shiftSelect(c!.key, 'price');
    const total = cents(a!.price!) + cents(b!.price!) + cents(c!.price!);
    await expect.poll(() => ui.text('status-count')).toBe('Count: 9');
    expect(await ui.text('status-sum')).toBe(`Sum: €${fromCents(total)}`);
    expect(await ui.text('status-average')).toBe(`Average: €${fromCents(Math.round(total / 3))}`);
    await snap(app.page, `status-bar-selection-${size}`);
    // One cell is where the cursor is: no figures.
    await ui.select(a!.key, 'sku');
    await app.page.getByTestId('status-selection').waitFor({ state: 'detached' });
    expect(app.problems).toEqual([]);
  });

  it('Ctrl+F goes to the search box and Ctrl+A selects the shown cells, not the page', async () => {
    const { app, ui, catalog } = await start(viewport);
    await ui.select(catalog[2]!.key, 'name');
    await app.page.keyboard.press('Control+f');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('grid-search');
    await app.page.keyboard.type('Espresso');
    await expect.poll(() => ui.text('status-rows')).toMatch(/^\d+ of 500 rows$/);
    const shownRows = Number((await ui.text('status-rows')).split(' ')[0]);
    const [first] = await ui.shownRowKeys();
    await ui.select(first!, 'name');
    await app.page.keyboard.press('Control+a');
    const columns = await app.page.locator('[data-testid="price-grid"] .ag-header-cell[col-id]').count();
    await expect.poll(() => ui.text('status-count'), { timeout: 5000 }).toMatch(/^Count: \d+$/);
    // Every shown cell is selected (empty cells are not counted, so compare the selection itself).
    expect(await ui.cell(first!, 'sku').getAttribute('class')).toContain('cell-selected');
    expect(await ui.cell(first!, 'status').getAttribute('class')).toContain('cell-selected');
    expect(await app.page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
    // The selection spans the shown rows: Bulk adjust offers exactly them.
    const apply = await ui.openBulk();
    await app.page.getByTestId('bulk-value').fill('1');
    await expect.poll(() => apply.textContent()).toBe(`Apply +1 % to Price of ${shownRows} selected rows`);
    expect(columns).toBeGreaterThan(5);
    // In a text field Ctrl+A is the field's own.
    await app.page.getByTestId('grid-search').click();
    await app.page.keyboard.press('Control+a');
    expect(await app.page.getByTestId('grid-search').evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0))).toBe('Espresso');
    // The Edit menu's Select All (macOS takes Cmd+A there first) does the same in the grid.
    await ui.select(first!, 'name');
    await app.page.getByTestId('status-selection').waitFor({ state: 'detached' });
    await ui.menuCommand('selectAll');
    await app.page.getByTestId('status-count').waitFor();
    expect(await ui.cell(first!, 'status').getAttribute('class')).toContain('cell-selected');
    expect(app.problems).toEqual([]);
  });

  it('offers Copy, Paste, Fill down, Clear, Bulk adjust and Remove price on a right-click, by keyboard too', async () => {
    const { app, ui, catalog } = await start(viewport);
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const [a, b, c, d] = catalog;
    await ui.typePrice(a!.key, fromCents(cents(a!.price!) + 100));
    await ui.select(a!.key);
    await ui.shiftSelect(c!.key);
    let menu = await ui.contextMenu(b!.key);
    await snap(app.page, `context-menu-${size}`);
    // Keyboard: the first item has the focus, arrows move, Escape closes and the selection stays.
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('menu-copy');
    await app.page.keyboard.press('ArrowDown');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('menu-paste');
    await app.page.keyboard.press('ArrowUp');
    await app.page.keyboard.press('ArrowUp');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('menu-remove-price');
    await app.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await ui.cell(c!.key, 'newPrice').getAttribute('class')).toContain('cell-selected');

    // Fill down from the menu, reached by keyboard.
    menu = await ui.contextMenu(b!.key);
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await ui.expectNewPrice(c!.key, `€${fromCents(cents(a!.price!) + 100)}`);
    await ui.expectNewPrice(b!.key, `€${fromCents(cents(a!.price!) + 100)}`);

    // Copy: what Ctrl+C would put on the clipboard.
    await app.page.evaluate(() => window.addEventListener('copy', (e) => ((window as unknown as { copied: string }).copied = e.clipboardData!.getData('text/plain'))));
    menu = await ui.contextMenu(b!.key);
    await menu.getByTestId('menu-copy').click();
    const copied = await app.page.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied.trim().split('\r\n')).toEqual(Array(3).fill(fromCents(cents(a!.price!) + 100)));

    // Paste on another row from the menu.
    await app.page.evaluate(() => navigator.clipboard.writeText('12.34'));
    menu = await ui.contextMenu(d!.key);
    await menu.getByTestId('menu-paste').click();
    await ui.expectNewPrice(d!.key, '€12.34');

    // Clear new price on the rows whichever cells are selected.
    await ui.select(a!.key, 'sku');
    await ui.shiftSelect(b!.key, 'name');
    menu = await ui.contextMenu(a!.key, 'name');
    await menu.getByTestId('menu-clear').click();
    await ui.expectNewPrice(a!.key, '');
    await ui.expectNewPrice(b!.key, '');
    await ui.expectNewPrice(c!.key, `€${fromCents(cents(a!.price!) + 100)}`);

    // Bulk adjust on the selection, even one row.
    menu = await ui.contextMenu(d!.key, 'sku');
    expect(await menu.getByTestId('menu-bulk').textContent()).toBe('Bulk adjust this row…');
    await menu.getByTestId('menu-bulk').click();
    await app.page.getByTestId('bulk-panel').waitFor();
    expect(await app.page.getByTestId('bulk-scope-selection').isChecked()).toBe(true);
    await app.page.getByTestId('bulk-value').fill('10');
    await expect.poll(() => app.page.getByTestId('bulk-apply').textContent()).toBe('Apply +10 % to Price of 1 selected row');
    expect(app.problems).toEqual([]);
  });

  it('asks before removing prices, naming the count, from the menu and from More; no button next to Undo', async () => {
    const { app, ui, catalog } = await start(viewport);
    const [a, b, c] = catalog;
    // Not a button in the bar: only in More (and the context menu).
    expect(await app.page.getByTestId('grid-bar').locator(':scope > [data-bar-item] [data-testid="remove-prices"]').count()).toBe(0);
    await ui.select(a!.key, 'sku');
    await ui.shiftSelect(c!.key, 'sku');
    const menu = await ui.contextMenu(b!.key, 'sku');
    await menu.getByTestId('menu-remove-price').click();
    const dialog = app.page.getByTestId('confirm-dialog');
    expect(await dialog.locator('h3').textContent()).toBe('Remove the price of 3 products?');
    await snap(app.page, `remove-price-confirm-${size}`);
    await dialog.getByTestId('confirm-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    await ui.expectNewPrice(a!.key, '');
    expect(await ui.text('status-changed')).toBe('0 changed');

    await ui.select(a!.key, 'sku');
    await ui.shiftSelect(b!.key, 'sku');
    expect(await ui.removePrices()).toBe('Remove the price of 2 products?');
    await ui.expectNewPrice(a!.key, 'remove price');
    await ui.expectNewPrice(b!.key, 'remove price');
    await ui.expectNewPrice(c!.key, '');
    expect(app.problems).toEqual([]);
  });
});
