/**
 * Each connector's own words (catalogue part messages.vendor), as its real code reports
 * them: a row result and a form refusal per connector. In English the window says what the
 * CLI prints; where the vendor said something, its words stay apart (`vendorMessage`) and
 * are quoted after ours, untranslated, in Spanish and Swedish.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../renderer/i18n';
import type { Reported } from '../../shared/said';
import type { PriceUpdate } from '../../shared/types';
import { AppError, errorWords } from '../../electron/core/errors';
import { HttpError } from '../../electron/core/http';
import { failedWrite } from '../../electron/vendors/cliniko/map';
import { readSettings as clinikoSettings } from '../../electron/vendors/cliniko/connection';
import { mapBatch } from '../../electron/vendors/cin7/map';
import { localProblem as cin7Problem } from '../../electron/vendors/cin7/requests';
import { explainConnectionFailure as cin7Explain } from '../../electron/vendors/cin7/errors';
import { rowsFailed } from '../../electron/vendors/xclade/errors';
import { duplicateNotice, type MedusaPrice } from '../../electron/vendors/xclade/map';
import { resolveSettings as xcladeSettings } from '../../electron/vendors/xclade/auth';
import { mapUpdateAnswer } from '../../electron/vendors/geins/map';
import { readSettings as geinsSettings, type GeinsSettings } from '../../electron/vendors/geins/connection';
import { mapItems } from '../../electron/vendors/alephee/map';
import { explainConnectionFailure as alepheeExplain } from '../../electron/vendors/alephee/http';
import { getAdapter } from '../../electron/vendors/registry';
import { inEachLanguage } from '../support/said';

const change: PriceUpdate = { key: '1001', sku: 'SKU-1', oldPrice: '10.00', newPrice: '12.50', currency: 'EUR', vendorIds: { productId: '1001', optionId: '7' } };

/** What a refusal thrown by a connector's settings reads as: its message and its words. */
function refusal(read: () => unknown): Reported {
  try {
    read();
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, ...errorWords(error) };
    throw error;
  }
  throw new Error('expected a refusal');
}

/** The same report in each language. */
function inEach(reported: Reported): { en: string; es: string; sv: string } {
  const [en, es, sv] = inEachLanguage(reported);
  return { en, es, sv };
}

afterEach(() => applyLocale('en-US'));

describe("a connector's row results", () => {
  it('Cliniko: a price it refused (422) is ours with its validation words quoted, untranslated', () => {
    const error = new HttpError(422, 'Cliniko rejected the request (HTTP 422).', { message: 'Validation Failed', errors: { price: ['must be greater than 0'] } });
    const [row] = failedWrite([change], error).results;
    expect(row).toMatchObject({ status: 'error', message: 'Validation Failed: price must be greater than 0', vendorMessage: 'Validation Failed: price must be greater than 0' });
    expect(inEach(row!)).toEqual({
      en: 'Cliniko refused this price: “Validation Failed: price must be greater than 0”',
      es: 'Cliniko rechazó este precio: “Validation Failed: price must be greater than 0”',
      sv: 'Cliniko nekade priset: “Validation Failed: price must be greater than 0”',
    });
  });

  it('Cliniko: a product that is gone says so in each language, the English as the CLI prints it', () => {
    const [row] = failedWrite([change], new HttpError(404, 'Cliniko does not know this address or item.', undefined)).results;
    expect(inEach(row!)).toEqual({
      en: row!.message,
      es: 'Cliniko ya no tiene este producto (se eliminó o se archivó). Vuelve a cargar el catálogo.',
      sv: 'Produkten finns inte längre i Cliniko (den har tagits bort eller arkiverats). Läs in katalogen igen.',
    });
  });

  it('Cin7 Omni: a row it refused (an existing code) quotes its words; a negative price is refused in ours', () => {
    const [row] = mapBatch([{ change, code: 'SKU-1' }], [{ index: 0, success: false, errors: ["Product option code 'SKU-1' already exists."] }]);
    expect(inEach(row!)).toEqual({
      en: "Cin7 Omni refused this price: “Product option code 'SKU-1' already exists.”",
      es: "Cin7 Omni rechazó este precio: “Product option code 'SKU-1' already exists.”",
      sv: "Cin7 Omni nekade priset: “Product option code 'SKU-1' already exists.”",
    });
    const negative = cin7Problem({ ...change, newPrice: '-1' })!;
    expect(inEach(negative)).toEqual({ en: 'A price cannot be negative.', es: 'Un precio no puede ser negativo.', sv: 'Ett pris kan inte vara negativt.' });
  });

  it('xclade: a batch it refused quotes Medusa’s words after ours', () => {
    const error = new HttpError(400, 'xclade rejected the request (HTTP 400).', { type: 'invalid_data', message: 'Price amount must be positive' });
    const [one] = rowsFailed([{ key: 'variant_1', sku: 'SKU-1' }], error, (text) => text, { certain: true });
    expect(one).toMatchObject({ status: 'error', code: 'invalid_data', message: 'Price amount must be positive' });
    expect(inEach(one!)).toEqual({
      en: 'xclade refused this price: “Price amount must be positive”',
      es: 'xclade rechazó este precio: “Price amount must be positive”',
      sv: 'xclade nekade priset: “Price amount must be positive”',
    });
    const [first] = rowsFailed([{ key: 'variant_1', sku: 'SKU-1' }, { key: 'variant_2', sku: 'SKU-2' }], error, (text) => text, { certain: true });
    expect(inEach(first!).sv).toBe('xclade nekade priset (inget i den här begäran med 2 rader genomfördes): “Price amount must be positive”');
  });

  it('xclade: two prices of one currency are named as a list, with no English "and" in Spanish or Swedish', () => {
    const notice = duplicateNotice([{ id: 'price_1', amount: 16.5, currency_code: 'eur' }, { id: 'price_2', amount: '7', currency_code: 'eur' }] as MedusaPrice[], 'eur');
    expect(notice.message).toContain('(16.50 and 7.00)');
    const said = inEach(notice);
    expect(said.en).toContain('(16.50, 7.00)');
    for (const words of [said.es, said.sv]) expect(words).toMatch(/16\.50, 7\.00/);
    for (const words of [said.es, said.sv]) expect(words).not.toMatch(/ and /);
  });

  it('Geins: a price listed as Invalid says why in ours, its message quoted', () => {
    const settings = { productIdType: 0, priceListId: 1000000 } as GeinsSettings;
    const answer = { Message: 'Price can not be negative', Invalid: [{ PriceListId: 1000000, ProductId: '1001' }] };
    const [row] = mapUpdateAnswer([{ change, writeId: '1001', listId: 1000000 }], answer, settings);
    expect(row!.message).toBe('Geins refused this price as invalid (for example a negative price). Geins said: "Price can not be negative"');
    expect(inEach(row!)).toEqual({
      en: 'Geins refused this price as invalid (for example a negative price). “Price can not be negative”',
      es: 'Geins rechazó este precio por no válido (por ejemplo, un precio negativo). “Price can not be negative”',
      sv: 'Geins nekade priset som ogiltigt (till exempel ett negativt pris). “Price can not be negative”',
    });
  });

  it('Alephee: an item at level Error quotes its message after ours', () => {
    const item = { KeyValue: 'SKU-1', ValidationLevel: { Name: 'Error' }, Messages: [{ Message: 'No tiene asignado ningún producto con el marca-código ingresado', Code: 6, Level: { Name: 'Error' } }] };
    const row = mapItems([{ sku: 'SKU-1', changes: [change] }], { Items: [item], Quantities: { Ok: 0, Total: 1 } })[0]![0]!;
    expect(inEach(row)).toEqual({
      en: 'Alephee refused this price: “No tiene asignado ningún producto con el marca-código ingresado”',
      es: 'Alephee rechazó este precio: “No tiene asignado ningún producto con el marca-código ingresado”',
      sv: 'Alephee nekade priset: “No tiene asignado ningún producto con el marca-código ingresado”',
    });
  });
});

describe("a connector's form refusals and failed tests", () => {
  it('Cliniko: no API key', () => {
    const refused = refusal(() => clinikoSettings({ id: 'c', settings: { contactEmail: 'it@clinic.example' }, secret: {} }));
    expect(inEach(refused)).toEqual({
      en: 'Enter the Cliniko API key (Cliniko: My info > Manage API keys).',
      es: 'Escribe la clave de API de Cliniko (en Cliniko: My info > Manage API keys).',
      sv: 'Ange API-nyckeln för Cliniko (i Cliniko: My info > Manage API keys).',
    });
  });

  it('Cin7 Omni: credentials refused, its own words quoted', () => {
    const explained = cin7Explain(new HttpError(401, 'Cin7 Omni did not accept the credentials.', { Message: 'Authorization has been denied for this request.' }));
    expect(explained.message).toBe('Cin7 Omni did not accept the API username and key. Check both in Cin7 Omni under Settings > Integrations & API. Cin7 Omni said: "Authorization has been denied for this request."');
    expect(inEach(explained)).toEqual({
      en: 'Cin7 Omni did not accept the API username and key. Check both in Cin7 Omni under Settings > Integrations & API. “Authorization has been denied for this request.”',
      es: 'Cin7 Omni no aceptó el usuario y la clave de la API. Revisa ambos en Cin7 Omni, en Settings > Integrations & API. “Authorization has been denied for this request.”',
      sv: 'Cin7 Omni godkände inte API-användarnamnet och nyckeln. Kontrollera båda i Cin7 Omni under Settings > Integrations & API. “Authorization has been denied for this request.”',
    });
  });

  it('xclade: no shop name or address', () => {
    const refused = refusal(() => xcladeSettings({ id: 'x', settings: { priceListId: 'plist_1', currency: 'eur' }, secret: {} }));
    expect(inEach(refused)).toEqual({
      en: 'Fill in the xclade shop name (tenant) or the server address.',
      es: 'Escribe el nombre de la tienda xclade (tenant) o la dirección del servidor.',
      sv: 'Fyll i xclade-butikens namn (tenant) eller serveradressen.',
    });
  });

  it('Geins: no API user', () => {
    const refused = refusal(() => geinsSettings({ id: 'g', settings: {}, secret: { apiKey: 'k' } }));
    expect(inEach(refused)).toEqual({
      en: 'Enter the Geins API user and its password (Geins Merchant Center: Settings > API users).',
      es: 'Escribe el usuario de la API de Geins y su contraseña (Geins Merchant Center: Settings > API users).',
      sv: 'Ange API-användaren för Geins och dess lösenord (Geins Merchant Center: Settings > API users).',
    });
  });

  it('Alephee: a key refused for the account', () => {
    const explained = alepheeExplain(new HttpError(401, 'Alephee did not accept the credentials.', undefined), '4321', undefined);
    expect(inEach(explained)).toEqual({
      en: explained.message,
      es: 'Alephee no aceptó la clave de API para la cuenta 4321. Revisa la clave y que esté vinculada a esta cuenta.',
      sv: 'Alephee godkände inte API-nyckeln för konto 4321. Kontrollera nyckeln och att den är kopplad till kontot.',
    });
  });

  it('the registry: a connector this version does not have', () => {
    const refused = refusal(() => getAdapter('shopify'));
    expect(inEach(refused)).toEqual({ en: 'PriceDesk has no connector for "shopify".', es: 'PriceDesk no tiene un conector para "shopify".', sv: 'PriceDesk har ingen koppling för "shopify".' });
  });
});
