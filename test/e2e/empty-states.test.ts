/**
 * Issue #13, first start and empty states, in Chromium at a desktop and a laptop window
 * size: the Demo shop's practice-shop guide (dismissed once, remembered), and our words on
 * every empty grid instead of AG Grid's "No Rows To Show": loading, a load that failed, a
 * catalog without products, and search or filters that leave nothing (named, clearable).
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sandboxCatalogPath } from '../../electron/vendors/sandbox';
import { snap } from '../harness/screens';
import { browserSuite } from '../harness/suite';
import { SIZES } from './pages/demo-start';
import { GridPage } from './pages/grid-page';

const suite = browserSuite();

const AG_GRID_WORDS = /No Rows To Show/i;

describe.each(SIZES)('first start and empty states at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it('guides a first start on the Demo shop until dismissed, and remembers the dismissal', async () => {
    const app = await suite.openApp({ viewport });
    const ui = new GridPage(app.page);
    await ui.waitForRows(500);
    const guide = app.page.getByTestId('demo-guide');
    await guide.waitFor();
    expect(await guide.textContent()).toMatch(/This is a practice shop: type a new price, then Send to see what happens/);
    await snap(app.page, `demo-guide-${size}`);
    await app.page.getByTestId('demo-guide-dismiss').click();
    await expect.poll(() => guide.count()).toBe(0);

    await app.page.reload();
    await ui.waitForRows(500);
    expect(await guide.count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('names the search and filters that leave no row, and clears them in one click', async () => {
    const app = await suite.openApp({ viewport });
    const ui = new GridPage(app.page);
    await ui.waitForRows(500);
    await app.page.getByTestId('grid-search').fill('Espresso');
    await ui.filterRange('price', '1000', '');
    const empty = app.page.getByTestId('grid-empty');
    await expect.poll(() => empty.textContent()).toMatch(/^No row matches the search "Espresso" and Current price 1,000 or more\. All 500 rows are still there\./);
    expect(await ui.grid.textContent()).not.toMatch(AG_GRID_WORDS);
    await snap(app.page, `empty-filters-${size}`);

    await app.page.getByTestId('empty-clear-filters').click();
    await expect.poll(() => ui.shownRowKeys().then((k) => k.length)).toBeGreaterThan(5);
    expect(await app.page.getByTestId('grid-search').inputValue()).toBe('');
    expect(await app.page.getByTestId('column-filters').count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('says the prices are loading, then why a load gave no rows, in our words', async () => {
    // Slow pages: the loading state stays long enough to read.
    let app = await suite.openApp({ viewport, sandboxSettings: { latencyMs: '1500', requestsPerSecond: '50' } });
    const empty = app.page.getByTestId('grid-empty');
    await expect.poll(() => empty.textContent()).toMatch(/^Loading the prices of Demo shop…/);
    expect(await new GridPage(app.page).grid.textContent()).not.toMatch(AG_GRID_WORDS);
    await app.close();

    // A catalog with no products, in a data directory of its own: the closed app's load may
    // still be running in this process and would write the demo catalog into its own.
    const dataDir = await mkdtemp(join(tmpdir(), 'pricedesk-empty-'));
    const path = sandboxCatalogPath(dataDir);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify({ version: 1, products: [] }));
    app = await suite.openApp({ viewport, dataDir });
    await expect.poll(() => app.page.getByTestId('grid-empty').textContent()).toBe('Demo shop has no products with prices to show yet.');
    await app.close();

    // A catalog that cannot be read: the reason stays on the grid, not only in a passing notice.
    await writeFile(path, JSON.stringify({ version: 1, products: 'damaged' }));
    app = await suite.openApp({ viewport, dataDir });
    await expect.poll(() => app.page.getByTestId('grid-empty').textContent()).toMatch(/^No prices shown: The demo shop’s catalog file is damaged\./);
    await snap(app.page, `empty-load-failed-${size}`);
    expect(await new GridPage(app.page).grid.textContent()).not.toMatch(AG_GRID_WORDS);
  });
});
