import type { Locator, Page } from 'playwright-core';

/** Settings > Language and region, opened from the toolbar (or its More menu on a narrow window). */
export class SettingsPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('settings-dialog');
  }

  async open(): Promise<void> {
    const button = this.page.getByTestId('open-settings');
    if (!(await button.isVisible())) await this.page.getByTestId('toolbar-more').click();
    await button.click();
    await this.dialog.waitFor();
  }

  /** Chooses a locale ("sv-SE"), or null for "As the computer". */
  async choose(locale: string | null): Promise<void> {
    await this.page.getByTestId('settings-locale').selectOption(locale ?? '');
  }

  async title(): Promise<string> {
    return (await this.dialog.locator('h3').textContent()) ?? '';
  }

  async close(): Promise<void> {
    await this.page.getByTestId('settings-close').click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
