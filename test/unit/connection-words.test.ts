/**
 * Issue #16, connections: each connector's field words come from main in English and are
 * said in the window's language from the `connections` catalogue, by vendor id and setting
 * key; the catalogue's English is the connector's own, and whatever the catalogue lacks
 * (a new connector or field) keeps the connector's words instead of a blank.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { adapters } from '../../electron/vendors/registry';
import { applyLocale } from '../../renderer/i18n';
import { en } from '../../renderer/i18n/catalogues/en';
import { localField, problemWords, vendorName } from '../../renderer/features/connections/field-words';
import { validateFields } from '../../shared/validate-fields';
import type { VendorField } from '../../shared/types';

type Words = { label: string; help: string; placeholder?: string; options?: Record<string, string> };
const catalogue = en.connections.vendors as unknown as Record<string, Record<string, Words>>;
const connectors = adapters.filter((a) => a.description.id !== 'sandbox').map((a) => [a.description.id, a.description.fields] as const);

afterEach(() => applyLocale('en-US'));

describe('the connectors\' words in the connections catalogue', () => {
  it.each(connectors)('%s: every field has words, in English exactly as the connector says them', (id, fields) => {
    expect(Object.keys(catalogue[id] ?? {}).sort()).toEqual(fields.map((f) => f.key).sort());
    for (const f of fields) {
      const words = catalogue[id]![f.key]!;
      expect(words.label, `${id}.${f.key}`).toBe(f.label);
      expect(words.help, `${id}.${f.key}`).toBe(f.help);
      // A placeholder in the catalogue is words; an example value (EUR, an address) is left to the connector.
      if (words.placeholder !== undefined) expect(words.placeholder).toBe(f.placeholder);
      expect(words.options ?? {}).toEqual(Object.fromEntries((f.options ?? []).map((o) => [o.value, o.label])));
    }
  });

  it('shows the English field unchanged in English', () => {
    for (const [id, fields] of connectors) for (const f of fields) expect(localField(id, f)).toEqual(f);
  });
});

describe('a connector field in the window\'s language', () => {
  const cin7 = adapters.find((a) => a.description.id === 'cin7')!.description.fields;
  const cliniko = adapters.find((a) => a.description.id === 'cliniko')!.description.fields;

  it('says label, help and choices in Swedish, keeps an example value as the connector gives it', () => {
    applyLocale('sv-SE');
    const vat = localField('cin7', cin7.find((f) => f.key === 'vatMode')!);
    expect(vat.label).toBe('Priserna är');
    expect(vat.options).toEqual([{ value: 'excluded', label: 'exkl. moms' }, { value: 'included', label: 'inkl. moms' }]);
    const column = localField('cin7', cin7.find((f) => f.key === 'priceColumn')!);
    expect(column.help).toMatch(/^Vilken prisnivå/);
    expect(column.placeholder).toBe('retailNZD');
    expect(localField('cliniko', cliniko.find((f) => f.key === 'contactEmail')!).placeholder).toBe('it@dinklinik.example');
  });

  it('keeps the connector\'s English where the catalogue has no words (a new connector or field)', () => {
    applyLocale('es-AR');
    const field: VendorField = { key: 'storeCode', label: 'Store code', kind: 'select', required: true, help: 'Where to find it.', placeholder: 'ABC', options: [{ value: 'a', label: 'First' }] };
    expect(localField('newvendor', field)).toEqual(field);
    expect(localField('cin7', field)).toEqual(field);
    expect(vendorName('newvendor', 'New Vendor')).toBe('New Vendor');
    expect(vendorName('sandbox', 'Demo shop (sandbox)')).toBe('Tienda de prueba (sandbox)');
  });

  it('words a field\'s problem in Spanish with the field\'s Spanish label, and in English for main and the CLI', () => {
    const email = cliniko.find((f) => f.key === 'contactEmail')!;
    const apiKey = cliniko.find((f) => f.key === 'apiKey')!;
    expect(validateFields([email, apiKey], { contactEmail: 'nope' })).toEqual({ contactEmail: `Contact email does not look right. ${email.help}`, apiKey: 'API key is required.' });
    applyLocale('es-AR');
    const local = [email, apiKey].map((f) => localField('cliniko', f));
    expect(validateFields(local, { contactEmail: 'nope' }, problemWords)).toEqual({
      contactEmail: expect.stringMatching(/^Correo de contacto: el valor no parece correcto\. Cliniko pide que cada aplicación/),
      apiKey: 'Falta completar Clave API.',
    });
  });
});
