/**
 * `npm run demo:browser`: PriceDesk in a visible Chromium window, bridged to the real
 * Node-side handlers exactly as in the e2e suite, for machines without the Electron binary.
 * Data lives in ./.demo-data so prices persist between runs. Close the window to stop.
 */
import { resolve } from 'node:path';
import { launchBrowser, openApp } from './launch';

const dataDir = resolve(process.env.PRICEDESK_DEMO_DATA ?? '.demo-data');
const browser = await launchBrowser({ headless: false, args: ['--app=about:blank', '--window-size=1280,860'] });
const app = await openApp(browser, { dataDir, sandboxSettings: { latencyMs: '150', requestsPerSecond: '5' }, viewport: { width: 1280, height: 800 } });
console.log(`PriceDesk demo running (data in ${dataDir}). Close the window to stop.`);
app.page.on('close', () => void browser.close());
await new Promise<void>((done) => browser.on('disconnected', () => done()));
