import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PriceUpdate, RowResult } from '../../../shared/types';
import { Redactor } from '../../../electron/core/redact';
import { geinsAdapter } from '../../../electron/vendors/geins';
import type { AdapterEnv, AdapterTuning, OperationProgress, ResolvedConnection } from '../../../electron/vendors/types';
import { geinsProducts, startGeinsFake, type GeinsFake } from '../../fakes/geins';
import type { FakeRequest } from '../../fakes/kit';
import { memoryLogger } from '../../support/quiet-log';

const USER = 'pricedesk-api';
const PASSWORD = 'pw-Secr3t-value';
const API_KEY = 'geins-key-5f2c9a7d';

let fake: GeinsFake;
let log: ReturnType<typeof memoryLogger>;

function env(tuning: AdapterTuning = {}): AdapterEnv {
  return { dataDir: '/nonexistent', log, redactor: new Redactor(), tuning: { backoffMs: 5, timeoutMs: 2000, rateLimitScale: 0.001, ...tuning } };
}

function connection(settings: Record<string, string> = {}, secret: Record<string, string> = {}): ResolvedConnection {
  return { id: 'g1', settings: { baseUrl: fake.url, apiUser: USER, priceListId: '1000000', ...settings }, secret: { apiPassword: PASSWORD, apiKey: API_KEY, ...secret } };
}

function change(productId: number, newPrice: string, articleNumber = `ART-${productId - 10000}`): PriceUpdate {
  return { key: String(productId), sku: articleNumber, oldPrice: null, newPrice, currency: 'SEK', vendorIds: { productId: String(productId), articleNumber } };
}

function options(signal = new AbortController().signal) {
  const progress: OperationProgress[] = [];
  const streamed: RowResult[] = [];
  return { progress, streamed, signal, onProgress: (p: OperationProgress) => progress.push(p), onResults: (r: RowResult[]) => streamed.push(...r) };
}

const puts = () => fake.requests.filter((r) => r.method === 'PUT');
const isPut = (r: FakeRequest) => r.method === 'PUT';
const inc = (id: number, list = 1000000) => fake.products.get(id)!.prices.get(list)?.inc;

beforeEach(async () => {
  log = memoryLogger();
  fake = await startGeinsFake({ user: USER, password: PASSWORD, apiKey: API_KEY });
});
afterEach(async () => {
  await fake.close();
});

describe('Geins description', () => {
  it('asks for the API user, two secrets and a price list, and explains campaign lists', () => {
    const d = geinsAdapter.description;
    expect(d.id).toBe('geins');
    const fields = Object.fromEntries(d.fields.map((f) => [f.key, f]));
    expect(fields.apiUser?.kind).toBe('text');
    expect(fields.apiPassword?.kind).toBe('secret');
    expect(fields.apiKey?.kind).toBe('secret');
    expect(fields.priceListId?.help).toMatch(/Campaign lists \(ending in 2/);
    expect(new RegExp(fields.priceListId!.pattern!).test('1000001')).toBe(true);
    // Custom lists have ids of their own, small ones included.
    expect(new RegExp(fields.priceListId!.pattern!).test('2')).toBe(true);
    expect(new RegExp(fields.priceListId!.pattern!).test('0')).toBe(false);
    expect(fields.vatMode?.options?.map((o) => o.value)).toEqual(['included', 'excluded']);
    expect(fields.productIdType?.options?.map((o) => o.value)).toEqual(['0', '1']);
    expect(fields.baseUrl?.placeholder).toBe('https://mgmtapi.geins.io');
    expect(d.capabilities).toMatchObject({ rateLimit: null, batchSize: 500, maxDecimals: 2, deletesPrices: true });
  });
});

describe('Geins testConnection', () => {
  it('sends both credentials and lists the price lists, marking campaign ones read only', async () => {
    const result = await geinsAdapter.connect(connection(), env()).testConnection(new AbortController().signal);
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/Editing price list 1000000 Sweden \(SEK, ordinary\), prices with VAT\./);
    expect(result.message).toMatch(/1000002 Sweden campaign \(SEK, campaign: read only\)/);
    expect(result.message).toMatch(/2 VIP customers \(SEK, custom\)/);
    const req = fake.requests[0]!;
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`);
    expect(req.headers['x-apikey']).toBe(API_KEY);
  });

  it.each([
    ['password', {}, { apiPassword: 'wrong-password' }],
    ['API key', {}, { apiKey: 'wrong-api-key' }],
    ['user', { apiUser: 'someone-else' }, {}],
  ])('explains a wrong %s', async (_what, settings, secret) => {
    const result = await geinsAdapter.connect(connection(settings, secret), env()).testConnection(new AbortController().signal);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/did not accept the credentials/), said: expect.objectContaining({ id: 'vendor.geins.credentialsRefused' }) });
  });

  it('names the lists when the configured one does not exist', async () => {
    const result = await geinsAdapter.connect(connection({ priceListId: '5000000' }), env()).testConnection(new AbortController().signal);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/no price list 5000000.*2000000 B2B Europe \(EUR, ordinary\)/);
  });

  it('shows the VAT basis the connection sends, which Geins lists do not carry', async () => {
    expect(fake.priceLists.every((l) => !('ExVat' in l))).toBe(true);
    const result = await geinsAdapter.connect(connection({ priceListId: '2000000', vatMode: 'excluded' }), env()).testConnection(new AbortController().signal);
    expect(result).toEqual({ ok: true, message: expect.stringMatching(/Editing price list 2000000 B2B Europe \(EUR, ordinary\), prices without VAT\./), said: expect.objectContaining({ id: 'vendor.geins.connectedExVat' }), fields: expect.any(Array) });
  });

  it('accepts a custom price list with a small id that ends in 2', async () => {
    const result = await geinsAdapter.connect(connection({ priceListId: '2' }), env()).testConnection(new AbortController().signal);
    expect(result).toEqual({ ok: true, message: expect.stringMatching(/Editing price list 2 VIP customers \(SEK, custom\)/), said: expect.objectContaining({ id: 'vendor.geins.connectedIncVat' }), fields: expect.any(Array) });
  });

  it('refuses a campaign price list for editing', async () => {
    const result = await geinsAdapter.connect(connection({ priceListId: '1000002' }), env()).testConnection(new AbortController().signal);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/1000002 is a campaign list/);
  });

  it('says the server is unreachable when nothing listens', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const result = await geinsAdapter.connect(connection({ baseUrl: `http://127.0.0.1:${port}` }), env({ maxAttempts: 1 })).testConnection(new AbortController().signal);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/refused the connection|No answer/);
  });
});

describe('Geins catalog', () => {
  it('pages by BatchId with the filter only on page 1, and maps prices of the chosen list', async () => {
    await fake.close();
    fake = await startGeinsFake({ user: USER, password: PASSWORD, apiKey: API_KEY, pageSize: 10, products: geinsProducts(25) });
    const o = options();
    const rows = await geinsAdapter.connect(connection(), env()).loadCatalog(o);
    expect(rows).toHaveLength(25);
    expect(o.progress).toEqual([
      { done: 10, total: 25 },
      { done: 20, total: 25 },
      { done: 25, total: 25 },
    ]);
    const queries = fake.requests.filter((r) => r.method === 'POST');
    expect(queries.map((r) => r.path)).toEqual(['/API/Product/Query/1', '/API/Product/Query/2', '/API/Product/Query/3']);
    // Categories for the grouping fields (geins-groups.test.ts).
    expect(queries.every((r) => r.query.get('include') === 'Prices,Categories')).toBe(true);
    expect(queries[0]!.body).toEqual({});
    expect(Object.keys(queries[1]!.body as object)).toEqual(['BatchId']);
    expect(rows[0]).toEqual({ key: '10001', sku: 'ART-1', name: 'Geins product 1', price: '100.00', cost: null, currency: 'SEK', vatIncluded: true, prices: { list1000000: '100.00' }, vendorIds: { productId: '10001', articleNumber: 'ART-1' }, groups: { brand: 'Nordic Roast', supplier: 'Kaffe Import AB', category: 'Coffee' } });
    expect(rows[1]!.cost).toBe('41.00');
  });

  it('reads prices without VAT when the connection says so, and leaves products without a price empty', async () => {
    const rows = await geinsAdapter.connect(connection({ priceListId: '2000000', vatMode: 'excluded' }), env()).loadCatalog(options());
    expect(rows[0]).toMatchObject({ price: '10.00', vatIncluded: false, currency: 'EUR' });
    expect(rows[3]!.price).toBeNull();
    // The same list read with VAT: Geins gives both, the setting picks one.
    const withVat = await geinsAdapter.connect(connection({ priceListId: '2000000' }), env()).loadCatalog(options());
    expect(withVat[0]).toMatchObject({ price: '12.50', vatIncluded: true });
  });

  it('reads a custom price list', async () => {
    const rows = await geinsAdapter.connect(connection({ priceListId: '2' }), env()).loadCatalog(options());
    expect(rows[0]).toMatchObject({ price: '90.00', currency: 'SEK', vatIncluded: true });
    expect(rows[1]!.price).toBeNull();
  });

  it('stops instead of looping when a later page repeats page 1 (the resent-filter bug)', async () => {
    await fake.close();
    fake = await startGeinsFake({ user: USER, password: PASSWORD, apiKey: API_KEY, pageSize: 10 });
    const auth = { authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`, 'x-apikey': API_KEY, 'content-type': 'application/json' };
    // The fake behaves like Geins: the filter sent to page 2 answers page 1 again.
    const page2 = (await (await fetch(`${fake.url}/API/Product/Query/2?include=Prices`, { method: 'POST', headers: auth, body: '{}' })).json()) as { Resource: { ProductId: number }[]; PageResult: { HasMoreRows: boolean } };
    expect(page2.Resource[0]!.ProductId).toBe(10001);
    expect(page2.PageResult.HasMoreRows).toBe(true);
    fake.inject({ match: (r) => r.path === '/API/Product/Query/2', reply: { status: 200, json: page2 } });
    await expect(geinsAdapter.connect(connection(), env()).loadCatalog(options())).rejects.toThrow(/already sent; PriceDesk stopped/);
  });

  it('gives a clear message for a malformed answer', async () => {
    fake.inject({ match: (r) => r.method === 'POST', reply: { status: 200, json: { Resource: [{ ProductId: 'x' }] } } });
    await expect(geinsAdapter.connect(connection(), env()).loadCatalog(options())).rejects.toThrow(/field "Resource\.0\.ProductId"/);
  });
});

describe('Geins submit', () => {
  it('puts a batch with productIdType and pricesIncVat, and the new prices read back', async () => {
    const client = geinsAdapter.connect(connection(), env());
    const changes = [change(10001, '149.5'), change(10002, '99')];
    const o = options();
    const results = await client.submit(changes, o);
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
    const put = puts()[0]!;
    expect(put.query.get('productIdType')).toBe('0');
    expect(put.query.get('pricesIncVat')).toBe('true');
    expect(put.body).toEqual([
      { PriceListId: 1000000, Price: 149.5, ProductId: '10001', Currency: 'SEK', StaggeredCount: 1 },
      { PriceListId: 1000000, Price: 99, ProductId: '10002', Currency: 'SEK', StaggeredCount: 1 },
    ]);
    expect(o.streamed).toHaveLength(2);
    expect(Object.fromEntries(await client.readPrices!(changes, options()))).toEqual({ '10001': '149.50', '10002': '99.00' });
  });

  it('sends pricesIncVat from the connection setting, whatever the list', async () => {
    const client = geinsAdapter.connect(connection({ vatMode: 'excluded' }), env());
    const results = await client.submit([change(10001, '12.40')], options());
    expect(results[0]!.status).toBe('ok');
    expect(puts()[0]!.query.get('pricesIncVat')).toBe('false');
    expect(fake.products.get(10001)!.prices.get(1000000)).toEqual({ ex: '12.40', inc: '15.50' });
    expect(Object.fromEntries(await client.readPrices!([change(10001, '12.40')], options()))).toEqual({ '10001': '12.40' });
  });

  it('writes to a custom price list', async () => {
    const results = await geinsAdapter.connect(connection({ priceListId: '2' }), env()).submit([change(10002, '77')], options());
    expect(results[0]!.status).toBe('ok');
    expect((puts()[0]!.body as { PriceListId: number }[])[0]!.PriceListId).toBe(2);
    expect(inc(10002, 2)).toBe('77.00');
  });

  it('writes by article number when the connection says so', async () => {
    const client = geinsAdapter.connect(connection({ productIdType: '1' }), env());
    const results = await client.submit([change(10003, '55')], options());
    expect(results[0]!.status).toBe('ok');
    expect(puts()[0]!.query.get('productIdType')).toBe('1');
    expect((puts()[0]!.body as { ProductId: string }[])[0]!.ProductId).toBe('ART-3');
    expect(inc(10003)).toBe('55.00');
    expect(Object.fromEntries(await client.readPrices!([change(10003, '55')], options()))).toEqual({ '10003': '55.00' });
  });

  it('maps Invalid and NotFound to their rows and the rest to ok, in input order', async () => {
    const results = await geinsAdapter.connect(connection(), env()).submit([change(10001, '-3'), change(99999, '10'), change(10002, '20'), change(10003, '1.005')], options());
    expect(results.map((r) => [r.key, r.status, r.code])).toEqual([
      ['10001', 'error', 'Invalid'],
      ['99999', 'error', 'NotFound'],
      ['10002', 'ok', null],
      ['10003', 'error', 'too_many_decimals'],
    ]);
    expect(results[1]!.message).toMatch(/no product with product id "99999" on price list 1000000/);
    expect(inc(10002)).toBe('20.00');
    expect((puts()[0]!.body as unknown[]).length).toBe(3);
  });

  it('rejects a campaign price list before sending anything', async () => {
    const o = options();
    const results = await geinsAdapter.connect(connection({ priceListId: '1000002' }), env()).submit([change(10001, '1'), change(10002, '2')], o);
    expect(results.map((r) => r.status)).toEqual(['error', 'error']);
    expect(results[0]).toMatchObject({ code: 'campaign_price_list', message: expect.stringMatching(/campaign list/) });
    expect(fake.requests).toHaveLength(0);
    expect(o.streamed).toHaveLength(2);
  });

  it('verifies rows by reading back when Geins answers "Success." with null lists', async () => {
    fake.setSilentSuccess(true);
    const results = await geinsAdapter.connect(connection(), env()).submit([change(10001, '123'), change(10002, '-4'), change(99999, '5')], options());
    expect(results[0]).toMatchObject({ status: 'ok', message: 'Confirmed by reading the price back from Geins.' });
    expect(results[1]).toMatchObject({ status: 'unknown', code: 'unconfirmed' });
    expect(results[1]!.message).toMatch(/Reading back shows 101\.00, not -4/);
    expect(results[2]).toMatchObject({ status: 'error', code: 'NotFound' });
    const readBack = fake.requests.filter((r) => r.method === 'POST').at(-1)!;
    expect(readBack.body).toEqual({ ProductIds: [10001, 10002, 99999] });
  });

  it('maps a 400 carrying Invalid to that row and verifies the others', async () => {
    fake.inject({ match: isPut, reply: { status: 400, json: { Message: 'Bad request.', Invalid: [{ PriceListId: 1000000, ProductId: '10002', Price: 0 }], NotFound: null } } });
    const results = await geinsAdapter.connect(connection(), env()).submit([change(10001, '100'), change(10002, '0'), change(10003, '7')], options());
    expect(results.map((r) => r.status)).toEqual(['ok', 'error', 'unknown']);
    expect(results[1]!.code).toBe('Invalid');
  });

  it('waits for Retry-After on 429 and loses no row', async () => {
    fake.inject({ match: isPut, reply: { status: 429, json: { Message: 'Too many requests.' }, headers: { 'Retry-After': '1' } } });
    const o = options();
    const results = await geinsAdapter.connect(connection(), env()).submit([change(10001, '10'), change(10002, '11')], o);
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(puts()).toHaveLength(2);
    expect(o.progress.some((p) => p.waitMs === 1000)).toBe(true);
  });

  it('throttleNext makes the fake answer 429 with Retry-After', async () => {
    fake.throttleNext(1, 0);
    const result = await geinsAdapter.connect(connection(), env()).testConnection(new AbortController().signal);
    expect(result.ok).toBe(true);
    expect(fake.requests).toHaveLength(2);
  });

  it('reports Geins’ database error on its rows', async () => {
    fake.inject({ match: isPut, reply: { status: 500, json: { Message: 'A database error occured.', Details: ['Price list price could not be saved.'] } } });
    const results = await geinsAdapter.connect(connection(), env()).submit([change(10001, '10')], options());
    expect(results[0]).toMatchObject({ status: 'error', code: 'http_500' });
    expect(results[0]!.message).toMatch(/A database error occured\. Price list price could not be saved\./);
    expect(puts()).toHaveLength(1); // 500 is not retried
  });

  it('retries a dropped PUT and marks the batch unknown when no answer ever comes', async () => {
    fake.inject({ match: isPut, dropAfterApply: true });
    const first = await geinsAdapter.connect(connection(), env({ maxAttempts: 2 })).submit([change(10001, '10')], options());
    expect(first[0]!.status).toBe('ok');
    expect(puts()).toHaveLength(2);
    fake.inject({ match: isPut, dropAfterApply: true }, { match: isPut, dropAfterApply: true });
    const second = await geinsAdapter.connect(connection(), env({ maxAttempts: 2 })).submit([change(10002, '20'), change(10003, '30')], options());
    expect(second.map((r) => [r.status, r.code])).toEqual([
      ['unknown', 'no_answer'],
      ['unknown', 'no_answer'],
    ]);
    expect(inc(10002)).toBe('20.00');
  });

  it('sends in batches and skips the batches left when cancelled', async () => {
    const controller = new AbortController();
    const o = options(controller.signal);
    const changes = Array.from({ length: 8 }, (_, i) => change(10001 + i, '42'));
    const results = await geinsAdapter.connect(connection(), env({ batchSize: 3 })).submit(changes, {
      ...o,
      onResults: (r) => {
        o.streamed.push(...r);
        controller.abort();
      },
    });
    expect(puts()).toHaveLength(1);
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(results[3]!.message).toBe('Cancelled before it was sent.');
    expect(inc(10004)).toBe('103.00');
  });

  it('stops after Geins refuses the credentials mid-way', async () => {
    fake.inject({ match: isPut, reply: { status: 401, json: { Message: 'Unauthorized' } } });
    const results = await geinsAdapter.connect(connection(), env({ batchSize: 2 })).submit([change(10001, '1'), change(10002, '2'), change(10003, '3')], options());
    expect(results.map((r) => r.status)).toEqual(['error', 'error', 'skipped']);
    expect(results[2]!.message).toMatch(/^Not sent: Geins did not accept the credentials/);
    expect(puts()).toHaveLength(1);
  });

  it('removes prices on a custom list by sending -1', async () => {
    const client = geinsAdapter.connect(connection({ priceListId: '2' }), env());
    const o = options();
    const results = await client.removePrices!([{ ...change(10001, '0'), newPrice: null }, { ...change(99999, '0'), newPrice: null }], o);
    expect(results.map((r) => [r.status, r.code])).toEqual([
      ['ok', null],
      ['error', 'NotFound'],
    ]);
    expect(fake.requests.find((r) => r.path === '/API/PriceList/2')?.method).toBe('GET');
    expect(puts()[0]!.body).toEqual([
      { PriceListId: 2, Price: -1, ProductId: '10001', Currency: 'SEK', StaggeredCount: 1 },
      { PriceListId: 2, Price: -1, ProductId: '99999', Currency: 'SEK', StaggeredCount: 1 },
    ]);
    expect(fake.products.get(10001)!.prices.has(2)).toBe(false);
    expect(o.streamed).toHaveLength(2);
  });

  it('confirms a removal by reading back when Geins answers only "Success."', async () => {
    fake.setSilentSuccess(true);
    const results = await geinsAdapter.connect(connection({ priceListId: '2' }), env()).removePrices!([{ ...change(10004, '0'), newPrice: null }], options());
    expect(results[0]).toMatchObject({ status: 'ok', message: 'Confirmed by reading the price back from Geins.' });
  });

  it('refuses to remove prices on a standard list without sending anything', async () => {
    const o = options();
    const results = await geinsAdapter.connect(connection(), env()).removePrices!([{ ...change(10001, '0'), newPrice: null }], o);
    expect(results[0]).toMatchObject({ status: 'error', code: 'removal_unsupported', message: expect.stringMatching(/only on custom price lists.*Nothing was sent/) });
    expect(puts()).toHaveLength(0);
    expect(fake.products.get(10001)!.prices.has(1000000)).toBe(true);
    expect(o.streamed).toHaveLength(1);
  });

  it('never shows the password or API key in logs or messages', async () => {
    fake.inject({ match: isPut, reply: { status: 500, text: `failed for ${USER}:${PASSWORD} key ${API_KEY}` } });
    const results = await geinsAdapter.connect(connection(), env()).submit([change(10001, '1')], options());
    const wrong = await geinsAdapter.connect(connection({}, { apiKey: `${API_KEY}-old` }), env()).testConnection(new AbortController().signal);
    const text = [...log.lines, ...results.map((r) => r.message ?? ''), wrong.message].join('\n');
    expect(results[0]!.status).toBe('error');
    expect(text).toContain('[redacted]');
    for (const secret of [PASSWORD, API_KEY, Buffer.from(`${USER}:${PASSWORD}`).toString('base64')]) expect(text).not.toContain(secret);
  });
});

describe('Geins, several price lists of one product', () => {
  // The connection's list (Sweden), its sale list and market 2's list: three fields, one VAT setting.
  const MORE = { morePriceListIds: '1000001, 2000000' };
  const on = (base: PriceUpdate, listId: number): PriceUpdate => ({ ...base, field: `list${listId}` });
  const three = (id: number, price: string, sale: string, b2b: string) => [change(id, price), on(change(id, sale), 1000001), on(change(id, b2b), 2000000)];
  type Entry = { PriceListId: number; ProductId: string; Price: number; Currency?: string };

  it('sends the prices of three lists for three products in one PUT, each entry naming its list and currency', async () => {
    const client = geinsAdapter.connect(connection(MORE), env());
    const changes = [...three(10001, '120', '99', '11'), ...three(10002, '121', '98', '12'), ...three(10003, '122', '97', '13')];
    const results = await client.submit(changes, options());
    expect(results.map((r) => r.status)).toEqual(Array(9).fill('ok'));
    expect(results.map((r) => r.field)).toEqual(changes.map((c) => c.field));
    expect(puts()).toHaveLength(1);
    const body = puts()[0]!.body as Entry[];
    expect(body.slice(0, 3)).toEqual([
      { PriceListId: 1000000, Price: 120, ProductId: '10001', Currency: 'SEK', StaggeredCount: 1 },
      { PriceListId: 1000001, Price: 99, ProductId: '10001', Currency: 'SEK', StaggeredCount: 1 },
      { PriceListId: 2000000, Price: 11, ProductId: '10001', Currency: 'EUR', StaggeredCount: 1 },
    ]);
    expect([inc(10002), inc(10002, 1000001), inc(10002, 2000000)]).toEqual(['121.00', '98.00', '12.00']);
    const read = await client.readPrices!(changes.slice(0, 3), options());
    expect(Object.fromEntries(read)).toEqual({ '10001': '120.00', '10001\u001flist1000001': '99.00', '10001\u001flist2000000': '11.00' });
    // One product query answers all three lists.
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('maps Invalid to the one list of the product it names, the product’s other lists saved', async () => {
    const results = await geinsAdapter.connect(connection(MORE), env()).submit([...three(10001, '130', '-5', '14'), ...three(10002, '131', '90', '15')], options());
    expect(results.map((r) => [r.key, r.field ?? 'primary', r.status, r.code])).toEqual([
      ['10001', 'primary', 'ok', null],
      ['10001', 'list1000001', 'error', 'Invalid'],
      ['10001', 'list2000000', 'ok', null],
      ['10002', 'primary', 'ok', null],
      ['10002', 'list1000001', 'ok', null],
      ['10002', 'list2000000', 'ok', null],
    ]);
    expect(puts()).toHaveLength(1);
    expect([inc(10001), inc(10001, 1000001), inc(10001, 2000000)]).toEqual(['130.00', undefined, '14.00']);
  });

  it('names the list of a NotFound price', async () => {
    fake.products.get(10002)!.prices.delete(2000000);
    fake.priceLists.splice(fake.priceLists.findIndex((l) => l.Id === 2000000), 1);
    const results = await geinsAdapter.connect(connection(MORE), env()).submit(three(10002, '140', '95', '16'), options());
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'error']);
    expect(results[2]!.message).toMatch(/on price list 2000000/);
  });

  it('refuses a campaign list’s field without sending it, and sends the others', async () => {
    const o = options();
    const client = geinsAdapter.connect(connection({ morePriceListIds: '1000001, 1000002' }), env());
    const results = await client.submit([change(10001, '150'), on(change(10001, '140'), 1000002)], o);
    expect(results[1]).toMatchObject({ field: 'list1000002', status: 'error', code: 'campaign_price_list', message: expect.stringMatching(/1000002 is a campaign list/) });
    expect(results[0]!.status).toBe('ok');
    expect((puts()[0]!.body as Entry[]).map((e) => e.PriceListId)).toEqual([1000000]);
    expect(o.streamed).toHaveLength(2);
  });

  it('refuses a field the connection does not have', async () => {
    const results = await geinsAdapter.connect(connection(), env()).submit([on(change(10001, '150'), 2000000)], options());
    expect(results[0]).toMatchObject({ field: 'list2000000', status: 'error', code: 'unknown_field' });
    expect(puts()).toHaveLength(0);
  });

  it('cuts by prices, not products: nine prices at four per request are three PUTs', async () => {
    const changes = [...three(10001, '120', '99', '11'), ...three(10002, '121', '98', '12'), ...three(10003, '122', '97', '13')];
    const results = await geinsAdapter.connect(connection({ ...MORE, batchSize: '4' }), env()).submit(changes, options());
    expect(results.map((r) => r.status)).toEqual(Array(9).fill('ok'));
    expect(puts().map((p) => (p.body as Entry[]).length)).toEqual([4, 4, 1]);
  });

  it('confirms each list by reading back when Geins answers only "Success."', async () => {
    fake.setSilentSuccess(true);
    const results = await geinsAdapter.connect(connection(MORE), env()).submit(three(10004, '160', '150', '19'), options());
    expect(results.map((r) => [r.field ?? 'primary', r.status, r.message])).toEqual([
      ['primary', 'ok', 'Confirmed by reading the price back from Geins.'],
      ['list1000001', 'ok', 'Confirmed by reading the price back from Geins.'],
      ['list2000000', 'ok', 'Confirmed by reading the price back from Geins.'],
    ]);
  });

  it('removes a price on a custom list and refuses it on a standard one, per field', async () => {
    const o = options();
    const client = geinsAdapter.connect(connection({ priceListId: '1000000', morePriceListIds: '2' }), env());
    const results = await client.removePrices!([{ ...on(change(10001, '0'), 2), newPrice: null }, { ...change(10001, '0'), newPrice: null }], o);
    expect(results.map((r) => [r.field ?? 'primary', r.status, r.code])).toEqual([
      ['list2', 'ok', null],
      ['primary', 'error', 'removal_unsupported'],
    ]);
    expect((puts()[0]!.body as Entry[]).map((e) => [e.PriceListId, e.Price])).toEqual([[2, -1]]);
    expect(fake.products.get(10001)!.prices.has(2)).toBe(false);
    expect(fake.products.get(10001)!.prices.has(1000000)).toBe(true);
  });
});
