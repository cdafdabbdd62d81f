import type { Locator, Page } from 'playwright-core';

/** The add/edit connection dialog. */
export class ConnectionDialogPage {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('connection-dialog');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('connection-add').click();
    await this.root.waitFor();
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [key, value] of Object.entries(values)) {
      const field = this.root.getByTestId(`field-${key}`);
      if (!(await field.isVisible())) await this.openAdvanced();
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
  }

  /** Unfolds the Advanced fields (API address, batch size) when they are folded. */
  async openAdvanced(): Promise<void> {
    const advanced = this.root.getByTestId('advanced-fields');
    if ((await advanced.count()) && !(await advanced.evaluate((d) => (d as HTMLDetailsElement).open))) await advanced.locator('summary').click();
  }

  async saveAndTest(): Promise<string> {
    await this.root.getByTestId('connection-save-test').click();
    const result = this.root.getByTestId('connection-test-result');
    await result.waitFor();
    return (await result.textContent()) ?? '';
  }

  /** The price fields the last test listed: one "id|label" per row, in order. */
  async priceFields(): Promise<string[]> {
    return priceFieldsIn(this.root);
  }

  async close(): Promise<void> {
    await this.root.getByTestId('connection-cancel').click();
    await this.root.waitFor({ state: 'detached' });
  }

  /** Adds a Cin7 Omni connection to a fake server (test/fakes/cin7.ts) as a person does, tests it, and closes the dialog; answers the test's message. */
  async addCin7(fake: { url: string; username: string; apiKey: string }, label = 'Omni'): Promise<string> {
    await this.open();
    await this.fill({ vendor: 'cin7' });
    await this.fill({ label, baseUrl: `${fake.url}/api/`, username: fake.username, apiKey: fake.apiKey });
    const result = await this.saveAndTest();
    await this.close();
    return result;
  }
}

/** The rows of a price-fields table (connections/FieldsList.tsx) under `scope`, as "id|label", "(primary)" after the edited one, scrolled into view. */
export async function priceFieldsIn(scope: Locator): Promise<string[]> {
  const table = scope.getByTestId('price-fields');
  await table.waitFor();
  await table.scrollIntoViewIfNeeded();
  return table.locator('li').evaluateAll((items) => items.map((li) => `${li.querySelector('code')?.textContent ?? ''}|${li.querySelector('.price-field-label')?.textContent ?? ''}${li.querySelector('.price-field-primary') ? ' (primary)' : ''}`));
}
