/**
 * Issue #16, connections in the staff's language: in Chromium at a desktop and a laptop
 * window size, a browser in Argentine Spanish and in Swedish sees the sidebar, the new
 * connection form for Cliniko and Cin7 Omni (labels, help, examples, choices, the folded
 * advanced fields), a failing "Save and test" against the Cliniko fake (Cliniko's refusal in
 * the language), editing, duplicating and removing that connection, and the Demo shop's
 * built-in test in that language, with the buttons whole and in the window.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import type { ConnectionTestResult } from '../../shared/contract';
import type { ConnectionSummary } from '../../shared/types';
import { applyLocale } from '../../renderer/i18n';
import { say } from '../../renderer/i18n/say';
import { startClinikoFake, type ClinikoFake } from '../fakes/cliniko';
import { snap } from '../harness/screens';
import { browserSuite } from '../harness/suite';
import type { AppUnderTest } from '../harness/launch';
import { SIZES } from './pages/demo-start';
import { AppPage } from './pages/app-page';
import { ConnectionDialogPage } from './pages/connection-dialog';

const KEY = 'ZTJlLWNsaW5pa28tc2VjcmV0LWtleQ-au1';
const WRONG_KEY = 'd3Jvbmcta2V5LXZhbHVlcw-au1';

/** What each language shows, written out here rather than read from the catalogues under test. */
const LANGUAGES = [
  {
    locale: 'es-AR',
    sidebar: 'Conexiones',
    add: '+ Nueva conexión',
    demoShop: 'Tienda de prueba',
    demoVendor: 'Tienda de prueba (sandbox)',
    test: 'Probar conexión',
    fieldsTitle: 'Precios por producto en esta conexión',
    fieldDetails: /^precio · [A-Z]{3}, (con|sin) IVA/,
    addTitle: 'Nueva conexión',
    choose: 'Elige una plataforma…',
    noPlatform: 'Elige la plataforma de esta conexión.',
    cin7User: 'Usuario de la API *',
    cin7UserHelp: /^En Cin7 Omni, Settings > Integrations & API > API v1: el usuario de la conexión API/,
    cin7Column: 'p. ej. retailNZD',
    cin7Advanced: 'Avanzado (Dirección de la API, Filas por solicitud)',
    cin7Vat: ['Predeterminado', 'sin impuestos', 'con impuestos'],
    clinikoEmail: /^Correo de contacto/,
    clinikoEmailExample: 'p. ej. sistemas@suclinica.example',
    clinikoVat: ['Predeterminado', 'Con impuestos (lo que paga el paciente)', 'Sin impuestos'],
    clinikoAdvanced: 'Avanzado (Dirección de la API)',
    cancel: 'Cancelar',
    testFailed: 'Prueba fallida',
    clinikoKeyRefused: /^Cliniko no aceptó la clave de API\. Revisa que copiaste la clave completa, con su final: indica tu región de Cliniko \(esta clave es de au1\)/,
    editTitle: 'Editar «Clinic»',
    secretKept: 'Guardada en el llavero; déjalo vacío para conservarla',
    duplicated: 'Se creó «Clinic (copia)».',
    copy: 'Clinic (copia)',
    removeTitle: '¿Quitar «Clinic»?',
    removeBody: 'PriceDesk olvida esta conexión y borra su clave API del llavero. Los precios en la plataforma no se tocan.',
    remove: 'Quitar',
    saveAndTest: 'Guardar y probar',
  },
  {
    locale: 'sv-SE',
    sidebar: 'Anslutningar',
    add: '+ Lägg till anslutning',
    demoShop: 'Demobutik',
    demoVendor: 'Demobutik (sandlåda)',
    test: 'Testa anslutningen',
    fieldsTitle: 'Priser per produkt i den här anslutningen',
    fieldDetails: /^pris · [A-Z]{3}, (inkl|exkl)\. moms/,
    addTitle: 'Lägg till anslutning',
    choose: 'Välj plattform…',
    noPlatform: 'Välj vilken plattform anslutningen gäller.',
    cin7User: 'API-användarnamn *',
    cin7UserHelp: /^I Cin7 Omni, Settings > Integrations & API > API v1: användarnamnet för API-anslutningen/,
    cin7Column: 't.ex. retailNZD',
    cin7Advanced: 'Avancerat (API-adress, Rader per anrop)',
    cin7Vat: ['Standard', 'exkl. moms', 'inkl. moms'],
    clinikoEmail: /^Kontakt-e-post/,
    clinikoEmailExample: 't.ex. it@dinklinik.example',
    clinikoVat: ['Standard', 'Inklusive moms (det patienten betalar)', 'Exklusive moms'],
    clinikoAdvanced: 'Avancerat (API-adress)',
    cancel: 'Avbryt',
    testFailed: 'Testet misslyckades',
    clinikoKeyRefused: /^Cliniko godkände inte API-nyckeln\. Kontrollera att du kopierade hela nyckeln, även slutet: det anger din Cliniko-region \(den här nyckeln pekar på au1\)/,
    editTitle: 'Redigera ”Clinic”',
    secretKept: 'Sparad i nyckelringen; lämna tomt för att behålla den',
    duplicated: '”Clinic (kopia)” har skapats.',
    copy: 'Clinic (kopia)',
    removeTitle: 'Ta bort ”Clinic”?',
    removeBody: 'PriceDesk glömmer anslutningen och raderar dess API-nyckel från nyckelringen. Priserna på plattformen påverkas inte.',
    remove: 'Ta bort',
    saveAndTest: 'Spara och testa',
  },
] as const;

const suite = browserSuite();
let fake: ClinikoFake | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
  applyLocale('en-US');
});

/** A field's label, help and example as the form shows them. */
async function shownField(dialog: Locator, key: string) {
  const field = dialog.locator(`.form-field:has([data-testid="field-${key}"])`);
  return {
    label: (await field.locator('label').textContent()) ?? '',
    help: (await field.locator('.help').textContent()) ?? '',
    placeholder: await dialog.getByTestId(`field-${key}`).getAttribute('placeholder'),
    options: await dialog.getByTestId(`field-${key}`).locator('option').allTextContents(),
  };
}

/** Test connection's answer for a saved connection, as main gives it, in `locale`'s words (say). */
async function testSaid(app: AppUnderTest, locale: string, label: string): Promise<string> {
  const list = (await app.services.registry.invoke('connections:list', {})) as { ok: true; data: { connections: ConnectionSummary[] } };
  const id = list.data.connections.find((c) => c.label === label)!.id;
  const tested = (await app.services.registry.invoke('connections:test', { id })) as { ok: true; data: ConnectionTestResult };
  applyLocale(locale);
  return say(tested.data);
}

/** Each button's words are whole (not cut off) and it sits within the window's width. */
async function expectButtonsWhole(scope: Locator, viewport: { width: number }) {
  for (const button of await scope.locator('button:visible').all()) {
    const box = (await button.boundingBox())!;
    const name = await button.textContent();
    expect(box.x + box.width, `${name} in the window`).toBeLessThanOrEqual(viewport.width);
    expect(await button.evaluate((b) => b.scrollWidth <= b.clientWidth + 1), `${name} whole`).toBe(true);
  }
}

describe.each(SIZES)('connections in the staff\'s language at $width×$height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it.each(LANGUAGES)('$locale: sidebar, Demo shop test, Cin7 Omni and Cliniko forms, a failing Save and test, edit, duplicate and remove', async (words) => {
    fake = await startClinikoFake({ apiKey: KEY });
    const app = await suite.openApp({ viewport, locale: words.locale });
    await new AppPage(app.page).waitForRows(500);
    const page = app.page;

    // The sidebar, the Demo shop's own name and its built-in test with the prices it learned.
    const sidebar = page.getByTestId('connections-sidebar');
    expect(await sidebar.locator('h2').textContent()).toBe(words.sidebar);
    expect(await page.getByTestId('connection-add').textContent()).toBe(words.add);
    expect(await page.getByTestId('connection-sandbox').locator('.connection-label').textContent()).toBe(words.demoShop);
    expect(await page.getByTestId('connection-sandbox').locator('.connection-vendor').textContent()).toBe(words.demoVendor);
    const test = page.getByTestId('connection-test');
    expect(await test.textContent()).toBe(words.test);
    await test.click();
    const builtIn = sidebar.getByTestId('connection-test-result');
    await builtIn.waitFor();
    expect(await builtIn.textContent()).toBe(await testSaid(app, words.locale, 'Demo shop'));
    expect(await sidebar.locator('.price-fields-title').textContent()).toBe(words.fieldsTitle);
    expect(await sidebar.locator('.price-field-details').first().textContent()).toMatch(words.fieldDetails);
    await expectButtonsWhole(sidebar, viewport);

    // A new connection: no platform yet, then Cin7 Omni's fields in the language.
    const dialog = new ConnectionDialogPage(page);
    await dialog.open();
    expect(await dialog.root.locator('h3').textContent()).toBe(words.addTitle);
    expect(await dialog.root.getByTestId('field-vendor').locator('option').first().textContent()).toBe(words.choose);
    await dialog.root.getByTestId('connection-save-test').click();
    expect(await dialog.root.getByTestId('error-vendor').textContent()).toBe(words.noPlatform);
    await dialog.fill({ vendor: 'cin7' });
    const user = await shownField(dialog.root, 'username');
    expect(user.label).toBe(words.cin7User);
    expect(user.help).toMatch(words.cin7UserHelp);
    expect((await shownField(dialog.root, 'priceColumn')).placeholder).toBe(words.cin7Column);
    expect((await shownField(dialog.root, 'vatMode')).options).toEqual(words.cin7Vat);
    expect(await dialog.root.getByTestId('advanced-fields').locator('summary').textContent()).toBe(words.cin7Advanced);
    expect(await dialog.root.getByTestId('field-baseUrl').isVisible()).toBe(false);

    // Cliniko: its fields, then a wrong key against the fake keeps the form open with the answer in the language.
    await dialog.fill({ vendor: 'cliniko' });
    const email = await shownField(dialog.root, 'contactEmail');
    expect(email.label).toMatch(words.clinikoEmail);
    expect(email.placeholder).toBe(words.clinikoEmailExample);
    expect((await shownField(dialog.root, 'vatMode')).options).toEqual(words.clinikoVat);
    expect(await dialog.root.getByTestId('advanced-fields').locator('summary').textContent()).toBe(words.clinikoAdvanced);
    await dialog.fill({ label: 'Clinic', apiKey: WRONG_KEY, contactEmail: 'staff@clinic.example', baseUrl: fake.baseUrl });
    expect(await dialog.root.getByTestId('connection-save-test').textContent()).toBe(words.saveAndTest);
    const shown = await dialog.saveAndTest();
    expect(await dialog.root.getByTestId('connection-test-result').getAttribute('class')).toContain('failed');
    expect(shown).toBe(await testSaid(app, words.locale, 'Clinic'));
    // Cliniko's refusal in the connector's own words (messages.vendor), not the English the CLI prints.
    expect(shown).toMatch(words.clinikoKeyRefused);
    expect(shown).not.toMatch(/HTTP Basic|Access denied/i);
    expect(await dialog.root.getByTestId('connection-cancel').textContent()).toBe(words.cancel);
    expect(await page.getByTestId('connection-sandbox').getAttribute('aria-current')).toBe('true');
    // The longer words still leave Save and "Save and test" whole and in sight without scrolling.
    await expectButtonsWhole(dialog.root.locator('.dialog-buttons'), viewport);
    for (const id of ['connection-save', 'connection-save-test']) {
      const box = (await dialog.root.getByTestId(id).boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('data-testid'), [box.x + box.width / 2, box.y + box.height / 2]);
      expect(onTop).toBe(id);
    }
    await snap(page, `connection-languages-${words.locale}-${size}`);
    await dialog.close();
    expect(app.problems).toEqual([]);

    // The failed connection in the sidebar, then edit, duplicate and remove it, in the language.
    const clinic = page.getByTestId('connection-Clinic');
    expect(await clinic.getByTestId('connection-warning').textContent()).toBe(words.testFailed);
    await clinic.click();
    await page.getByTestId('connection-edit').click();
    await dialog.root.waitFor();
    expect(await dialog.root.locator('h3').textContent()).toBe(words.editTitle);
    expect(await dialog.root.getByTestId('field-apiKey').getAttribute('placeholder')).toBe(words.secretKept);
    await dialog.close();
    await page.getByTestId('connection-duplicate').click();
    expect(await page.getByTestId('notice-success').last().locator('span').textContent()).toBe(words.duplicated);
    await page.getByTestId(`connection-${words.copy}`).waitFor();
    await page.getByTestId('connection-remove').click();
    const confirm = page.getByTestId('confirm-dialog');
    expect(await confirm.locator('h3').textContent()).toBe(words.removeTitle);
    expect(await confirm.locator('p').textContent()).toBe(words.removeBody);
    expect(await confirm.getByTestId('confirm-ok').textContent()).toBe(words.remove);
    await confirm.getByTestId('confirm-ok').click();
    await clinic.waitFor({ state: 'detached' });
  });
});
