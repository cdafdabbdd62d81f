import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { logFile } from '../../electron/core/log';
import { startClinikoFake, type ClinikoFake } from '../fakes/cliniko';
import type { AppUnderTest } from '../harness/launch';
import { browserSuite } from '../harness/suite';
import { snap } from '../harness/screens';
import { filesContaining } from '../support/scan';
import { AppPage } from './pages/app-page';
import { ConnectionDialogPage } from './pages/connection-dialog';

const KEY = 'ZTJlLWNsaW5pa28tc2VjcmV0LWtleQ-au1';
const suite = browserSuite();
let fake: ClinikoFake;
let app: AppUnderTest | undefined;

afterEach(async () => {
  await fake?.close();
});

/** Opens the app on the demo shop, then the Add dialog with Cliniko chosen and these fields filled. */
async function clinikoForm(values: Record<string, string>): Promise<{ page: AppUnderTest['page']; dialog: ConnectionDialogPage }> {
  app = await suite.openApp();
  await new AppPage(app.page).waitForRows(500);
  const dialog = new ConnectionDialogPage(app.page);
  await dialog.open();
  await dialog.fill({ vendor: 'cliniko' });
  await dialog.fill(values);
  return { page: app.page, dialog };
}

/** Removes the active connection through the sidebar, with confirmation. */
async function removeActive(page: AppUnderTest['page'], label: string): Promise<void> {
  await page.getByTestId('connection-remove').click();
  await page.getByTestId('confirm-ok').click();
  await page.getByTestId(`connection-${label}`).waitFor({ state: 'detached' });
}

describe('the connection manager', () => {
  it('adds a Cliniko connection, tests it, and finds it again with a usable key after a restart', async () => {
    fake = await startClinikoFake({ apiKey: KEY });
    app = await suite.openApp();
    let ui = new AppPage(app.page);
    await ui.waitForRows(500);

    const dialog = new ConnectionDialogPage(app.page);
    await dialog.open();
    await dialog.fill({ vendor: 'cliniko' });
    // Inline validation before anything is sent.
    await dialog.fill({ label: 'Clinic', contactEmail: 'not-an-email' });
    await dialog.root.getByTestId('field-apiKey').focus();
    expect(await dialog.root.getByTestId('error-contactEmail').textContent()).toContain('Contact email');
    await dialog.fill({ contactEmail: 'staff@clinic.example', baseUrl: fake.baseUrl, apiKey: KEY });
    expect(await dialog.root.getByTestId('field-apiKey').getAttribute('type')).toBe('password');
    await snap(app.page, 'connection-form');
    expect(await dialog.saveAndTest()).toMatch(/Connected|products/i);
    await snap(app.page, 'connection-tested');
    await dialog.close();

    // The new connection is active and its catalog is in the grid.
    await ui.waitForRows(25);
    await ui.expectCellText('1001', 'sku', 'P-0001');
    // Cliniko cannot remove a price, so the grid does not offer it (the demo shop does).
    expect(await app.page.getByTestId('remove-prices').count()).toBe(0);

    // Full flow: edit a price and submit it to the fake Cliniko.
    await ui.typePrice('1001', '44,00');
    await ui.submit();
    await ui.waitForNotice('success', '1 updated');
    expect(fake.products.get('1001')?.price_including_tax).toBe('44.00');

    const { dataDir } = app;
    const traffic = JSON.stringify(app.traffic);
    await app.close();

    // Restart: new page, new handlers, same data directory; the key comes from the keychain.
    app = await suite.openApp({ dataDir });
    ui = new AppPage(app.page);
    await ui.waitForRows(25);
    await ui.expectCellText('1001', 'price', '44.00');
    expect(await app.page.getByTestId('connection-Clinic').getAttribute('aria-current')).toBe('true');

    // The secret appears nowhere: data directory, log, or anything window.priceDesk received.
    expect(traffic).not.toContain(KEY);
    expect(JSON.stringify(app.traffic)).not.toContain(KEY);
    expect(await readFile(logFile(dataDir), 'utf8')).not.toContain(KEY);
    expect(await filesContaining(dataDir, KEY)).toEqual([]);

    // Clean up the keychain entry through the UI, with confirmation.
    await app.page.getByTestId('connection-remove').click();
    await app.page.getByTestId('confirm-ok').click();
    await app.page.getByTestId('connection-Clinic').waitFor({ state: 'detached' });
    await ui.waitForRows(500);
  });

  it('marks a connection whose key is wrong in the sidebar with the plain-words reason', async () => {
    fake = await startClinikoFake({ apiKey: KEY });
    const { page, dialog } = await clinikoForm({ label: 'Wrong key', contactEmail: 'staff@clinic.example', baseUrl: fake.baseUrl, apiKey: 'd3Jvbmcta2V5LXZhbHVlcw-au1' });
    expect(await dialog.saveAndTest()).toMatch(/key/i);
    await dialog.close();
    const badge = page.getByTestId('connection-Wrong key').getByTestId('connection-warning');
    expect(await badge.textContent()).toBe('Test failed');
    await snap(page, 'connection-failing-marked');
    // A failed test does not make it the open connection; choosing it does.
    await page.getByTestId('connection-Wrong key').click();
    await removeActive(page, 'Wrong key');
  });

  it('asks for the key again when the address changes, and sends the saved one nowhere new', async () => {
    fake = await startClinikoFake({ apiKey: KEY });
    const elsewhere = await startClinikoFake({ apiKey: KEY });
    try {
      const { page, dialog } = await clinikoForm({ label: 'Moving', contactEmail: 'staff@clinic.example', baseUrl: fake.baseUrl, apiKey: KEY });
      expect(await dialog.saveAndTest()).toMatch(/Connected|products/i);
      await dialog.close();

      await page.getByTestId('connection-edit').click();
      await dialog.root.waitFor();
      // Another field alone keeps the saved key: no demand.
      await dialog.fill({ contactEmail: 'desk@clinic.example' });
      expect(await dialog.root.getByTestId('secret-again').count()).toBe(0);
      await dialog.fill({ baseUrl: elsewhere.baseUrl });
      expect(await dialog.root.getByTestId('secret-again').textContent()).toContain('API address');
      // Save and test stays refused until the key is typed again: nothing reaches the new host.
      await dialog.root.getByTestId('connection-save-test').click();
      expect(await dialog.root.getByTestId('connection-test-result').count()).toBe(0);
      expect(elsewhere.requests).toHaveLength(0);
      await snap(page, 'connection-address-changed');
      await dialog.fill({ apiKey: KEY });
      expect(await dialog.saveAndTest()).toMatch(/Connected|products/i);
      expect(elsewhere.requests.length).toBeGreaterThan(0);
      await dialog.close();
      await removeActive(page, 'Moving');
    } finally {
      await elsewhere.close();
    }
  });
});
