/**
 * Test connection lists the connection's price fields (connections/FieldsList.tsx): the
 * demo shop from the sidebar, a Cin7 Omni account with price tiers from the connection form.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startCin7Fake, type Cin7Fake } from '../fakes/cin7';
import { browserSuite } from '../harness/suite';
import { snap } from '../harness/screens';
import { AppPage } from './pages/app-page';
import { ConnectionDialogPage, priceFieldsIn } from './pages/connection-dialog';

const suite = browserSuite();
let fake: Cin7Fake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];

describe.each(SIZES)('Test connection shows the price fields at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it('on the demo shop: price, a second currency, wholesale, recommended price and cost', async () => {
    const app = await suite.openApp({ viewport });
    await new AppPage(app.page).waitForRows(500);
    const sidebar = app.page.getByTestId('connections-sidebar');
    await sidebar.getByTestId('connection-test').click();
    expect(await sidebar.getByTestId('connection-test-result').textContent()).toMatch(/^Connected to the demo shop: \d+ products\.$/);
    expect(await priceFieldsIn(sidebar)).toEqual(['price|Price (primary)', 'price.SEK|Price SEK', 'wholesale|Wholesale', 'recommended|Recommended price', 'cost|Cost']);
    expect(await sidebar.getByTestId('price-field-wholesale').textContent()).toContain('price tier');
    await snap(app.page, `price-fields-demo-${size}`);
  });

  it('on a Cin7 Omni account: one field per price tier, the edited one marked', async () => {
    fake = await startCin7Fake({ windowScale: 0.001 });
    const app = await suite.openApp({ viewport });
    await new AppPage(app.page).waitForRows(500);
    const dialog = new ConnectionDialogPage(app.page);
    await dialog.open();
    await dialog.fill({ vendor: 'cin7' });
    await dialog.fill({ label: 'Omni', baseUrl: `${fake.url}/api/`, username: fake.username, apiKey: fake.apiKey, vatMode: 'included' });
    expect(await dialog.saveAndTest()).toContain('Prices are read from the price column retailNZD');
    expect(await dialog.priceFields()).toEqual(['retailNZD|Retail NZD (primary)', 'wholesalNZD|Wholesale NZD', 'costNZD|Cost NZD']);
    expect(await dialog.root.getByTestId('price-field-costNZD').textContent()).toContain('NZD, without VAT');
    expect(await dialog.root.getByTestId('price-field-wholesalNZD').textContent()).toContain('NZD, with VAT');
    await snap(app.page, `price-fields-cin7-${size}`);
  });
});
