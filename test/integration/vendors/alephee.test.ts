import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { PriceUpdate } from '../../../shared/types';
import { Redactor } from '../../../electron/core/redact';
import { alepheeAdapter } from '../../../electron/vendors/alephee';
import type { AdapterEnv, OperationProgress } from '../../../electron/vendors/types';
import { startAlepheeFake, type AlepheeFake, type AlepheeFakeOptions } from '../../fakes/alephee';
import { memoryLogger } from '../../support/quiet-log';
import { recordSubmit } from '../../support/record-submit';

let fake: AlepheeFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(fakeOptions: AlepheeFakeOptions = {}, settings: Record<string, string> = {}, tuning: AdapterEnv['tuning'] = {}) {
  fake = await startAlepheeFake(fakeOptions);
  const log = memoryLogger();
  const env: AdapterEnv = { dataDir: '/nonexistent', log, redactor: new Redactor(), tuning: { backoffMs: 5, timeoutMs: 2000, rateLimitScale: 0.01, ...tuning } };
  const apiKey = settings.apiKey ?? fake.apiKey;
  delete settings.apiKey;
  const client = alepheeAdapter.connect(
    { id: 'alephee-1', settings: { baseUrl: fake.url, accountId: fake.accountId, priceListId: '11', vatMode: 'included', ...settings }, secret: { apiKey } },
    env,
  );
  return { fake, client, log, apiKey };
}

const change = (sku: string, newPrice: string, key = sku): PriceUpdate => ({ key, sku, oldPrice: null, newPrice, currency: 'ARS', vendorIds: { sku } });
const sku = (n: number) => `ALP-${String(n).padStart(4, '0')}`;


/**
 * The answer of developers.alephee.com's update-products example as the vendor note quotes
 * it (counts, ItemNumber, level, code, message) to two products, the second unknown; the
 * unknown SKU is this suite's.
 */
const EXAMPLE_ANSWER = {
  Quantities: { Ok: 1, Error: 1, Warning: 0, Info: 0, Total: 2 },
  Items: [
    {
      ItemNumber: 0,
      ValidationLevel: { Id: 0, Name: 'Error' },
      KeyField: 'SKU',
      KeyValue: 'NO-EXISTE',
      Messages: [{ Level: { Id: 0, Name: 'Error' }, Code: 6, Message: 'No tiene asignado ningún producto con el marca-código ingresado', ValidatedValue: 'NO-EXISTE' }],
    },
  ],
};

const posts = (f: AlepheeFake) => f.requests.filter((r) => r.method === 'POST');
/** A row Alephee refused (code 6): its words kept apart, quoted after ours ("Alephee refused this price:") in the window. */
const refusedBy = (sku: string, theirs: string) => ({ key: sku, sku, status: 'error', code: '6', message: theirs, said: { id: 'row.rejected', params: { vendor: 'Alephee' } }, vendorMessage: theirs });

describe('Alephee connector', () => {
  it('describes its fields, secret key and limits', () => {
    const { fields, capabilities, id } = alepheeAdapter.description;
    expect(id).toBe('alephee');
    expect(fields.map((f) => f.key)).toEqual(['baseUrl', 'accountId', 'apiKey', 'priceListId', 'morePriceListIds', 'vatMode', 'currency', 'batchSize']);
    expect(fields.find((f) => f.key === 'apiKey')?.kind).toBe('secret');
    expect(fields.find((f) => f.key === 'baseUrl')?.placeholder).toBe('https://api.alephcrm.com');
    expect(fields.find((f) => f.key === 'vatMode')?.options?.map((o) => o.value)).toEqual(['included', 'excluded']);
    for (const f of fields) if (f.pattern) expect(() => new RegExp(f.pattern!)).not.toThrow();
    expect(new RegExp(fields.find((f) => f.key === 'accountId')!.pattern!).test('12ab')).toBe(false);
    expect(capabilities).toMatchObject({ readsCatalog: true, maxDecimals: 4, batchSize: 100, writesWith: 'SKU', rateLimit: null });
  });

  describe('testConnection', () => {
    it('reports the account and its product count', async () => {
      const { client } = await setup();
      await expect(client.testConnection(new AbortController().signal)).resolves.toEqual({ ok: true, message: 'Connected to Alephee account 4321: 30 products.', said: { id: 'vendor.alephee.connected', params: { account: '4321', count: 30 } }, fields: expect.any(Array) });
    });

    it('explains a wrong API key without showing it', async () => {
      const { client } = await setup({}, { apiKey: 'wrong-key-0a1b2c3d' });
      const result = await client.testConnection(new AbortController().signal);
      expect(result.ok).toBe(false);
      expect(result.message).toContain('did not accept the API key for account 4321');
      expect(result.message).not.toContain('wrong-key-0a1b2c3d');
    });

    it('explains an account the key is not linked to', async () => {
      const { client } = await setup({}, { accountId: '999' });
      const result = await client.testConnection(new AbortController().signal);
      expect(result).toMatchObject({ ok: false });
      expect(result.message).toContain('account 999');
      expect(result.message).toContain('not linked to this API_KEY');
    });

    it('explains a key without permission for products', async () => {
      const { client } = await setup({ forbidden: true });
      const result = await client.testConnection(new AbortController().signal);
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/may not read products of account 4321.*no access to the products module/);
    });

    it('explains an unknown price list answered with 404', async () => {
      const { client } = await setup({}, { priceListId: '77' });
      const result = await client.testConnection(new AbortController().signal);
      expect(result.ok).toBe(false);
      expect(result.message).toContain('does not know account 4321 or price list 77');
    });

    it('explains an unknown price list answered with products lacking it', async () => {
      const { client } = await setup({ unknownPriceList: 'empty' }, { priceListId: '77' });
      const result = await client.testConnection(new AbortController().signal);
      expect(result.ok).toBe(false);
      expect(result.message).toContain('price list 77 is not among');
    });

    it('asks for the price list id when the products carry several lists and none is set', async () => {
      const { client } = await setup({}, { priceListId: '' });
      const result = await client.testConnection(new AbortController().signal);
      expect(result).toEqual({
        ok: false,
        message: 'Connected to Alephee account 4321, but: Your Alephee products carry several price lists (11, 12). Enter the price list id in the connection, so PriceDesk reads and writes the right one.',
        said: { id: 'vendor.alephee.testSeveralLists', params: { account: '4321', lists: '11, 12' } },
      });
      await expect(client.loadCatalog({ signal: new AbortController().signal, onProgress: () => undefined })).rejects.toThrow(/several price lists \(11, 12\)/);
      const read = client.readPrices!([{ key: 'a', sku: sku(1), vendorIds: {} }], { signal: new AbortController().signal, onProgress: () => undefined });
      await expect(read).rejects.toThrow(/several price lists/);
    });

    it('explains an unreachable server', async () => {
      const port = await new Promise<number>((resolve) => {
        const s = createServer().listen(0, '127.0.0.1', () => {
          const p = (s.address() as { port: number }).port;
          s.close(() => resolve(p));
        });
      });
      const env: AdapterEnv = { dataDir: '/nonexistent', log: memoryLogger(), redactor: new Redactor(), tuning: { backoffMs: 5, timeoutMs: 2000, maxAttempts: 2 } };
      const client = alepheeAdapter.connect({ id: 'x', settings: { baseUrl: `http://127.0.0.1:${port}`, accountId: '1' }, secret: { apiKey: 'k-123456789' } }, env);
      const result = await client.testConnection(new AbortController().signal);
      expect(result).toEqual({ ok: false, message: "Alephee's server refused the connection. Check the address in the connection.", said: { id: 'http.connectionRefused', params: { vendor: 'Alephee' } } });
    });

    it('refuses a plain http address that is not loopback', async () => {
      const env: AdapterEnv = { dataDir: '/nonexistent', log: memoryLogger(), redactor: new Redactor() };
      const client = alepheeAdapter.connect({ id: 'x', settings: { baseUrl: 'http://api.alephcrm.com', accountId: '1' }, secret: { apiKey: 'k-123456789' } }, env);
      const result = await client.testConnection(new AbortController().signal);
      expect(result).toEqual({ ok: false, message: 'The Alephee address must start with https:// (got http://).', said: { id: 'http.notHttps', params: { vendor: 'Alephee', protocol: 'http://' } } });
    });
  });

  describe('loadCatalog', () => {
    it('pages through the whole catalog with progress and picks the configured price list', async () => {
      const { client, fake } = await setup({ productCount: 1203 });
      const progress: OperationProgress[] = [];
      const rows = await client.loadCatalog({ signal: new AbortController().signal, onProgress: (p) => progress.push(p) });
      expect(rows).toHaveLength(1203);
      expect(new Set(rows.map((r) => r.key)).size).toBe(1203);
      expect(progress.filter((p) => p.waitMs === undefined)).toEqual([
        { done: 500, total: 1203 },
        { done: 1000, total: 1203 },
        { done: 1203, total: 1203 },
      ]);
      const gets = fake.requests.filter((r) => r.method === 'GET');
      expect(gets.map((r) => r.query.get('offset'))).toEqual(['0', '500', '1000']);
      expect(gets.every((r) => r.query.get('priceListId') === '11' && r.query.get('accountId') === '4321')).toBe(true);
      const p = fake.product(sku(2))!;
      expect(rows[1]).toEqual({
        key: String(p.id),
        sku: sku(2),
        name: 'Producto 2',
        price: p.prices[11]!.priceWithTaxes,
        cost: p.prices[11]!.cost,
        currency: 'ARS',
        vatIncluded: true,
        prices: { priceWithTaxes: p.prices[11]!.priceWithTaxes, cost: p.prices[11]!.cost, suggestedRetailPrice: p.prices[11]!.suggestedRetailPrice },
        vendorIds: { productId: String(p.id), sku: sku(2), priceListId: '11' },
        // Identification.Brand.Name, the listing's grouping field.
        groups: { brand: 'Marca' },
      });
    });

    it('reads the price without taxes of another price list when so configured', async () => {
      const { client, fake } = await setup({}, { priceListId: '12', vatMode: 'excluded', currency: 'clp' });
      const rows = await client.loadCatalog({ signal: new AbortController().signal, onProgress: () => undefined });
      const p = fake.product(sku(3))!;
      expect(rows[2]).toMatchObject({ price: p.prices[12]!.price, vatIncluded: false, currency: 'CLP' });
      expect(rows[2]!.price).toMatch(/^\d+\.\d{4}$/);
    });

    it('reports an unreadable answer by naming the field', async () => {
      const { client, fake } = await setup();
      fake.inject({ reply: { status: 200, json: { Paging: {}, Results: [{ Identification: { Id: 1 } }] } } });
      await expect(client.loadCatalog({ signal: new AbortController().signal, onProgress: () => undefined })).rejects.toThrow(
        /could not read \(Results\.0\.Identification\.SKU/,
      );
    });
  });

  describe('submit', () => {
    it('writes PriceWithTaxes only, with the key in the query, and reads the new prices back', async () => {
      const { client, fake } = await setup();
      const { results, batches } = await recordSubmit(client, [change(sku(1), '123.45'), change(sku(2), '99.1234')]);
      expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
      expect(batches).toHaveLength(1);
      const [post] = posts(fake);
      expect(post!.body).toEqual([
        { SKU: sku(1), Price: { PriceWithTaxes: 123.45 } },
        { SKU: sku(2), Price: { PriceWithTaxes: 99.1234 } },
      ]);
      expect(post!.rawBody).toContain('"PriceWithTaxes":99.1234');
      expect(post!.query.get('API_KEY')).toBe(fake.apiKey);
      expect(post!.query.get('priceListId')).toBe('11');
      expect(fake.product(sku(1))!.prices[11]!.priceWithTaxes).toBe('123.45');
      const rows = await client.loadCatalog({ signal: new AbortController().signal, onProgress: () => undefined });
      expect(rows.find((r) => r.sku === sku(2))!.price).toBe('99.1234');
      const read = await client.readPrices!([{ key: 'a', sku: sku(1), vendorIds: {} }, { key: 'b', sku: 'NOPE', vendorIds: {} }], {
        signal: new AbortController().signal,
        onProgress: () => undefined,
      });
      expect([...read]).toEqual([['a', '123.45']]);
    });

    it('leaves priceListId out on an account with one price list, as the docs say', async () => {
      const { client, fake } = await setup({ priceListIds: [31] }, { priceListId: '' });
      await expect(client.testConnection(new AbortController().signal)).resolves.toMatchObject({ ok: true });
      const rows = await client.loadCatalog({ signal: new AbortController().signal, onProgress: () => undefined });
      expect(rows[0]!.vendorIds).toEqual({ productId: '7001', sku: sku(1) });
      const { results } = await recordSubmit(client, [change(sku(1), '55')]);
      expect(results.map((r) => r.status)).toEqual(['ok']);
      expect(posts(fake)[0]!.query.has('priceListId')).toBe(false);
      expect(fake.product(sku(1))!.prices[31]!.priceWithTaxes).toBe('55');
    });

    it('writes Price when prices are without taxes', async () => {
      const { client, fake } = await setup({}, { vatMode: 'excluded' });
      const { results } = await recordSubmit(client, [change(sku(4), '50')]);
      expect(results[0]!.status).toBe('ok');
      expect(posts(fake)[0]!.body).toEqual([{ SKU: sku(4), Price: { Price: 50 } }]);
      expect(fake.product(sku(4))!.prices[11]!.price).toBe('50');
    });

    it('maps warnings, infos and errors per item, in input order', async () => {
      const { client, fake } = await setup();
      const unchanged = fake.product(sku(5))!.prices[11]!.priceWithTaxes;
      const { results } = await recordSubmit(client, [change(sku(1), '0.50'), change('NOPE-1', '10'), change(sku(5), unchanged), change(sku(6), '77')]);
      expect(results).toEqual([
        { key: sku(1), sku: sku(1), status: 'warning', code: '200', message: expect.stringContaining('below cost'), said: { id: 'vendor.alephee.warning' }, vendorMessage: expect.stringContaining('below cost') },
        refusedBy('NOPE-1', 'No tiene asignado ningún producto con el marca-código ingresado'),
        { key: sku(5), sku: sku(5), status: 'ok', code: null, message: 'The price did not change.', said: { id: 'vendor.alephee.acceptedNote' }, vendorMessage: 'The price did not change.' },
        { key: sku(6), sku: sku(6), status: 'ok', code: null, message: null },
      ]);
    });

    it('treats 412 as per-item errors when every product fails', async () => {
      const { client, fake } = await setup();
      const { results } = await recordSubmit(client, [change('NOPE-1', '10'), change('NOPE-2', '11')]);
      expect(results.map((r) => [r.status, r.code])).toEqual([
        ['error', '6'],
        ['error', '6'],
      ]);
      expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    });

    it("reads Alephee's own example: only the failed product is listed, as ItemNumber 0", async () => {
      const { client, fake } = await setup();
      // The second product sent failed; the first is only counted in Quantities.Ok.
      fake.inject({ match: (r) => r.method === 'POST', reply: { status: 200, json: EXAMPLE_ANSWER } });
      const { results } = await recordSubmit(client, [change(sku(1), '10'), change('NO-EXISTE', '11')]);
      expect(results).toEqual([
        { key: sku(1), sku: sku(1), status: 'ok', code: null, message: null },
        refusedBy('NO-EXISTE', 'No tiene asignado ningún producto con el marca-código ingresado'),
      ]);
    });

    it('answers like the example: Items lists only the products with messages, numbered in its own order', async () => {
      const { fake } = await setup();
      const res = await fetch(`${fake.url}/v2/products?API_KEY=${fake.apiKey}&accountId=${fake.accountId}&priceListId=11`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify([{ SKU: sku(1), Price: { PriceWithTaxes: 10 } }, { SKU: 'NO-EXISTE', Price: { PriceWithTaxes: 11 } }]),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(EXAMPLE_ANSWER);
    });

    it('never matches by ItemNumber: an item without KeyValue leaves the unlisted rows unknown', async () => {
      const { client, fake } = await setup();
      const error = { ItemNumber: 0, ValidationLevel: { Id: 0, Name: 'Error' }, Messages: [{ Level: { Name: 'Error' }, Code: 9, Message: 'm' }] };
      fake.inject({ reply: { status: 200, json: { Quantities: { Ok: 1, Error: 1, Total: 2 }, Items: [error] } } });
      const { results } = await recordSubmit(client, [change(sku(1), '10'), change(sku(2), '11')]);
      expect(results.map((r) => [r.status, r.code])).toEqual([
        ['unknown', 'unconfirmed'],
        ['unknown', 'unconfirmed'],
      ]);
    });

    it('reads the level by name, not by id', async () => {
      const { client, fake } = await setup();
      const item = (s: string, id: number, name: string) => ({ ItemNumber: 0, KeyValue: s, ValidationLevel: { Id: id, Name: name }, Messages: [{ Level: { Id: id, Name: name }, Code: 1, Message: name }] });
      fake.inject({ reply: { status: 200, json: { Quantities: { Ok: 0, Error: 1, Warning: 1, Total: 2 }, Items: [item(sku(1), 4, 'Warning'), item(sku(2), 1, 'Error')] } } });
      const { results } = await recordSubmit(client, [change(sku(1), '10'), change(sku(2), '11')]);
      expect(results.map((r) => r.status)).toEqual(['warning', 'error']);
    });

    it('leaves unlisted rows unknown when Quantities.Ok does not count them', async () => {
      const { client, fake } = await setup();
      fake.inject({ reply: { status: 200, json: { Quantities: { Ok: 1, Error: 0, Total: 3 }, Items: [] } } }, { reply: { status: 200, json: { Items: [] } } });
      const first = await recordSubmit(client, [change(sku(1), '10'), change(sku(2), '11'), change(sku(3), '12')]);
      expect(first.results.map((r) => r.status)).toEqual(['unknown', 'unknown', 'unknown']);
      expect(first.results[0]!.message).toContain('Check its price before sending again');
      // No Quantities at all: nothing confirms the rows either.
      const second = await recordSubmit(client, [change(sku(4), '10')]);
      expect(second.results.map((r) => r.status)).toEqual(['unknown']);
    });

    it('refuses prices Alephee would reject without sending them', async () => {
      const { client, fake } = await setup();
      const { results } = await recordSubmit(client, [change(sku(1), '0'), change(sku(2), '1.23456'), change(sku(3), '-4'), change(sku(4), '1.234500')]);
      expect(results.map((r) => r.code)).toEqual(['price_not_positive', 'too_many_decimals', 'price_not_positive', null]);
      expect(posts(fake)).toHaveLength(1);
      expect(posts(fake)[0]!.body).toEqual([{ SKU: sku(4), Price: { PriceWithTaxes: 1.2345 } }]);
    });

    it('never puts one SKU twice in a request', async () => {
      const { client, fake } = await setup();
      const { results } = await recordSubmit(client, [change(sku(1), '210', 'a'), change(sku(1), '212', 'b')]);
      expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
      expect(posts(fake).map((p) => (p.body as unknown[]).length)).toEqual([1, 1]);
      expect(fake.product(sku(1))!.prices[11]!.priceWithTaxes).toBe('212');
    });

    it('halves the batch on 413 until Alephee accepts it, losing no row', async () => {
      const { client, fake } = await setup({ maxBatch: 6 }, {}, { batchSize: 20 });
      const changes = Array.from({ length: 20 }, (_, i) => change(sku(i + 1), `${100 + i}.5`));
      const { results } = await recordSubmit(client, changes);
      expect(results.map((r) => r.status)).toEqual(Array(20).fill('ok'));
      expect(results.map((r) => r.key)).toEqual(changes.map((c) => c.key));
      expect(posts(fake).map((p) => (p.body as unknown[]).length)).toEqual([20, 10, 5, 5, 5, 5]);
      expect(fake.product(sku(20))!.prices[11]!.priceWithTaxes).toBe('119.5');
    });

    it('paces itself from x-ratelimit headers without being refused', async () => {
      const { client, fake } = await setup({ rateLimit: { limit: 3, windowMs: 150 } }, {}, { batchSize: 1 });
      const changes = Array.from({ length: 8 }, (_, i) => change(sku(i + 1), '250'));
      const { results, progress } = await recordSubmit(client, changes);
      expect(results.every((r) => r.status === 'ok')).toBe(true);
      expect(fake.refused()).toBe(0);
      expect(progress.some((p) => (p.waitMs ?? 0) > 0)).toBe(true);
    });

    it('waits x-ratelimit-retryafter on 429 and loses no row', async () => {
      const { client, fake } = await setup({ rateLimit: { limit: 2, windowMs: 150, advertise: false } }, {}, { batchSize: 1, maxAttempts: 10 });
      const changes = Array.from({ length: 6 }, (_, i) => change(sku(i + 1), '251'));
      const { results, progress } = await recordSubmit(client, changes);
      expect(results.map((r) => r.status)).toEqual(Array(6).fill('ok'));
      expect(fake.refused()).toBeGreaterThan(0);
      expect(progress.some((p) => (p.waitMs ?? 0) > 0)).toBe(true);
      expect(fake.products.slice(0, 6).every((p) => p.prices[11]!.priceWithTaxes === '251')).toBe(true);
    });

    it('marks rows unknown on a 500 and carries on with the next request', async () => {
      const { client, fake } = await setup({}, {}, { batchSize: 2 });
      fake.inject({ match: (r) => r.method === 'POST', reply: { status: 500, text: 'Internal Server Error' } });
      const { results } = await recordSubmit(client, [change(sku(1), '310'), change(sku(2), '311'), change(sku(3), '312')]);
      expect(results.map((r) => r.status)).toEqual(['unknown', 'unknown', 'ok']);
      expect(results[0]!.message).toContain('Internal Server Error');
      expect(results[0]!.code).toBe('http_500');
    });

    it('retries a dropped connection, then marks rows unknown without resending them', async () => {
      const { client, fake } = await setup({}, {}, { batchSize: 1, maxAttempts: 3 });
      const drop = { match: (r: { method: string }) => r.method === 'POST', dropAfterApply: true };
      fake.inject(drop, drop, drop, drop);
      const { results } = await recordSubmit(client, [change(sku(1), '331'), change(sku(2), '332')]);
      expect(results.map((r) => r.status)).toEqual(['unknown', 'ok']);
      expect(results[0]!.message).toContain('check it before sending again');
      // The fake applied it although no answer came: exactly why the row needs checking.
      expect(fake.product(sku(1))!.prices[11]!.priceWithTaxes).toBe('331');
      expect(posts(fake)).toHaveLength(3 + 2);
    });

    it('stops after a 401 and skips the rows not yet sent', async () => {
      const { client, fake } = await setup({}, {}, { batchSize: 1 });
      fake.inject({ match: (r) => r.method === 'POST', reply: { status: 401, json: { Status: 401, Message: 'Expired API_KEY' } } });
      const { results } = await recordSubmit(client, [change(sku(1), '10'), change(sku(2), '11'), change(sku(3), '12')]);
      expect(results.map((r) => r.status)).toEqual(['error', 'skipped', 'skipped']);
      expect(results[0]!.message).toContain('Expired API_KEY');
      expect(posts(fake)).toHaveLength(1);
    });

    it('skips the rows not yet sent when cancelled midway', async () => {
      const { client, fake } = await setup({}, {}, { batchSize: 5 });
      const changes = Array.from({ length: 20 }, (_, i) => change(sku(i + 1), '400'));
      const { results } = await recordSubmit(client, changes, (batches, c) => batches.length === 1 && c.abort());
      expect(results.map((r) => r.status)).toEqual([...Array(5).fill('ok'), ...Array(15).fill('skipped')]);
      expect(results[19]!.message).toBe('Cancelled before it was sent.');
      expect(posts(fake)).toHaveLength(1);
      expect(fake.product(sku(6))!.prices[11]!.priceWithTaxes).not.toBe('400');
    });

    it('lets a request in flight finish and records it when cancelled', async () => {
      const { client, fake } = await setup({}, {}, { batchSize: 2 });
      fake.inject({ match: (r) => r.method === 'POST', delayMs: 300 });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 80);
      const results = await client.submit([change(sku(1), '410'), change(sku(2), '420'), change(sku(3), '430')], {
        signal: controller.signal,
        onProgress: () => undefined,
        onResults: () => undefined,
      });
      expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'skipped']);
      expect(fake.product(sku(2))!.prices[11]!.priceWithTaxes).toBe('420');
    });
  });

  it('never lets the API key reach a log line or a message', async () => {
    const { client, fake, log, apiKey } = await setup({}, {}, { batchSize: 1, maxAttempts: 2 });
    const messages: string[] = [];
    // The fake echoes the key it got in its 401 body, as some APIs do.
    fake.inject({ match: (r) => r.method === 'POST', reply: { status: 401, json: { Status: 401, Message: `Invalid API_KEY '${apiKey}'` } } });
    messages.push(...(await recordSubmit(client, [change(sku(1), '10'), change(sku(2), '11')])).results.map((r) => r.message ?? ''));
    fake.inject({ match: (r) => r.method === 'POST', reply: { status: 500, text: `boom ${apiKey}` } }, { match: (r) => r.method === 'POST', drop: true }, { drop: true });
    messages.push(...(await recordSubmit(client, [change(sku(1), '10'), change(sku(2), '11')])).results.map((r) => r.message ?? ''));
    messages.push((await client.testConnection(new AbortController().signal)).message);
    await client.loadCatalog({ signal: new AbortController().signal, onProgress: () => undefined });
    expect(log.lines.length).toBeGreaterThan(3);
    expect(log.lines.some((l) => l.includes('API_KEY=[redacted]'))).toBe(true);
    for (const text of [...messages, ...log.lines]) expect(text).not.toContain(apiKey);
    expect(messages.some((m) => m.includes('[redacted]'))).toBe(true);
  });

  it('fake also takes the products in the documented `products` query parameter', async () => {
    const { fake } = await setup();
    const products = JSON.stringify([{ SKU: sku(1), Price: { PriceWithTaxes: 12.5 } }]);
    const res = await fetch(`${fake.url}/v2/products?API_KEY=${fake.apiKey}&accountId=${fake.accountId}&priceListId=11&products=${encodeURIComponent(products)}`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ Quantities: { Ok: 1, Error: 0, Warning: 0, Info: 0, Total: 1 }, Items: [] });
    expect(fake.product(sku(1))!.prices[11]!.priceWithTaxes).toBe('12.5');
  });

  it('fake enforces the documented price combinations', async () => {
    const { fake } = await setup();
    const res = await fetch(`${fake.url}/v2/products?API_KEY=${fake.apiKey}&accountId=${fake.accountId}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([{ SKU: sku(1), Price: { Price: 10, PriceWithTaxes: 12.1 } }, { SKU: sku(2), Price: { SuggestedRetailPrice: 10 } }]),
    });
    const body = (await res.json()) as { Items: { Messages: { Code: number }[] }[] };
    expect(res.status).toBe(412);
    expect(body.Items.map((i) => i.Messages[0]!.Code)).toEqual([3002, 3003]);
  });
});

describe('Alephee connector, several price fields of one product', () => {
  const field = (base: PriceUpdate, f: string): PriceUpdate => ({ ...base, field: f });
  const three = (n: number, price: string, cost: string, srp: string) => [change(sku(n), price), field(change(sku(n), cost), 'cost'), field(change(sku(n), srp), 'suggestedRetailPrice')];
  const signal = () => new AbortController().signal;

  it('sends price and cost of a product in one object, one request', async () => {
    const { client, fake } = await setup();
    const { results } = await recordSubmit(client, [change(sku(1), '30'), field(change(sku(1), '14'), 'cost'), change(sku(2), '31'), field(change(sku(2), '15'), 'cost')]);
    expect(results.map((r) => [r.sku, r.field, r.status])).toEqual([
      [sku(1), undefined, 'ok'],
      [sku(1), 'cost', 'ok'],
      [sku(2), undefined, 'ok'],
      [sku(2), 'cost', 'ok'],
    ]);
    expect(posts(fake)).toHaveLength(1);
    expect(posts(fake)[0]!.body).toEqual([
      { SKU: sku(1), Price: { PriceWithTaxes: 30, Cost: 14 } },
      { SKU: sku(2), Price: { PriceWithTaxes: 31, Cost: 15 } },
    ]);
    expect(fake.product(sku(1))!.prices[11]).toMatchObject({ priceWithTaxes: '30', cost: '14' });
  });

  it('sends price, cost and suggested retail price of three products in two requests, never all three in one object', async () => {
    const { client, fake } = await setup();
    const changes = [...three(1, '40', '20', '45'), ...three(2, '41', '21', '46'), ...three(3, '42', '22', '47')];
    const { results } = await recordSubmit(client, changes);
    expect(results.map((r) => r.status)).toEqual(Array(9).fill('ok'));
    expect(results.map((r) => r.field)).toEqual(changes.map((c) => c.field));
    // The fewest the rules allow: each product needs two objects, and one request holds a SKU once.
    expect(posts(fake)).toHaveLength(2);
    for (const post of posts(fake)) {
      for (const product of post.body as { Price: Record<string, number> }[]) expect(Object.keys(product.Price).length).toBeLessThan(3);
    }
    expect(fake.product(sku(2))!.prices[11]).toMatchObject({ priceWithTaxes: '41', cost: '21', suggestedRetailPrice: '46' });
    const rows = await client.loadCatalog({ signal: signal(), onProgress: () => undefined });
    expect(rows.find((r) => r.sku === sku(3))!.prices).toEqual({ priceWithTaxes: '42.00', cost: '22.00', suggestedRetailPrice: '47.00' });
  });

  it('maps an item-level error to the field of the object it answers, the product’s other fields applied', async () => {
    const { client, fake } = await setup({ costLocked: [sku(2)] });
    const before = fake.product(sku(2))!.prices[11]!.cost;
    const { results } = await recordSubmit(client, [...three(1, '40', '20', '45'), ...three(2, '41', '21', '46')]);
    expect(results.map((r) => [r.sku, r.field ?? 'price', r.status])).toEqual([
      [sku(1), 'price', 'ok'],
      [sku(1), 'cost', 'ok'],
      [sku(1), 'suggestedRetailPrice', 'ok'],
      [sku(2), 'price', 'ok'],
      [sku(2), 'cost', 'error'],
      [sku(2), 'suggestedRetailPrice', 'ok'],
    ]);
    expect(results[4]).toMatchObject({ code: '3005', message: 'The cost of this product cannot be set on this account.' });
    expect(posts(fake)).toHaveLength(2);
    expect(fake.product(sku(2))!.prices[11]).toMatchObject({ priceWithTaxes: '41', cost: before, suggestedRetailPrice: '46' });
  });

  it('refuses a suggested retail price alone without sending it, and sends the others', async () => {
    const { client, fake } = await setup();
    const { results } = await recordSubmit(client, [field(change(sku(1), '50'), 'suggestedRetailPrice'), change(sku(2), '33')]);
    expect(results.map((r) => [r.field, r.status, r.code])).toEqual([
      ['suggestedRetailPrice', 'error', 'combination_not_allowed'],
      [undefined, 'ok', null],
    ]);
    expect(posts(fake)).toHaveLength(1);
    expect(posts(fake)[0]!.body).toEqual([{ SKU: sku(2), Price: { PriceWithTaxes: 33 } }]);
  });

  it('refuses a field the connection does not have', async () => {
    const { client, fake } = await setup({}, { vatMode: 'excluded' });
    const { results } = await recordSubmit(client, [field(change(sku(1), '50'), 'priceWithTaxes')]);
    expect(results[0]).toMatchObject({ field: 'priceWithTaxes', status: 'error', code: 'unknown_field' });
    expect(posts(fake)).toHaveLength(0);
  });

  it('reads every field asked for with one read per product, keyed by changeId', async () => {
    const { client, fake } = await setup();
    const entry = fake.product(sku(1))!.prices[11]!;
    const refs = [
      { key: 'k1', sku: sku(1), vendorIds: {} },
      { key: 'k1', sku: sku(1), field: 'cost', vendorIds: {} },
      { key: 'k1', sku: sku(1), field: 'suggestedRetailPrice', vendorIds: {} },
      { key: 'k4', sku: sku(4), field: 'cost', vendorIds: {} },
      { key: 'k9', sku: 'NOPE', field: 'cost', vendorIds: {} },
    ];
    const read = await client.readPrices!(refs, { signal: signal(), onProgress: () => undefined });
    const gets = () => fake.requests.filter((r) => r.method === 'GET');
    expect(gets()).toHaveLength(3);
    expect(Object.fromEntries(read)).toEqual({
      k1: entry.priceWithTaxes,
      'k1\u001fcost': entry.cost,
      'k1\u001fsuggestedRetailPrice': entry.suggestedRetailPrice,
      // Product 4 has no cost in the fake's seed: found, with no price.
      'k4\u001fcost': null,
    });
  });
});

describe('Alephee connector, more price lists', () => {
  const field = (base: PriceUpdate, f: string): PriceUpdate => ({ ...base, field: f });
  const signal = () => new AbortController().signal;

  it('offers each more list’s price, cost and suggested retail price as fields, read from one unfiltered listing', async () => {
    const { client, fake } = await setup({}, { morePriceListIds: '12' });
    const test = await client.testConnection(signal());
    expect(test.ok).toBe(true);
    const fields = test.ok ? test.fields! : [];
    expect(fields.map((f) => [f.id, f.label, f.primary])).toEqual([
      ['priceWithTaxes', 'Price with taxes', true],
      ['cost', 'Cost', false],
      ['suggestedRetailPrice', 'Suggested retail price', false],
      ['list12.priceWithTaxes', 'Lista 12: Price with taxes', false],
      ['list12.cost', 'Lista 12: Cost', false],
      ['list12.suggestedRetailPrice', 'Lista 12: Suggested retail price', false],
    ]);
    const rows = await client.loadCatalog({ signal: signal(), onProgress: () => undefined });
    const own = fake.product(sku(1))!.prices;
    expect(rows[0]!.price).toBe(Number(own[11]!.priceWithTaxes).toFixed(2));
    expect(rows[0]!.prices!['list12.priceWithTaxes']).toBe(Number(own[12]!.priceWithTaxes).toFixed(2));
    expect(fake.requests.filter((r) => r.method === 'GET').every((r) => !r.query.has('priceListId'))).toBe(true);
  });

  it('says which more list the products do not carry', async () => {
    const { client } = await setup({}, { morePriceListIds: '12, 99' });
    await expect(client.testConnection(signal())).resolves.toMatchObject({ ok: false, message: expect.stringMatching(/price list 99 \(More price lists\) is not among/) });
  });

  it('needs the connection’s own price list id beside more lists', async () => {
    const { client } = await setup({}, { priceListId: '', morePriceListIds: '12' });
    await expect(client.testConnection(signal())).resolves.toMatchObject({ ok: false, message: expect.stringMatching(/need the price list id/) });
  });

  it('writes each list in its own request, the fewest per list, and reads each field back', async () => {
    const { client, fake } = await setup({}, { morePriceListIds: '12' });
    const changes = [change(sku(1), '60'), field(change(sku(1), '70'), 'list12.priceWithTaxes'), field(change(sku(1), '30'), 'list12.cost'), change(sku(2), '61'), field(change(sku(2), '71'), 'list12.priceWithTaxes')];
    const { results } = await recordSubmit(client, changes);
    expect(results.map((r) => r.status)).toEqual(Array(5).fill('ok'));
    expect(posts(fake).map((p) => [p.query.get('priceListId'), p.body])).toEqual([
      ['11', [{ SKU: sku(1), Price: { PriceWithTaxes: 60 } }, { SKU: sku(2), Price: { PriceWithTaxes: 61 } }]],
      ['12', [{ SKU: sku(1), Price: { PriceWithTaxes: 70, Cost: 30 } }, { SKU: sku(2), Price: { PriceWithTaxes: 71 } }]],
    ]);
    expect(fake.product(sku(1))!.prices[11]!.priceWithTaxes).toBe('60');
    expect(fake.product(sku(1))!.prices[12]).toMatchObject({ priceWithTaxes: '70', cost: '30' });
    const read = await client.readPrices!(changes.slice(0, 3), { signal: signal(), onProgress: () => undefined });
    expect(Object.fromEntries(read)).toEqual({ [sku(1)]: '60.00', [`${sku(1)}\u001flist12.priceWithTaxes`]: '70.00', [`${sku(1)}\u001flist12.cost`]: '30.00' });
  });
});
