import type { CatalogRow } from '../../../shared/types';
import type { AppUnderTest, OpenAppOptions } from '../../harness/launch';
import { GridPage } from './grid-page';

/** The two window sizes issue #13's UI tests run at: a desktop and a laptop screen. */
export const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];

/** Opens the app on the Demo shop at a window size, waits for its 500 rows, and reads the catalog the grid shows. */
export async function startDemo(
  suite: { openApp(options?: OpenAppOptions): Promise<AppUnderTest> },
  viewport: { width: number; height: number },
): Promise<{ app: AppUnderTest; ui: GridPage; catalog: CatalogRow[] }> {
  const app = await suite.openApp({ viewport });
  const ui = new GridPage(app.page);
  await ui.waitForRows(500);
  const loaded = (await app.services.registry.invoke('catalog:load', { connectionId: 'sandbox' })) as { ok: true; data: { rows: CatalogRow[] } };
  return { app, ui, catalog: loaded.data.rows };
}
