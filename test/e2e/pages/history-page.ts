import type { Locator, Page } from 'playwright-core';

/** The history panel: the list of submissions and the chosen one's detail, rows and actions. */
export class HistoryPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('history');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('open-history').click();
    await this.root.getByTestId('history-detail').waitFor();
  }

  item(id: string): Locator {
    return this.root.locator(`[data-testid="history-item"][data-id="${id}"]`);
  }

  /** The submissions' ids, newest first. */
  async ids(): Promise<string[]> {
    return this.root.getByTestId('history-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-id') ?? ''));
  }

  /** A line of the submission: a row's primary field (no field), or one of its other fields by id. */
  row(key: string, field?: string): Locator {
    return this.root.locator(`[data-testid="history-row"][data-key="${key}"][data-field="${field ?? ''}"]`);
  }

  async text(testId: string): Promise<string> {
    return (await this.root.getByTestId(testId).textContent()) ?? '';
  }

  /** Ticks a line for a revert of just the ticked lines. */
  async pick(key: string, field?: string): Promise<void> {
    await this.row(key, field).getByTestId('history-row-pick').check();
  }

  async close(): Promise<void> {
    await this.root.getByTestId('history-close').click();
    await this.root.waitFor({ state: 'detached' });
  }
}
