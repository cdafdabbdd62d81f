import { describe, expect, it } from 'vitest';
import { browserSuite } from '../harness/suite';
import { snap } from '../harness/screens';
import { AppPage } from './pages/app-page';

const suite = browserSuite();

describe('cancelling a catalog load', () => {
  it('offers Cancel while prices load, stops the load and says how to load again', async () => {
    // A slow demo shop: 1.5 s a page, five pages.
    const app = await suite.openApp({ sandboxSettings: { latencyMs: '1500' } });
    const ui = new AppPage(app.page);
    const cancel = app.page.getByTestId('catalog-cancel');
    await cancel.waitFor();
    await snap(app.page, 'catalog-loading-cancel');
    await cancel.click();
    expect(await ui.waitForNotice('info', 'cancelled')).toContain('Reload prices');
    await app.page.getByTestId('status-rows').filter({ hasText: '0 rows' }).waitFor();
    expect(await cancel.count()).toBe(0);
    expect(await app.page.getByTestId('reload').isEnabled()).toBe(true);
    // The load stopped in main too: no more pages are read (each page reports progress).
    const progressEvents = () => app.traffic.filter((t) => (t as { event?: string }).event === 'catalog:progress').length;
    const seen = progressEvents();
    await app.page.waitForTimeout(3500);
    expect(progressEvents()).toBe(seen);
  });
});

describe('reloading prices', () => {
  it('keeps every price field column while the prices load again', async () => {
    // Slow enough to look at the grid mid-load: 0.4 s a page, five pages.
    const app = await suite.openApp({ sandboxSettings: { latencyMs: '400' } });
    const ui = new AppPage(app.page);
    await ui.waitForRows(500);
    // aria-colcount counts every column the grid has, scrolled out of view or not.
    const columns = async () => Number(await ui.grid.locator('[aria-colcount]').first().getAttribute('aria-colcount'));
    const before = await columns();
    await app.page.getByTestId('reload').click();
    await app.page.getByTestId('catalog-cancel').waitFor();
    expect(await columns()).toBe(before);
    await ui.waitForRows(500);
    expect(await columns()).toBe(before);
  });
});
