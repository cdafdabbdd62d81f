import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeId, type PriceUpdate, type RowResult } from '../../../shared/types';
import { Redactor } from '../../../electron/core/redact';
import { clinikoAdapter } from '../../../electron/vendors/cliniko';
import { readSettings } from '../../../electron/vendors/cliniko/connection';
import type { AdapterEnv, AdapterTuning, OperationProgress, ResolvedConnection } from '../../../electron/vendors/types';
import { clinikoProducts, startClinikoFake, type ClinikoFake } from '../../fakes/cliniko';
import { memoryLogger } from '../../support/quiet-log';

const KEY = 'MS0xLWFiY2RlZmdoaWprbG1ub3A-au1';
const EMAIL = 'it@clinic.example';

let fake: ClinikoFake;
let log: ReturnType<typeof memoryLogger>;

function env(tuning: AdapterTuning = {}): AdapterEnv {
  return { dataDir: '/nonexistent', log, redactor: new Redactor(), tuning: { backoffMs: 5, timeoutMs: 2000, rateLimitScale: 0.001, ...tuning } };
}

function connection(overrides: { key?: string; settings?: Record<string, string> } = {}): ResolvedConnection {
  return { id: 'c1', settings: { baseUrl: fake.baseUrl, contactEmail: EMAIL, ...overrides.settings }, secret: { apiKey: overrides.key ?? KEY } };
}

function change(id: string, newPrice: string): PriceUpdate {
  return { key: id, sku: `sku-${id}`, oldPrice: null, newPrice, currency: 'AUD', vendorIds: { productId: id } };
}

function options(signal = new AbortController().signal) {
  const progress: OperationProgress[] = [];
  const streamed: RowResult[] = [];
  return { progress, streamed, signal, onProgress: (p: OperationProgress) => progress.push(p), onResults: (r: RowResult[]) => streamed.push(...r) };
}

const patches = () => fake.requests.filter((r) => r.method === 'PATCH');

beforeEach(async () => {
  log = memoryLogger();
  fake = await startClinikoFake({ apiKey: KEY, windowMs: 60 });
});
afterEach(async () => {
  await fake.close();
});

describe('Cliniko description', () => {
  it('asks for a secret API key, a validated contact email and names its limits', () => {
    const d = clinikoAdapter.description;
    expect(d.id).toBe('cliniko');
    const fields = Object.fromEntries(d.fields.map((f) => [f.key, f]));
    expect(fields.apiKey?.kind).toBe('secret');
    expect(fields.contactEmail?.required).toBe(true);
    const email = new RegExp(fields.contactEmail!.pattern!);
    expect(email.test('it@clinic.example')).toBe(true);
    expect(email.test('not an email')).toBe(false);
    expect(fields.baseUrl?.placeholder).toBe('https://api.au1.cliniko.com/v1');
    expect(fields.vatMode?.options?.map((o) => o.value)).toEqual(['inc', 'ex']);
    expect(d.capabilities).toMatchObject({ batchSize: 1, rateLimit: { requests: 200, perSeconds: 60 }, maxDecimals: 2, readsCatalog: true });
  });

  it('takes the shard from the end of the API key, au1 when there is none', () => {
    const base = (key: string) => readSettings({ id: 'x', settings: { contactEmail: EMAIL }, secret: { apiKey: key } }).baseUrl;
    expect(base('abc-uk1')).toBe('https://api.uk1.cliniko.com/v1');
    expect(base('abc-def-eu1')).toBe('https://api.eu1.cliniko.com/v1');
    expect(base('abcdef')).toBe('https://api.au1.cliniko.com/v1');
    expect(() => base('abc-zz9')).toThrow(/not a Cliniko region/);
    expect(readSettings({ id: 'x', settings: { contactEmail: EMAIL }, secret: { apiKey: 'abc-uk2' } }).currency).toBe('GBP');
  });
});

describe('Cliniko testConnection', () => {
  it('connects with Basic auth, the User-Agent with the contact email and Accept json', async () => {
    const result = await clinikoAdapter.connect(connection(), env()).testConnection(new AbortController().signal);
    expect(result).toEqual({ ok: true, message: 'Connected to Cliniko (region au1): 25 products.', said: { id: 'vendor.cliniko.connected', params: { region: 'au1', count: 25 } }, fields: expect.any(Array) });
    const req = fake.requests[0]!;
    expect(req.path).toBe('/v1/products');
    expect(req.headers['user-agent']).toBe(`PriceDesk (${EMAIL})`);
    expect(req.headers.accept).toBe('application/json');
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from(`${KEY}:`).toString('base64')}`);
  });

  it('explains a wrong key', async () => {
    const result = await clinikoAdapter.connect(connection({ key: 'wrongwrongwrong-au1' }), env()).testConnection(new AbortController().signal);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/did not accept the API key/);
  });

  it('explains that a key from another region is refused there', async () => {
    const result = await clinikoAdapter.connect(connection({ key: KEY.replace(/-au1$/, '-uk1') }), env()).testConnection(new AbortController().signal);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/region.*uk1/);
  });

  it('refuses an unknown shard suffix without sending anything', async () => {
    const result = await clinikoAdapter.connect(connection({ key: 'abcdefgh-zz9' }), env()).testConnection(new AbortController().signal);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/"-zz9", which is not a Cliniko region/);
    expect(fake.requests).toHaveLength(0);
  });

  it('explains a user without permission for products', async () => {
    fake.forbidKey(KEY);
    const result = await clinikoAdapter.connect(connection(), env()).testConnection(new AbortController().signal);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/may not manage products/);
  });

  it('refuses a missing contact email before sending, and the fake blocks requests without one', async () => {
    const result = await clinikoAdapter.connect(connection({ settings: { contactEmail: 'nobody' } }), env()).testConnection(new AbortController().signal);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/valid contact email/);
    expect(fake.requests).toHaveLength(0);
    const auth = `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`;
    const raw = await fetch(`${fake.baseUrl}/products`, { headers: { authorization: auth, accept: 'application/json', 'user-agent': 'PriceDesk' } });
    expect(raw.status).toBe(403);
    const strict = await startClinikoFake({ apiKey: KEY, userAgentStatus: 400 });
    const raw400 = await fetch(`${strict.baseUrl}/products`, { headers: { authorization: auth, accept: 'application/json', 'user-agent': 'PriceDesk' } });
    expect(raw400.status).toBe(400);
    await strict.close();
  });

  it('says the server is unreachable when nothing listens', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const conn = connection({ settings: { baseUrl: `http://127.0.0.1:${port}/v1` } });
    const result = await clinikoAdapter.connect(conn, env({ maxAttempts: 1 })).testConnection(new AbortController().signal);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/refused the connection|No answer/);
  });
});

describe('Cliniko catalog', () => {
  it('follows links.next through every page and reports progress from total_entries', async () => {
    await fake.close();
    const products = clinikoProducts(251);
    products[250]!.archived = true;
    fake = await startClinikoFake({ apiKey: KEY, windowMs: 60, products });
    const o = options();
    const rows = await clinikoAdapter.connect(connection(), env()).loadCatalog(o);
    expect(rows).toHaveLength(250);
    expect(o.progress).toEqual([
      { done: 100, total: 250 },
      { done: 200, total: 250 },
      { done: 250, total: 250 },
    ]);
    const gets = fake.requests.filter((r) => r.method === 'GET');
    expect(gets.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '3']);
    expect(gets.every((r) => r.query.get('per_page') === '100')).toBe(true);
    expect(rows[0]).toEqual({ key: '1001', sku: 'P-0001', name: 'Product 1', price: '20.50', cost: null, currency: 'AUD', vatIncluded: true, prices: { price: '20.50', cost_price: null }, vendorIds: { productId: '1001' }, groups: { supplier: 'Physio Supplies Ltd' } });
    // product_supplier_name null: no groups at all, not an empty one.
    expect(rows[1]).not.toHaveProperty('groups');
    expect(rows[9]!.sku).toBe('1010'); // no item code: the id stands in
    expect(rows[1]!.cost).toBe('9.00');
  });

  it('reads prices without tax when the connection edits them so', async () => {
    const rows = await clinikoAdapter.connect(connection({ settings: { vatMode: 'ex', currency: 'nzd' } }), env()).loadCatalog(options());
    expect(rows[0]).toMatchObject({ price: '18.64', vatIncluded: false, currency: 'NZD' });
  });

  it('gives a clear message for a malformed answer', async () => {
    fake.inject({ reply: { status: 200, json: { products: [{ id: '1', price_ex_tax: 'twelve' }], total_entries: 1 } } });
    await expect(clinikoAdapter.connect(connection(), env()).loadCatalog(options())).rejects.toThrow(/field "products\.0\.price_ex_tax"/);
  });
});

describe('Cliniko submit', () => {
  it('patches each product with a number price and the tax flag, and the new price reads back', async () => {
    const client = clinikoAdapter.connect(connection(), env());
    const o = options();
    const changes = [change('1001', '25.5'), change('1002', '30.00'), change('1003', '0')];
    const results = await client.submit(changes, o);
    expect(results.map((r) => [r.key, r.status])).toEqual([
      ['1001', 'ok'],
      ['1002', 'ok'],
      ['1003', 'ok'],
    ]);
    expect(patches().find((r) => r.path === '/v1/products/1001')!.body).toEqual({ price: 25.5, price_includes_tax: true });
    expect(o.streamed).toHaveLength(3);
    expect(o.progress.at(-1)).toEqual({ done: 3, total: 3 });
    const back = await client.readPrices!(changes, options());
    expect(Object.fromEntries(back)).toEqual({ '1001': '25.50', '1002': '30.00', '1003': '0.00' });
    expect(fake.products.get('1001')!.price_ex_tax).toBe('23.18');
  });

  it('sends price_includes_tax false in ex-tax mode', async () => {
    await clinikoAdapter.connect(connection({ settings: { vatMode: 'ex' } }), env()).submit([change('1001', '10')], options());
    expect(patches()[0]!.body).toEqual({ price: 10, price_includes_tax: false });
    expect(fake.products.get('1001')).toMatchObject({ price_ex_tax: '10.00', price_including_tax: '11.00' });
  });

  it('maps a 422 to that row with the field message and a 404 to a deleted product, in input order', async () => {
    fake.products.get('1003')!.archived = true;
    const results = await clinikoAdapter.connect(connection(), env()).submit([change('1001', '12'), change('1002', '-5'), change('1003', '9'), change('1004', '7.999')], options());
    expect(results.map((r) => r.key)).toEqual(['1001', '1002', '1003', '1004']);
    expect(results[0]!.status).toBe('ok');
    expect(results[1]).toMatchObject({ status: 'error', code: 'validation_failed:price', message: 'Validation Failed: price must be greater than or equal to 0' });
    expect(results[2]).toMatchObject({ status: 'error', code: 'not_found' });
    expect(results[3]).toMatchObject({ status: 'error', code: 'too_many_decimals' });
    expect(patches().some((r) => r.path === '/v1/products/1004')).toBe(false);
    expect(fake.products.get('1002')!.price_including_tax).toBe('21.50');
    const back = await clinikoAdapter.connect(connection(), env()).readPrices!([change('1002', '1'), change('1003', '1')], options());
    expect([...back]).toEqual([['1002', '21.50']]); // the archived product is absent: not found
  });

  it('waits for X-RateLimit-Reset on 429 and loses no row', async () => {
    await fake.close();
    fake = await startClinikoFake({ apiKey: KEY, limit: 5, windowMs: 1000 });
    const o = options();
    const changes = Array.from({ length: 12 }, (_, i) => change(String(1001 + i), `${50 + i}.00`));
    const results = await clinikoAdapter.connect(connection(), env({ maxAttempts: 6 })).submit(changes, o);
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    expect(fake.rateLimited()).toBeGreaterThan(0);
    expect(o.progress.some((p) => (p.waitMs ?? 0) > 0)).toBe(true);
    expect(fake.products.get('1012')!.price_including_tax).toBe('61.00');
  }, 20_000);

  it('paces itself under the documented limit without tripping it', async () => {
    await fake.close();
    // Client: 200 per 3 s (scale 0.05); fake: 200 per fixed 1 s window. A window this long
    // puts the pacing beyond what a loaded machine's slowness does by itself.
    fake = await startClinikoFake({ apiKey: KEY, limit: 200, windowMs: 1000, products: clinikoProducts(260) });
    const o = options();
    const changes = Array.from({ length: 260 }, (_, i) => change(String(1001 + i), '99.00'));
    const results = await clinikoAdapter.connect(connection(), env({ rateLimitScale: 0.05 })).submit(changes, o);
    expect(results.filter((r) => r.status === 'ok')).toHaveLength(260);
    // Any 201 consecutive requests span the client's window, less arrival jitter.
    const at = patches().map((r) => r.at);
    const spans = at.slice(200).map((t, i) => t - at[i]!);
    expect(Math.min(...spans)).toBeGreaterThanOrEqual(2900);
    expect(o.progress.some((p) => (p.waitMs ?? 0) > 0)).toBe(true);
    expect(fake.rateLimited()).toBe(0);
  }, 30_000);

  it('retries a 503 and reports a 500 as that row’s error', async () => {
    fake.inject({ match: (r) => r.path === '/v1/products/1001', reply: { status: 503, text: 'busy' } });
    fake.inject({ match: (r) => r.path === '/v1/products/1002', reply: { status: 500, json: { message: 'Something went wrong' } } });
    const results = await clinikoAdapter.connect(connection(), env()).submit([change('1001', '11'), change('1002', '12')], options());
    expect(results[0]!.status).toBe('ok');
    expect(results[1]).toMatchObject({ status: 'error', code: 'http_500' });
    expect(results[1]!.message).toMatch(/Something went wrong/);
  });

  it('retries a dropped PATCH (idempotent) and marks it unknown when no answer ever comes', async () => {
    fake.inject({ match: (r) => r.path === '/v1/products/1001', dropAfterApply: true });
    fake.inject(...[1, 2].map(() => ({ match: (r: { path: string }) => r.path === '/v1/products/1002', dropAfterApply: true })));
    const results = await clinikoAdapter.connect(connection(), env({ maxAttempts: 2 })).submit([change('1001', '11'), change('1002', '12')], options());
    expect(results[0]!.status).toBe('ok');
    expect(patches().filter((r) => r.path === '/v1/products/1001')).toHaveLength(2);
    expect(results[1]).toMatchObject({ status: 'unknown', code: 'no_answer' });
    expect(results[1]!.message).toMatch(/before sending it again/);
    expect(fake.products.get('1002')!.price_including_tax).toBe('12.00'); // applied, answer lost
  });

  it('stops sending after cancel: in-flight requests finish and are recorded, the rest are skipped', async () => {
    await fake.close();
    fake = await startClinikoFake({ apiKey: KEY, windowMs: 60, latencyMs: 40, products: clinikoProducts(30) });
    const controller = new AbortController();
    const o = options(controller.signal);
    const onResults = (r: RowResult[]) => {
      o.streamed.push(...r);
      if (o.streamed.length >= 3) controller.abort();
    };
    const changes = Array.from({ length: 30 }, (_, i) => change(String(1001 + i), '77.00'));
    const results = await clinikoAdapter.connect(connection(), env()).submit(changes, { ...o, onResults });
    const ok = results.filter((r) => r.status === 'ok');
    const skipped = results.filter((r) => r.status === 'skipped');
    expect(ok.length).toBeGreaterThanOrEqual(3);
    expect(ok.length + skipped.length).toBe(30);
    expect(skipped.length).toBeGreaterThan(15);
    expect(skipped[0]!.message).toBe('Cancelled before it was sent.');
    // Every PATCH that left was recorded as ok; nothing sent is reported as skipped.
    expect(patches().map((r) => r.path.split('/').pop()).sort()).toEqual(ok.map((r) => r.key).sort());
    expect(results.map((r) => r.key)).toEqual(changes.map((c) => c.key));
  });

  it('stops after the credentials are refused and says why the rest was not sent', async () => {
    fake.forbidKey(KEY);
    const results = await clinikoAdapter.connect(connection(), env()).submit(
      Array.from({ length: 30 }, (_, i) => change(String(1001 + i), '5')),
      options(),
    );
    expect(results[0]).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(results.at(-1)).toMatchObject({ status: 'skipped', code: 'not_sent' });
    expect(results.at(-1)!.message).toMatch(/^Not sent: Cliniko refused access/);
    // Only the requests already in flight (one per worker, eight workers) of the 30 went out.
    expect(patches().length).toBeLessThanOrEqual(8);
  });

  it('never shows the API key in logs or messages', async () => {
    fake.inject({ match: (r) => r.method === 'PATCH', reply: { status: 500, text: `internal error for key ${KEY}` } });
    const results = await clinikoAdapter.connect(connection(), env()).submit([change('1001', '1')], options());
    const wrong = await clinikoAdapter.connect(connection({ key: `${KEY}x` }), env()).testConnection(new AbortController().signal);
    const text = [...log.lines, ...results.map((r) => r.message ?? ''), wrong.message].join('\n');
    expect(results[0]!.status).toBe('error');
    expect(log.lines.length).toBeGreaterThan(0);
    expect(text).toContain('[redacted]');
    for (const secret of [KEY, `${KEY}x`, Buffer.from(`${KEY}:`).toString('base64')]) expect(text).not.toContain(secret);
  });
});

describe('Cliniko price fields: price and cost_price of one product in one PATCH', () => {
  const cost = (id: string, newPrice: string): PriceUpdate => ({ ...change(id, newPrice), field: 'cost_price' });

  it('sends both fields of a product in one request and answers every (row, field)', async () => {
    const client = clinikoAdapter.connect(connection(), env());
    const o = options();
    const changes = [change('1001', '25.5'), cost('1001', '9.25'), cost('1002', '11'), change('1003', '30')];
    const results = await client.submit(changes, o);
    expect(results.map((r) => [r.key, r.field, r.status])).toEqual([
      ['1001', undefined, 'ok'],
      ['1001', 'cost_price', 'ok'],
      ['1002', 'cost_price', 'ok'],
      ['1003', undefined, 'ok'],
    ]);
    // Three products, three requests: the fewest Cliniko allows (no batch endpoint).
    expect(patches().map((r) => [r.path, r.body])).toEqual([
      ['/v1/products/1001', { price: 25.5, price_includes_tax: true, cost_price: '9.25' }],
      ['/v1/products/1002', { cost_price: '11.00' }],
      ['/v1/products/1003', { price: 30, price_includes_tax: true }],
    ]);
    expect(fake.products.get('1001')).toMatchObject({ price_including_tax: '25.50', cost_price: '9.25' });
    expect(o.progress.at(-1)).toEqual({ done: 4, total: 4 });
    expect(o.streamed).toHaveLength(4);
  });

  it('tells each journal intent every field its request carries', async () => {
    const intents: string[][] = [];
    const beforeRequest = async (rows: PriceUpdate[]) => void intents.push(rows.map((r) => `${r.key}:${r.field ?? 'price'}`));
    await clinikoAdapter.connect(connection(), env()).submit([change('1001', '25'), cost('1001', '9')], { ...options(), beforeRequest });
    expect(intents).toEqual([['1001:price', '1001:cost_price']]);
  });

  it('a refused cost saves neither field (a 422 saves nothing) and says which field was wrong', async () => {
    const before = { ...fake.products.get('1002')! };
    const results = await clinikoAdapter.connect(connection(), env()).submit([change('1002', '40'), cost('1002', '4000000000'), change('1003', '31')], options());
    expect(patches()).toHaveLength(2);
    expect(results[0]).toMatchObject({ key: '1002', status: 'error', code: 'not_saved', message: expect.stringContaining('cost_price must be less than 4000000000') });
    expect(results[0]!.field).toBeUndefined();
    expect(results[1]).toMatchObject({ key: '1002', field: 'cost_price', status: 'error', code: 'validation_failed:cost_price', message: 'Validation Failed: cost_price must be less than 4000000000' });
    expect(results[2]).toMatchObject({ key: '1003', status: 'ok' });
    expect(fake.products.get('1002')).toMatchObject({ price_including_tax: before.price_including_tax, cost_price: before.cost_price });
  });

  it('refuses a field Cliniko has not, naming it, and sends the product’s other field', async () => {
    const results = await clinikoAdapter.connect(connection(), env()).submit([{ ...change('1001', '5'), field: 'wholesale' }, cost('1001', '8')], options());
    expect(results[0]).toMatchObject({ field: 'wholesale', status: 'error', code: 'unknown_field', message: expect.stringContaining('no price field "wholesale"') });
    expect(results[1]).toMatchObject({ field: 'cost_price', status: 'ok' });
    expect(patches().map((r) => r.body)).toEqual([{ cost_price: '8.00' }]);
  });

  it('gives a product’s fields one answer when the request fails as a whole', async () => {
    fake.inject({ match: (r) => r.method === 'PATCH', reply: { status: 500, json: { message: 'Something went wrong' } } });
    const results = await clinikoAdapter.connect(connection(), env()).submit([change('1001', '25'), cost('1001', '9')], options());
    expect(results.map((r) => [r.field, r.status, r.code])).toEqual([
      [undefined, 'error', 'http_500'],
      ['cost_price', 'error', 'http_500'],
    ]);
  });

  it('reads each asked (row, field) back by its change id', async () => {
    const client = clinikoAdapter.connect(connection(), env());
    const refs = [change('1001', '1'), cost('1002', '1'), cost('1008', '1'), { ...change('1002', '1'), field: 'wholesale' }];
    fake.products.get('1008')!.cost_price = null;
    const back = await client.readPrices!(refs, options());
    expect(Object.fromEntries(back)).toEqual({ '1001': '20.50', [changeId(refs[1]!)]: '9.00', [changeId(refs[2]!)]: null });
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });
});
