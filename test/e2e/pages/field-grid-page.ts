import { expect } from 'vitest';
import type { Locator } from 'playwright-core';
import { GridPage } from './grid-page';

/** The grid's per-field columns (`cur:<id>`, `new:<id>`...), which may sit outside the window until scrolled to. */
export class FieldGridPage extends GridPage {
  /**
   * Scrolls the grid sideways until a row's cell of the column is drawn and clear of the
   * pinned columns (AG Grid draws only the columns in view; pinned ones cover the rest).
   */
  async showCell(rowKey: string, colId: string): Promise<Locator> {
    const cell = this.cell(rowKey, colId);
    const scroller = this.grid.locator('.ag-body-horizontal-scroll-viewport');
    if (!(await cell.count())) await scroller.evaluate((el) => el.scrollTo({ left: 0 }));
    for (let i = 0; i < 40; i++) {
      // How far to scroll so the cell sits between the pinned columns; 150 to the right while it is not drawn.
      const by = await this.grid.evaluate(
        (grid, [row, col]) => {
          const found = grid.querySelector(`.ag-row[row-id="${row}"] .ag-cell[col-id="${col}"]`);
          if (!found) return 150;
          const box = found.getBoundingClientRect();
          const edges = (sel: string) => [...grid.querySelectorAll(sel)].map((e) => e.getBoundingClientRect()).filter((b) => b.width > 0);
          // The body's right edge without its vertical scrollbar, or the right-pinned columns.
          const body = grid.querySelector('.ag-body-viewport');
          const bodyRight = body ? body.getBoundingClientRect().left + body.clientWidth : Infinity;
          const right = Math.min(grid.getBoundingClientRect().right, bodyRight, ...edges('.ag-body-vertical-scroll, .ag-grid-pinned-right-cells').map((b) => b.left));
          const left = Math.max(grid.getBoundingClientRect().left, ...edges('.ag-grid-pinned-left-cells').map((b) => b.right));
          return box.left < left ? box.left - left - 10 : box.right > right ? box.right - right + 10 : 0;
        },
        [rowKey, colId] as const,
      );
      if (by === 0) break;
      await scroller.evaluate((el, left) => el.scrollBy({ left }), by);
      await this.page.waitForTimeout(50);
    }
    return cell;
  }

  async cellText(rowKey: string, colId: string): Promise<string> {
    return ((await (await this.showCell(rowKey, colId)).textContent()) ?? '').trim();
  }

  async expectCell(rowKey: string, colId: string, expected: string): Promise<void> {
    await expect.poll(() => this.cellText(rowKey, colId), { timeout: 10_000 }).toBe(expected);
  }

  /** The amount a price cell shows, as a plain decimal ("€1,234.50" -> "1234.50"). */
  async amount(rowKey: string, colId: string): Promise<string> {
    return (await this.cellText(rowKey, colId)).replace(/[^0-9.]/g, '');
  }

  async selectCell(rowKey: string, colId: string, shift = false): Promise<void> {
    await (await this.showCell(rowKey, colId)).click(shift ? { modifiers: ['Shift'] } : {});
  }

  /** Types into a field's New cell as a person does: click, F2, type, Enter. */
  async typeIn(rowKey: string, colId: string, value: string): Promise<void> {
    await this.selectCell(rowKey, colId);
    await this.page.keyboard.press('F2');
    const editor = this.grid.locator('.ag-cell-inline-editing input');
    await editor.waitFor();
    await editor.fill(value);
    await this.page.keyboard.press('Enter');
  }

  /** Drags the fill handle (the corner of the selection's last cell, `fromRowKey`) down to a row's cell in the same column. */
  async dragFillTo(fromRowKey: string, toRowKey: string, colId: string): Promise<void> {
    const corner = (await (await this.showCell(fromRowKey, colId)).boundingBox())!;
    const to = (await this.cell(toRowKey, colId).boundingBox())!;
    await this.page.mouse.move(corner.x + corner.width - 4, corner.y + corner.height - 4);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  /** A grid bar control, from the More menu when the window is too narrow for it. */
  async barControl(testId: string): Promise<Locator> {
    const control = this.page.getByTestId(testId);
    if (!(await control.isVisible())) await this.page.getByTestId('grid-bar-more').click();
    return control;
  }

  /** Sets the filters: Only changed / Only problems, in all fields ('') or one field id. */
  async filter(options: { changed?: boolean; problems?: boolean; field?: string }): Promise<void> {
    if (options.field !== undefined) await (await this.barControl('filter-field')).selectOption(options.field);
    if (options.changed !== undefined) await (await this.barControl('filter-changed')).setChecked(options.changed);
    if (options.problems !== undefined) await (await this.barControl('filter-problems')).setChecked(options.problems);
    // Fold the More menu again if it had to open, so it covers no cell.
    const more = this.page.getByTestId('grid-bar-more');
    if ((await more.isVisible()) && (await more.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await more.click();
  }

  /** The Columns panel's "Price fields" choice: field id -> shown. */
  async shownFields(): Promise<Record<string, boolean>> {
    const boxes = this.page.getByTestId('price-fields').locator('input[type="checkbox"]');
    const entries = await boxes.evaluateAll((els) => els.map((el) => [el.getAttribute('data-testid')!.replace('field-shown-', ''), (el as HTMLInputElement).checked] as const));
    return Object.fromEntries(entries);
  }

  /** The problems panel's entries as "field|text" (field empty for the primary). */
  async problemItems(): Promise<string[]> {
    await this.openProblems();
    return this.page.getByTestId('problem-item').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-field') ?? ''}|${el.querySelector('.problem-message')?.textContent ?? ''}`));
  }
}
