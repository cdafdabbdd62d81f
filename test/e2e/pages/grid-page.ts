import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

/** The price grid's own gestures: selection, clipboard, fill, bulk adjust, filters, drafts. */
export class GridPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async newPrice(rowKey: string): Promise<string> {
    return ((await this.cell(rowKey, 'newPrice').textContent()) ?? '').trim();
  }

  async expectNewPrice(rowKey: string, expected: string): Promise<void> {
    await expect.poll(() => this.newPrice(rowKey), { timeout: 10_000 }).toBe(expected);
  }

  async select(rowKey: string, column = 'newPrice'): Promise<void> {
    await this.cell(rowKey, column).click();
  }

  async shiftSelect(rowKey: string, column = 'newPrice'): Promise<void> {
    await this.cell(rowKey, column).click({ modifiers: ['Shift'] });
  }

  /** Pastes text on the focused cell as the clipboard would (a paste event carrying it). */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /** What a copy (Ctrl/Cmd+C) of the selection puts on the clipboard. */
  async copy(): Promise<string> {
    return this.page.evaluate(() => {
      const data = new DataTransfer();
      document.activeElement!.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData('text/plain');
    });
  }

  /** Drags the fill handle from the selection's last cell to a row's New price cell. */
  async dragFillHandle(toRowKey: string): Promise<void> {
    // The handle is drawn by CSS in the bottom-right corner of the selection's last cell.
    const corner = (await this.grid.locator('.ag-cell.cell-fill-corner').first().boundingBox())!;
    const to = (await this.cell(toRowKey, 'newPrice').boundingBox())!;
    await this.page.mouse.move(corner.x + corner.width - 4, corner.y + corner.height - 4);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  async bulk(options: { scope: 'selection' | 'filtered' | 'all'; operation: string; value?: string; rounding?: string; mode?: string }): Promise<string> {
    if (!(await this.page.getByTestId('bulk-panel').isVisible())) await this.page.getByTestId('bulk-open').click();
    await this.page.getByTestId(`bulk-scope-${options.scope}`).check();
    await this.page.getByTestId('bulk-operation').selectOption(options.operation);
    if (options.value !== undefined) await this.page.getByTestId('bulk-value').fill(options.value);
    await this.page.getByTestId('bulk-rounding').selectOption(options.rounding ?? 'none');
    if (options.mode) await this.page.getByTestId('bulk-mode').selectOption(options.mode);
    const preview = this.page.getByTestId('bulk-preview-count');
    await preview.waitFor();
    const text = (await this.page.getByTestId('bulk-preview').textContent()) ?? '';
    await this.page.getByTestId('bulk-apply').click();
    return text;
  }

  /** Opens the bulk adjust panel (when closed) and returns its Apply button. */
  async openBulk() {
    if (!(await this.page.getByTestId('bulk-panel').isVisible())) await this.page.getByTestId('bulk-open').click();
    return this.page.getByTestId('bulk-apply');
  }

  /** Clicks a grid bar button, from its More menu when the window is too narrow for it. */
  async clickBarButton(testId: string): Promise<void> {
    const button = this.page.getByTestId(testId);
    if (!(await button.isVisible())) await this.page.getByTestId('grid-bar-more').click();
    await button.click();
  }

  /** Runs "Remove price…" from the grid bar's More menu and confirms the question, which it returns. */
  async removePrices(): Promise<string> {
    await this.page.getByTestId('grid-bar-more').click();
    await this.page.getByTestId('remove-prices').click();
    const dialog = this.page.getByTestId('confirm-dialog');
    const question = (await dialog.locator('h3').textContent()) ?? '';
    await dialog.getByTestId('confirm-ok').click();
    await dialog.waitFor({ state: 'detached' });
    return question;
  }

  /** Right-clicks a cell and returns the context menu. */
  async contextMenu(rowKey: string, column = 'newPrice') {
    await this.cell(rowKey, column).click({ button: 'right' });
    const menu = this.page.getByTestId('grid-context-menu');
    await menu.waitFor();
    return menu;
  }

  /** Opens the problems panel when closed. */
  async openProblems(): Promise<void> {
    if (!(await this.page.getByTestId('problems-panel').isVisible())) await this.page.getByTestId('problems-open').click();
  }

  /** What the Edit menu's Undo/Redo/Select All does in Electron: main pushes `menu:command` to the page. */
  async menuCommand(command: 'undo' | 'redo' | 'selectAll'): Promise<void> {
    await this.page.evaluate((c) => window.__pdEmit('menu:command', { command: c }), command);
  }

  /** The focused grid cell as [row id, column id], or null when focus is elsewhere. */
  async focusedCell(): Promise<[string, string] | null> {
    return this.page.evaluate(() => {
      const cell = document.activeElement?.closest('.ag-cell');
      const row = cell?.closest('.ag-row')?.getAttribute('row-id');
      const col = cell?.getAttribute('col-id');
      return row && col ? [row, col] : null;
    });
  }

  /** Row keys currently displayed, top to bottom (the grid renders only what is on screen). */
  async shownRowKeys(): Promise<string[]> {
    const rows = await this.grid.locator('.ag-row[row-id]').evaluateAll((els) => els.map((r) => [Number(r.getAttribute('row-index')), r.getAttribute('row-id') ?? ''] as const));
    // Each row appears once per pinned section: keep one, in display order.
    return [...new Map(rows.map(([index, id]) => [id, index])).entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  }

  /** Opens a column's filter from its header's filter button. */
  async openColumnFilter(colId: string): Promise<Locator> {
    // Bring the column into view through a body cell: AG Grid moves its header after the body,
    // and scrolling the header itself (Playwright's own scroll before a click) fights that.
    const cell = this.grid.locator(`.ag-cell[col-id="${colId}"]`).first();
    if (await cell.count()) await cell.scrollIntoViewIfNeeded();
    await this.page.locator(`.ag-header-cell[col-id="${colId}"] .ag-header-cell-filter-button`).click();
    const popup = this.page.locator('.ag-popup .ag-filter');
    await popup.waitFor();
    return popup;
  }

  /** Filters a number column to a range, typed as a person types it; the popup closes after. */
  async filterRange(colId: string, from: string, to: string): Promise<void> {
    await this.openColumnFilter(colId);
    await this.page.getByTestId(`range-filter-${colId}`).waitFor();
    await this.page.getByTestId('range-from').fill(from);
    await this.page.getByTestId('range-to').fill(to);
    await this.page.keyboard.press('Escape');
  }

  /** Filters a text column with AG Grid's own text filter ("contains" by default). */
  async filterText(colId: string, text: string): Promise<void> {
    const popup = await this.openColumnFilter(colId);
    await popup.locator('input.ag-input-field-input[type="text"]').first().fill(text);
    // The text filter applies after its short debounce.
    await this.page.waitForTimeout(600);
    await this.page.keyboard.press('Escape');
  }
}
