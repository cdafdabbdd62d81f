import type { Locator, Page } from 'playwright-core';

/** The import dialog as a person uses it: choose or drop a file, check the columns, merge. */
export class ImportDialogPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('import-dialog');
  }

  /** Chooses a file with the toolbar's Import… button (the system file dialog). */
  async choose(name: string, bytes: Uint8Array, mimeType = 'application/octet-stream'): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
    await this.dialog.waitFor();
  }

  /** Drops a file on the window, as from the file manager. */
  async drop(name: string, bytes: Uint8Array, mimeType = 'text/csv'): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ([fileName, data, type]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], fileName, { type }));
        return transfer;
      },
      [name, Array.from(bytes), mimeType] as const,
    );
    await this.page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await this.page.dispatchEvent('body', 'dragover', { dataTransfer });
    await this.page.dispatchEvent('body', 'drop', { dataTransfer });
    await this.dialog.waitFor();
  }

  async waitForReport(): Promise<string> {
    const summary = this.page.getByTestId('import-summary');
    await summary.waitFor();
    return (await summary.textContent()) ?? '';
  }

  async waitForError(): Promise<string> {
    const error = this.page.getByTestId('import-error');
    await error.waitFor();
    return (await error.textContent()) ?? '';
  }

  async problems(): Promise<string[]> {
    return this.page.getByTestId('import-problem').allTextContents();
  }

  async selected(testId: string): Promise<string> {
    return this.page.getByTestId(testId).inputValue();
  }

  async merge(): Promise<void> {
    await this.page.getByTestId('import-merge').click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  async close(): Promise<void> {
    await this.page.getByTestId('import-cancel').click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
