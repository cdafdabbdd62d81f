import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { PreviewPage } from './preview-page';

/** What a person sees and does in PriceDesk, by data-testid and AG Grid's row/col ids. */
export class AppPage {
  constructor(readonly page: Page) {}

  get grid(): Locator {
    return this.page.getByTestId('price-grid');
  }

  cell(rowKey: string, column: string): Locator {
    return this.grid.locator(`.ag-row[row-id="${rowKey}"] .ag-cell[col-id="${column}"]`);
  }

  async waitForRows(count: number): Promise<void> {
    // Exactly: "84 of 500 rows" (a search or filter) is not all 500 rows shown. In any
    // language ("500 filas", "500 rader"); counts here stay below 1,000, so no grouping.
    await this.page.getByTestId('status-rows').filter({ hasText: new RegExp(`^${count} \\p{L}+$`, 'u') }).waitFor();
    await this.grid.locator('.ag-row').first().waitFor();
  }

  async text(testId: string): Promise<string> {
    return (await this.page.getByTestId(testId).textContent()) ?? '';
  }

  /** Types a new price into a row's "New price" cell the way a person does: click, F2, type, Enter (Enter alone moves down, as in Excel). */
  async typePrice(rowKey: string, value: string): Promise<void> {
    const cell = this.cell(rowKey, 'newPrice');
    await cell.click();
    await this.page.keyboard.press('F2');
    const editor = this.grid.locator('.ag-cell-inline-editing input');
    await editor.waitFor();
    await editor.fill(value);
    await this.page.keyboard.press('Enter');
  }

  /** Sends the pending changes the way a person does: open the preview, confirm (twice if rows are flagged), wait, close. */
  async submit(): Promise<void> {
    await this.page.getByTestId('submit').click();
    await this.preview.confirm();
    await this.preview.waitUntilDone();
    await this.preview.close();
  }

  get preview(): PreviewPage {
    return new PreviewPage(this.page);
  }

  async waitForNotice(kind: 'success' | 'warning' | 'error' | 'info', text?: string): Promise<string> {
    const notice = this.page.getByTestId(`notice-${kind}`).filter(text ? { hasText: text } : {}).last();
    await notice.waitFor();
    return (await notice.textContent()) ?? '';
  }

  /** A string must equal the cell's text exactly (so '' means empty); a RegExp must match it. */
  async expectCellText(rowKey: string, column: string, expected: string | RegExp): Promise<void> {
    const read = async () => (await this.cell(rowKey, column).textContent()) ?? '';
    if (typeof expected === 'string') await expect.poll(read, { timeout: 10_000 }).toBe(expected);
    else await expect.poll(read, { timeout: 10_000 }).toMatch(expected);
  }
}
