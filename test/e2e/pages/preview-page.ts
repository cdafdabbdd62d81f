import type { Locator, Page } from 'playwright-core';

/** The diff preview: what a person reads and clicks before and while sending. */
export class PreviewPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('preview');
  }

  /** A line of the preview: a row's primary field (no field), or one of its other fields by id. */
  row(key: string, field?: string): Locator {
    return this.root.locator(`[data-testid="preview-row"][data-key="${key}"][data-field="${field ?? ''}"]`);
  }

  async flagsOf(key: string, field?: string): Promise<string> {
    return (await this.row(key, field).getByTestId('preview-flags').textContent()) ?? '';
  }

  async resultOf(key: string, field?: string): Promise<string> {
    return (await this.row(key, field).getByTestId('preview-result').textContent()) ?? '';
  }

  /** The lines as `key|field` (field empty for the primary), in the order the preview lists them. */
  async lines(): Promise<string[]> {
    return this.root.getByTestId('preview-row').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-key') ?? ''}|${r.getAttribute('data-field') ?? ''}`));
  }

  /** The rows' keys in the order the preview lists them. */
  async rowKeys(): Promise<string[]> {
    return this.root.getByTestId('preview-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));
  }

  /** Ticks or unticks a line (a row's field) for sending. */
  async include(key: string, send: boolean, field?: string): Promise<void> {
    await this.row(key, field).getByTestId('preview-include').setChecked(send);
  }

  /** Confirms a row's decimal slip ("This price is right"). */
  async confirmSlip(key: string): Promise<void> {
    await this.row(key).getByTestId('preview-slip-confirm').click();
  }

  /** Clicks the histogram bar with this label (its rows only; again for all). */
  async clickBucket(label: string): Promise<void> {
    await this.root.getByTestId('histogram-bucket').filter({ has: this.page.locator('.bucket-label', { hasText: label }) }).click();
  }

  /** Histogram bucket counts by label. */
  async histogram(): Promise<Record<string, number>> {
    const buckets = await this.root.getByTestId('histogram-bucket').all();
    const out: Record<string, number> = {};
    for (const b of buckets) out[(await b.locator('.bucket-label').textContent()) ?? ''] = Number(await b.getAttribute('data-count'));
    return out;
  }

  /** Clicks Send once the stale check is done, and the second confirmation when rows are flagged. */
  async confirm(): Promise<void> {
    const button = this.root.getByTestId('preview-confirm');
    await button.waitFor();
    await button.click();
    const second = this.page.getByTestId('confirm-dialog');
    const sending = this.root.getByTestId('preview-summary').or(this.root.getByTestId('preview-progress'));
    await second.or(sending).first().waitFor();
    if (await second.isVisible()) await this.page.getByTestId('confirm-ok').click();
  }

  async waitUntilDone(): Promise<void> {
    await this.root.getByTestId('preview-summary').waitFor({ timeout: 30_000 });
  }

  async close(): Promise<void> {
    await this.root.getByTestId('preview-close').click();
    await this.root.waitFor({ state: 'detached' });
  }
}
