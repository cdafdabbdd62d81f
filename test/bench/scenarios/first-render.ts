import { launchBrowser, openApp } from '../../harness/launch';
import type { Scenario } from '../types';

/** From page load to the first grid rows on screen, with the sandbox catalog, in Chromium. */
export const firstRenderScenario: Scenario = {
  name: 'first render',
  async run() {
    const browser = await launchBrowser();
    try {
      const app = await openApp(browser, { sandboxSettings: { latencyMs: '0', requestsPerSecond: '100000' } });
      await app.page.locator('.ag-row').first().waitFor();
      const figures = await app.page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
        return { firstRows: performance.now() - nav.startTime, heapMb: (memory?.usedJSHeapSize ?? 0) / 1024 / 1024 };
      });
      await app.close();
      return [
        { scenario: this.name, name: 'page load to first rows (500 rows)', value: figures.firstRows, unit: 'ms' },
        { scenario: this.name, name: 'renderer JS heap after first render', value: figures.heapMb, unit: 'MB' },
      ];
    } finally {
      await browser.close();
    }
  },
};
