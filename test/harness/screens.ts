import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

let step = 0;

/**
 * Saves a screenshot of an e2e step when PRICEDESK_SCREENS names a folder
 * (`npm run e2e:screens`), so anyone can look at the UI without running it.
 */
export async function snap(page: Page, name: string): Promise<void> {
  const dir = process.env.PRICEDESK_SCREENS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  step += 1;
  await page.screenshot({ path: join(dir, `${String(step).padStart(2, '0')}-${name}.png`) });
}
