/**
 * Every connector's price fields, learned from its fake server the way Test connection
 * learns them from the real one (shared/price-fields.ts; `ConnectionTest.fields`).
 */
import { describe, expect, it } from 'vitest';
import { priceFieldsSchema } from '../../../shared/contract';
import type { PriceField } from '../../../shared/price-fields';
import { Redactor } from '../../../electron/core/redact';
import { getAdapter } from '../../../electron/vendors/registry';
import type { AdapterEnv, ConnectionTest, ResolvedConnection } from '../../../electron/vendors/types';
import { startAlepheeFake } from '../../fakes/alephee';
import { startCin7Fake, type Cin7FakeOptions } from '../../fakes/cin7';
import { startClinikoFake } from '../../fakes/cliniko';
import { startGeinsFake } from '../../fakes/geins';
import type { Fault } from '../../fakes/kit';
import { startXcladeFake, type XcladeFakeOptions } from '../../fakes/xclade';
import { memoryLogger } from '../../support/quiet-log';
import { inEachLanguage } from '../../support/said';
import { fakeScope, tempDirScope } from '../../support/test-scope';

const serve = fakeScope();
const tempDir = tempDirScope('pricedesk-fields-');

function env(): AdapterEnv {
  const dataDir = tempDir();
  return { dataDir, log: memoryLogger(), redactor: new Redactor(), tuning: { backoffMs: 5, timeoutMs: 2000, rateLimitScale: 0.001 } };
}

async function test(vendor: string, connection: Omit<ResolvedConnection, 'id'>): Promise<ConnectionTest> {
  return getAdapter(vendor).connect({ id: `${vendor}-1`, ...connection }, env()).testConnection(new AbortController().signal);
}

/** The fields of a test that connected, checked against the IPC contract they cross. */
function fieldsOf(result: ConnectionTest): PriceField[] {
  if (!result.ok) throw new Error(`the test failed: ${result.message}`);
  expect(priceFieldsSchema.parse(result.fields)).toEqual(result.fields);
  return result.fields;
}

/** id, kind, currency, VAT, primary: what a changes file and the rules go by. */
const brief = (fields: PriceField[]) => fields.map((f) => `${f.id}|${f.label}|${f.kind}|${f.currency}|${f.vatIncluded ? 'inc' : 'ex'}${f.primary ? '|primary' : ''}`);

describe('price fields learned by Test connection', () => {
  it('Cin7 Omni: one field per PriceColumns key the account returns, the edited column primary', async () => {
    const cin7 = async (options: Cin7FakeOptions, settings: Record<string, string> = {}) => {
      const fake = await serve(startCin7Fake({ windowScale: 0.001, ...options }));
      return test('cin7', { settings: { baseUrl: `${fake.url}/api/`, username: fake.username, vatMode: 'included', ...settings }, secret: { apiKey: fake.apiKey } });
    };
    const fields = fieldsOf(await cin7({}));
    expect(brief(fields)).toEqual(['retailNZD|Retail NZD|price|NZD|inc|primary', 'wholesalNZD|Wholesale NZD|tier|NZD|inc', 'costNZD|Cost NZD|cost|NZD|ex']);
    expect(fields.every((f) => f.decimals === 2 && !f.removable)).toBe(true);

    // The configured column is the primary one; tiers the account names itself are tiers.
    const own = fieldsOf(await cin7({ columns: ['retailAUD', 'vipAUD', 'distributorAUD', 'specialAUD'] }, { priceColumn: 'vipaud' }));
    expect(brief(own)).toEqual(['retailAUD|Retail AUD|price|AUD|inc', 'vipAUD|VIP AUD|tier|AUD|inc|primary', 'distributorAUD|Distributor AUD|tier|AUD|inc', 'specialAUD|Special AUD|sale|AUD|inc']);

    // Two keys that read alike keep their own names, so one header never fits both.
    const alike = fieldsOf(await cin7({ columns: ['retailNZD', 'wholesalNZD', 'wholesaleNZD'] }));
    expect(alike.map((f) => f.label)).toEqual(['Retail NZD', 'Wholesale NZD', 'wholesaleNZD']);
  });

  it('Cin7 Omni: an account without products has only the edited column', async () => {
    const fake = await serve(startCin7Fake({ windowScale: 0.001, optionCount: 0 }));
    const result = await test('cin7', { settings: { baseUrl: `${fake.url}/api/`, username: fake.username, currency: 'aud' }, secret: { apiKey: fake.apiKey } });
    expect(brief(fieldsOf(result))).toEqual(['retailPrice|Retail price AUD|price|AUD|ex|primary']);
  });

  it('Alephee: the list’s price (with or without taxes, as the connection edits), cost and suggested retail price', async () => {
    const fake = await serve(startAlepheeFake());
    const alephee = (vatMode: string) => test('alephee', { settings: { baseUrl: fake.url, accountId: fake.accountId, priceListId: '11', vatMode, currency: 'ars' }, secret: { apiKey: fake.apiKey } });
    const withTaxes = fieldsOf(await alephee('included'));
    expect(brief(withTaxes)).toEqual(['priceWithTaxes|Price with taxes|price|ARS|inc|primary', 'cost|Cost|cost|ARS|ex', 'suggestedRetailPrice|Suggested retail price|recommended|ARS|inc']);
    expect(withTaxes.every((f) => f.decimals === 4)).toBe(true);
    expect(brief(fieldsOf(await alephee('excluded')))[0]).toBe('price|Price|price|ARS|ex|primary');
  });

  it('Cliniko: price and cost_price in the region’s currency', async () => {
    const key = 'MS0xLWFiY2RlZmdoaWprbG1ub3A-uk1';
    const fake = await serve(startClinikoFake({ apiKey: key, windowMs: 60 }));
    const result = await test('cliniko', { settings: { baseUrl: fake.baseUrl, contactEmail: 'it@clinic.example' }, secret: { apiKey: key } });
    expect(brief(fieldsOf(result))).toEqual(['price|Price|price|GBP|inc|primary', 'cost_price|Cost price|cost|GBP|ex']);
  });

  describe('Geins', () => {
    const geins = async (settings: Record<string, string>) => {
      const fake = await serve(startGeinsFake({ user: 'api-user', password: 'pw-123456', apiKey: 'mgmt-key-12345678' }));
      return test('geins', { settings: { baseUrl: fake.url, apiUser: 'api-user', priceListId: '1000000', ...settings }, secret: { apiPassword: 'pw-123456', apiKey: 'mgmt-key-12345678' } });
    };

    it('the connection’s list and the lists named in More price lists, as Geins lists them', async () => {
      const fields = fieldsOf(await geins({ morePriceListIds: '1000001, 2000000, 2, 1000000', vatMode: 'excluded' }));
      expect(brief(fields)).toEqual([
        'list1000000|Sweden|price|SEK|ex|primary',
        'list1000001|Sweden sale|sale|SEK|ex',
        'list2000000|B2B Europe|price|EUR|ex',
        'list2|VIP customers|price|SEK|ex',
      ]);
      // Removing a price works on custom lists only.
      expect(fields.map((f) => f.removable)).toEqual([false, false, false, true]);
    });

    it('one list when More price lists is empty', async () => {
      expect(brief(fieldsOf(await geins({})))).toEqual(['list1000000|Sweden|price|SEK|inc|primary']);
    });

    it('a campaign list among More price lists is a read-only field: shown, never written', async () => {
      const fields = fieldsOf(await geins({ morePriceListIds: '1000002' }));
      expect(brief(fields)).toEqual(['list1000000|Sweden|price|SEK|inc|primary', 'list1000002|Sweden campaign|price|SEK|inc']);
      expect(fields.map((f) => f.readOnly)).toEqual([undefined, 'Geins ignores price changes on campaign lists.']);
    });

    it('names the edited list and every list on the account in the window\'s language: kind and state in ours, Geins\' names as they are', async () => {
      const result = await geins({ priceListId: '1000000', vatMode: 'included' });
      const [en, es, sv] = inEachLanguage(result);
      // The English of the window is the CLI's, but for the lists' separator (", " where the CLI writes "; ").
      expect(en).toBe(result.message!.replaceAll('; ', ', '));
      expect(en).toContain('Editing price list 1000000 Sweden (SEK, ordinary)');
      expect(en).toContain('1000002 Sweden campaign (SEK, campaign: read only)');
      expect(es).toContain('Se edita la lista de precios 1000000 Sweden (SEK, ordinaria)');
      expect(es).toContain('1000002 Sweden campaign (SEK, de campaña: solo lectura)');
      expect(sv).toContain('Redigerar prislista 1000000 Sweden (SEK, ordinarie)');
      expect(sv).toContain('2 VIP customers (SEK, egen)');
      for (const said of [es, sv]) expect(said).not.toMatch(/ordinary|campaign: read only|custom\)/);
    });

    it('refuses a list it does not have among More price lists', async () => {
      await expect(geins({ morePriceListIds: '1000001, 9000000' })).resolves.toEqual({ ok: false, message: expect.stringMatching(/^Connected to Geins, but it has no price list 9000000 \(More price lists\)\. Lists on this account: /), said: expect.objectContaining({ id: 'vendor.geins.testNoMoreList' }) });
      await expect(geins({ morePriceListIds: '1000001; 2000000' })).resolves.toEqual({ ok: false, message: expect.stringContaining('"1000001; 2000000" in More price lists is not a Geins price list id'), said: { id: 'vendor.geins.badMoreListId', params: { id: '1000001; 2000000' } } });
    });
  });

  describe('xclade', () => {
    const xclade = async (options: XcladeFakeOptions = {}, settings: Record<string, string> = {}, faults: Fault[] = []) => {
      const fake = await serve(startXcladeFake(options));
      fake.inject(...faults);
      const result = await test('xclade', { settings: { baseUrl: fake.url, priceListId: fake.priceListId, currency: 'EUR', authMode: 'secretKey', ...settings }, secret: { secretKey: 'sk_test_0123456789abcdef' } });
      return { fake, result };
    };

    it('one price per currency: the connection’s first, then the store’s (default first), then the list’s others', async () => {
      const { fake, result } = await xclade({ storeCurrencies: ['sek', 'nok'] }, { currency: 'eur', vatMode: 'included' });
      expect(brief(fieldsOf(result))).toEqual(['price.EUR|Price EUR|price|EUR|inc|primary', 'price.SEK|Price SEK|price|SEK|inc', 'price.NOK|Price NOK|price|NOK|inc', 'price.USD|Price USD|price|USD|inc']);
      const stores = fake.requests.find((r) => r.path === '/admin/stores');
      expect(stores?.query.get('fields')).toBe('id,*supported_currencies');
    });

    it('a store it may not read leaves the list’s own currencies, and the test still connects', async () => {
      const { result } = await xclade();
      expect(brief(fieldsOf(result))).toEqual(['price.EUR|Price EUR|price|EUR|ex|primary', 'price.USD|Price USD|price|USD|ex', 'price.SEK|Price SEK|price|SEK|ex']);
      const refused = await xclade({}, {}, [{ match: (r) => r.path === '/admin/stores', reply: { status: 403, json: { type: 'not_allowed', message: 'You are not allowed to access this resource' } } }]);
      expect(brief(fieldsOf(refused.result))).toEqual(['price.EUR|Price EUR|price|EUR|ex|primary', 'price.USD|Price USD|price|USD|ex']);
    });
  });

  it('the demo shop: price, a second currency, a wholesale tier, a recommended price and cost', async () => {
    const fields = fieldsOf(await test('sandbox', { settings: { requestsPerSecond: '1000' }, secret: {} }));
    expect(brief(fields)).toEqual([
      'price|Price|price|EUR|inc|primary',
      'price.SEK|Price SEK|price|SEK|inc',
      'wholesale|Wholesale|tier|EUR|inc',
      'recommended|Recommended price|recommended|EUR|inc',
      'cost|Cost|cost|EUR|ex',
    ]);
  });
});
