/**
 * Issue #13, the connection form, in Chromium at a desktop and a laptop window size: no
 * platform preselected, the secret among the fields it belongs with, advanced fields
 * folded away, Save in sight at 700 px, examples that read as examples, and "Save and test":
 * a failure keeps the form open in plain words and leaves the open connection as it was;
 * a success opens the connection and loads its catalog by itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startClinikoFake, type ClinikoFake } from '../fakes/cliniko';
import { snap } from '../harness/screens';
import { browserSuite } from '../harness/suite';
import { SIZES } from './pages/demo-start';
import { AppPage } from './pages/app-page';
import { ConnectionDialogPage } from './pages/connection-dialog';

const KEY = 'ZTJlLWNsaW5pa28tc2VjcmV0LWtleQ-au1';
const WRONG_KEY = 'd3Jvbmcta2V5LXZhbHVlcw-au1';
const suite = browserSuite();
let fake: ClinikoFake | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe.each(SIZES)('the connection form at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it('preselects no platform, folds advanced fields, shows examples as examples and keeps Save in sight', async () => {
    const app = await suite.openApp({ viewport });
    await new AppPage(app.page).waitForRows(500);
    const dialog = new ConnectionDialogPage(app.page);
    await dialog.open();
    expect(await dialog.root.getByTestId('field-vendor').inputValue()).toBe('');
    expect(await dialog.root.locator('[data-testid^="field-"]').count()).toBe(2); // platform and name only
    await dialog.root.getByTestId('connection-save-test').click();
    expect(await dialog.root.getByTestId('error-vendor').textContent()).toBe('Choose the platform this connection is for.');

    // Geins has the most fields: the secrets follow the API user, the address and batch size are folded.
    await dialog.fill({ vendor: 'geins' });
    const order = await dialog.root.locator('.form-field [data-testid^="field-"]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(order.slice(0, 5)).toEqual(['field-vendor', 'field-label', 'field-apiUser', 'field-apiPassword', 'field-apiKey']);
    expect(order).not.toContain('field-baseUrl');
    expect(order).not.toContain('field-batchSize');
    expect(await dialog.root.getByTestId('advanced-fields').locator('summary').textContent()).toMatch(/^Advanced \(.*API address/);
    // An example is marked as one, never a plausible value.
    expect(await dialog.root.getByTestId('field-priceListId').getAttribute('placeholder')).toBe('e.g. 1000000');

    // Save and "Save and test" are in the window without scrolling, even with Advanced open.
    await dialog.openAdvanced();
    for (const id of ['connection-save', 'connection-save-test']) {
      const box = (await dialog.root.getByTestId(id).boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const onTop = await app.page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('data-testid'), [box.x + box.width / 2, box.y + box.height / 2]);
      expect(onTop).toBe(id);
    }
    await snap(app.page, `connection-form-geins-${size}`);
    expect(app.problems).toEqual([]);
  });

  it('keeps a failed test open in plain words without opening the connection, and a passing one loads its catalog', async () => {
    fake = await startClinikoFake({ apiKey: KEY });
    const app = await suite.openApp({ viewport });
    const ui = new AppPage(app.page);
    await ui.waitForRows(500);
    const dialog = new ConnectionDialogPage(app.page);
    await dialog.open();
    await dialog.fill({ vendor: 'cliniko' });
    await dialog.fill({ label: 'Clinic', apiKey: WRONG_KEY, contactEmail: 'staff@clinic.example', baseUrl: fake.baseUrl });
    const message = await dialog.saveAndTest();
    // Cliniko itself answers "HTTP Basic: Access denied."; the person reads what to do about it.
    expect(message).toMatch(/^Cliniko did not accept the API key\./);
    expect(message).not.toMatch(/HTTP Basic|Access denied/i);
    expect(await dialog.root.isVisible()).toBe(true);
    expect(await app.page.getByTestId('connection-sandbox').getAttribute('aria-current')).toBe('true');
    expect(await app.page.getByTestId('connection-Clinic').getAttribute('aria-current')).toBeNull();
    expect(await ui.text('status-rows')).toBe('500 rows');
    await snap(app.page, `connection-test-failed-${size}`);

    await dialog.fill({ apiKey: KEY });
    expect(await dialog.saveAndTest()).toMatch(/Connected|products/i);
    // Opened and loaded without another click, while the form still shows the result.
    await ui.waitForRows(25);
    expect(await app.page.getByTestId('connection-Clinic').getAttribute('aria-current')).toBe('true');
    await dialog.close();
    await ui.expectCellText('1001', 'sku', 'P-0001');
    await app.page.getByTestId('connection-remove').click();
    await app.page.getByTestId('confirm-ok').click();
    await app.page.getByTestId('connection-Clinic').waitFor({ state: 'detached' });
  });
});
