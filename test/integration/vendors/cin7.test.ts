import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { changeId, type PriceUpdate } from '../../../shared/types';
import { Redactor } from '../../../electron/core/redact';
import { cin7Adapter } from '../../../electron/vendors/cin7';
import type { AdapterEnv, OperationProgress } from '../../../electron/vendors/types';
import { startCin7Fake, type Cin7Fake, type Cin7FakeOptions } from '../../fakes/cin7';
import { memoryLogger } from '../../support/quiet-log';
import { recordSubmit } from '../../support/record-submit';

const SCALE = 0.01;
let fake: Cin7Fake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(fakeOptions: Cin7FakeOptions = {}, settings: Record<string, string> = {}, tuning: AdapterEnv['tuning'] = {}, apiKey?: string) {
  fake = await startCin7Fake({ windowScale: SCALE, ...fakeOptions });
  const log = memoryLogger();
  const env: AdapterEnv = { dataDir: '/nonexistent', log, redactor: new Redactor(), tuning: { backoffMs: 5, timeoutMs: 2000, rateLimitScale: SCALE, ...tuning } };
  const client = cin7Adapter.connect({ id: 'cin7-1', settings: { baseUrl: `${fake.url}/api/`, username: fake.username, ...settings }, secret: { apiKey: apiKey ?? fake.apiKey } }, env);
  return { fake, client, log };
}

const opt = (f: Cin7Fake, n: number) => f.options[n - 1]!;
const update = (f: Cin7Fake, n: number, newPrice: string, priceColumn = 'retailNZD'): PriceUpdate => {
  const o = opt(f, n);
  return { key: String(o.id), sku: o.code, oldPrice: null, newPrice, currency: 'NZD', vendorIds: { optionId: String(o.id), priceColumn } };
};
const create = (sku: string, newPrice: string): PriceUpdate => ({ key: `new-${sku}`, sku, oldPrice: null, newPrice, currency: 'NZD', vendorIds: {} });

const writes = (f: Cin7Fake, method: string) => f.served().filter((r) => r.method === method);
const optionReads = (f: Cin7Fake) => f.served().filter((r) => r.path.endsWith('/v1/ProductOptions'));
const noop = { signal: new AbortController().signal, onProgress: () => undefined };

describe('Cin7 Omni connector', () => {
  it('describes its fields, secret key and documented limits', () => {
    const { id, fields, capabilities } = cin7Adapter.description;
    expect(id).toBe('cin7');
    expect(fields.map((f) => [f.key, f.kind])).toEqual([
      ['baseUrl', 'url'],
      ['username', 'text'],
      // The key right after the username it belongs with (the connection form's order).
      ['apiKey', 'secret'],
      ['priceColumn', 'text'],
      ['currency', 'text'],
      ['vatMode', 'select'],
      ['newProducts', 'select'],
      ['batchSize', 'number'],
    ]);
    expect(fields[0]!.placeholder).toBe('https://api.cin7.com/api/');
    expect(fields.find((f) => f.key === 'newProducts')!.options!.map((o) => o.value)).toEqual(['hidden', 'live']);
    for (const f of fields) if (f.pattern) expect(() => new RegExp(f.pattern!)).not.toThrow();
    expect(new RegExp(fields.find((f) => f.key === 'priceColumn')!.pattern!).test('retail NZD')).toBe(false);
    expect(capabilities).toMatchObject({ readsCatalog: true, createsProducts: true, rateLimit: { requests: 3, perSeconds: 1 }, maxDecimals: 2, batchSize: 100 });
  });

  describe('testConnection', () => {
    it('connects and names the price column it will use', async () => {
      const { client, fake } = await setup();
      await expect(client.testConnection(noop.signal)).resolves.toEqual({ ok: true, message: 'Connected to Cin7 Omni as shop-api. Prices are read from the price column retailNZD.', said: { id: 'vendor.cin7.connected', params: { user: 'shop-api', column: 'retailNZD' } }, fields: expect.any(Array) });
      expect(fake.requests[0]!.path).toBe('/api/v1/ProductOptions');
      expect(fake.requests[0]!.query.get('rows')).toBe('1');
    });

    it('explains a wrong API key', async () => {
      const { client } = await setup({}, {}, {}, 'not-the-key-123');
      const result = await client.testConnection(noop.signal);
      expect(result.ok).toBe(false);
      expect(result.message).toContain('did not accept the API username and key');
      expect(result.message).toContain('Authorization has been denied');
    });

    it('explains a connection without permission for products', async () => {
      const { client } = await setup({ forbidden: true });
      const result = await client.testConnection(noop.signal);
      expect(result).toMatchObject({ ok: false });
      expect(result.message).toMatch(/may not use the Products module.*does not have permission/);
    });

    it('explains a price column the account does not have', async () => {
      const { client } = await setup({}, { priceColumn: 'retailAUD' });
      await expect(client.testConnection(noop.signal)).resolves.toEqual({
        ok: false,
        message: 'Cin7 Omni has no price column "retailAUD". This account has: retailNZD, wholesalNZD, costNZD.',
        said: { id: 'vendor.cin7.noSuchColumnHas', params: { column: 'retailAUD', columns: 'retailNZD, wholesalNZD, costNZD' } },
      });
    });

    it('explains an unreachable server', async () => {
      const port = await new Promise<number>((resolve) => {
        const s = createServer().listen(0, '127.0.0.1', () => {
          const p = (s.address() as { port: number }).port;
          s.close(() => resolve(p));
        });
      });
      const env: AdapterEnv = { dataDir: '/nonexistent', log: memoryLogger(), redactor: new Redactor(), tuning: { backoffMs: 5, maxAttempts: 2 } };
      const client = cin7Adapter.connect({ id: 'x', settings: { baseUrl: `http://127.0.0.1:${port}/api/`, username: 'u' }, secret: { apiKey: 'k-12345678' } }, env);
      await expect(client.testConnection(noop.signal)).resolves.toEqual({ ok: false, message: "Cin7 Omni's server refused the connection. Check the address in the connection.", said: { id: 'http.connectionRefused', params: { vendor: 'Cin7 Omni' } } });
    });
  });

  describe('loadCatalog', () => {
    it('pages 250 rows at a time until a short page, with progress', async () => {
      const { client, fake } = await setup({ optionCount: 610 });
      const progress: OperationProgress[] = [];
      const rows = await client.loadCatalog({ signal: noop.signal, onProgress: (p) => progress.push(p) });
      expect(rows).toHaveLength(610);
      // The option pages; the grouping fields' product listing follows (cin7-groups.test.ts).
      expect(optionReads(fake).map((r) => [r.query.get('page'), r.query.get('rows')])).toEqual([
        ['1', '250'],
        ['2', '250'],
        ['3', '250'],
      ]);
      expect(progress.filter((p) => p.waitMs === undefined)).toEqual([
        { done: 250, total: 500 },
        { done: 500, total: 750 },
        { done: 610, total: 610 },
      ]);
      const o = opt(fake, 2);
      expect(rows[1]).toEqual({
        key: String(o.id),
        sku: o.code,
        name: `${o.code} (Medium)`,
        price: o.priceColumns.retailNZD,
        cost: o.priceColumns.costNZD,
        currency: 'NZD',
        vatIncluded: false,
        prices: { retailNZD: o.priceColumns.retailNZD, wholesalNZD: o.priceColumns.wholesalNZD, costNZD: o.priceColumns.costNZD },
        vendorIds: { optionId: String(o.id), productId: String(o.productId), priceColumn: 'retailNZD' },
        groups: { category: 'Coffee', brand: 'Tea House', productType: 'Finished good', supplier: 'Leaf & Co' },
      });
    });

    it('stops after an empty page when the catalog fills whole pages', async () => {
      const { client, fake } = await setup({ optionCount: 500 });
      expect(await client.loadCatalog(noop)).toHaveLength(500);
      expect(optionReads(fake).map((r) => r.query.get('page'))).toEqual(['1', '2', '3']);
    });

    it('reads the configured tier, whatever its case in the setting', async () => {
      const { client, fake } = await setup({}, { priceColumn: 'WholesalNZD', vatMode: 'included' });
      const rows = await client.loadCatalog(noop);
      expect(rows[0]).toMatchObject({ price: opt(fake, 1).priceColumns.wholesalNZD, vatIncluded: true, vendorIds: { priceColumn: 'wholesalNZD' } });
    });

    it('names the field of an unreadable answer', async () => {
      const { client, fake } = await setup();
      fake.inject({ reply: { status: 200, json: [{ Id: 'x' }] } });
      await expect(client.loadCatalog(noop)).rejects.toThrow(/Cin7 Omni sent a product list PriceDesk could not read \(0\.id:/);
    });
  });

  describe('submit', () => {
    it('updates only the price column by option id and reads the new price back', async () => {
      const { client, fake } = await setup();
      const { results } = await recordSubmit(client, [update(fake, 1, '12.5'), update(fake, 2, '99.99', 'wholesalNZD')]);
      expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
      const [put] = writes(fake, 'PUT');
      expect(put!.body).toEqual([
        { Id: opt(fake, 1).id, PriceColumns: { retailNZD: 12.5 } },
        { Id: opt(fake, 2).id, PriceColumns: { wholesalNZD: 99.99 } },
      ]);
      expect(put!.headers.authorization).toBe(`Basic ${Buffer.from(`${fake.username}:${fake.apiKey}`).toString('base64')}`);
      expect(opt(fake, 1).priceColumns.retailNZD).toBe('12.50');
      const read = await client.readPrices!(
        [
          { key: 'a', sku: opt(fake, 1).code, vendorIds: { optionId: String(opt(fake, 1).id) } },
          { key: 'b', sku: opt(fake, 2).code, vendorIds: { optionId: String(opt(fake, 2).id), priceColumn: 'wholesalNZD' } },
          { key: 'c', sku: "NO'PE", vendorIds: {} },
        ],
        noop,
      );
      expect([...read]).toEqual([
        ['a', '12.50'],
        ['b', '99.99'],
      ]);
    });

    it('creates new products live only when the connection says so', async () => {
      const { client, fake } = await setup({}, { newProducts: 'live' });
      const { results } = await recordSubmit(client, [create('LIVE-1', '15')]);
      expect(results.map((r) => r.status)).toEqual(['ok']);
      expect((writes(fake, 'POST')[0]!.body as { status: string }[])[0]!.status).toBe('Public');
      expect(fake.option('LIVE-1')!.status).toBe('Public');
    });

    it('creates new SKUs, one option each, and reports a repeated code as an error', async () => {
      const { client, fake } = await setup();
      const { results } = await recordSubmit(client, [create('NEW-1', '15'), create('NEW-2', '16.4'), create('new-1', '17')]);
      expect(results.map((r) => [r.status, r.code])).toEqual([
        ['ok', null],
        ['ok', null],
        ['error', 'duplicate_code'],
      ]);
      const posts = writes(fake, 'POST');
      expect(posts).toHaveLength(1);
      expect(posts[0]!.body).toEqual([
        { name: 'NEW-1', status: 'Inactive', productOptions: [{ productOptionCode: 'NEW-1', retailPrice: 15 }] },
        { name: 'NEW-2', status: 'Inactive', productOptions: [{ productOptionCode: 'NEW-2', retailPrice: 16.4 }] },
      ]);
      expect(fake.option('NEW-2')!.priceColumns.retailNZD).toBe('16.40');
      // Hidden unless the connection says otherwise: Omni would have made them Public.
      expect(fake.option('NEW-2')!.status).toBe('Inactive');

      // A created row comes back with its option's ids: sending it again updates that option.
      const created = fake.option('NEW-2')!;
      expect(results[1]!.vendorIds).toEqual({ optionId: String(created.id), priceColumn: 'retailNZD', productId: String(created.productId) });
      const optionCount = fake.options.length;
      const again = await recordSubmit(client, [{ ...create('NEW-2', '18'), vendorIds: results[1]!.vendorIds! }]);
      expect(again.results.map((r) => r.status)).toEqual(['ok']);
      expect(writes(fake, 'POST')).toHaveLength(1);
      expect(writes(fake, 'PUT')).toHaveLength(1);
      expect(fake.options.length).toBe(optionCount);
      expect(fake.option('NEW-2')!.priceColumns.retailNZD).toBe('18.00');
    });

    it('maps success:false items with their errors, in input order', async () => {
      const { client, fake } = await setup();
      const ghost: PriceUpdate = { ...update(fake, 1, '5'), key: 'ghost', vendorIds: { optionId: '1', priceColumn: 'retailNZD' } };
      const { results } = await recordSubmit(client, [create(opt(fake, 3).code, '5'), update(fake, 2, '30'), ghost, create('NEW-9', '9'), update(fake, 4, '1.234')]);
      expect(results).toEqual([
        // Omni's own words, quoted after ours in the window.
        { key: `new-${opt(fake, 3).code}`, sku: opt(fake, 3).code, status: 'error', code: null, message: `Product option code '${opt(fake, 3).code}' already exists.`, said: { id: 'row.rejected', params: { vendor: 'Cin7 Omni' } }, vendorMessage: `Product option code '${opt(fake, 3).code}' already exists.` },
        { key: String(opt(fake, 2).id), sku: opt(fake, 2).code, status: 'ok', code: null, message: null },
        { key: 'ghost', sku: opt(fake, 1).code, status: 'error', code: null, message: 'Product option not found.', said: { id: 'row.rejected', params: { vendor: 'Cin7 Omni' } }, vendorMessage: 'Product option not found.' },
        { key: 'new-NEW-9', sku: 'NEW-9', status: 'ok', code: null, message: null, vendorIds: expect.objectContaining({ optionId: String(fake.option('NEW-9')!.id) }) },
        expect.objectContaining({ status: 'error', code: 'too_many_decimals' }),
      ]);
    });

    it('warns when Omni silently skipped a code that already existed', async () => {
      const { client, fake } = await setup({ existingCodeOnCreate: 'silent' });
      const { results } = await recordSubmit(client, [create(opt(fake, 5).code, '1.00'), create('NEW-5', '5')]);
      expect(results.map((r) => [r.status, r.code])).toEqual([
        ['warning', 'already_exists'],
        ['ok', null],
      ]);
      expect(results[0]!.message).toContain(`its retail price is ${opt(fake, 5).retailPrice}`);
    });

    it('matches results by code when the index is missing', async () => {
      const { client, fake } = await setup();
      fake.inject({ match: (r) => r.method === 'PUT', reply: { status: 200, json: [{ Success: false, Code: opt(fake, 2).code, Errors: ['a', 'b'] }, { success: true, code: opt(fake, 1).code }] } });
      const { results } = await recordSubmit(client, [update(fake, 1, '10'), update(fake, 2, '11'), update(fake, 3, '12')]);
      expect(results.map((r) => [r.status, r.message])).toEqual([
        ['ok', null],
        ['error', 'a; b'],
        ['unknown', expect.stringContaining('said nothing about this row')],
      ]);
    });

    it('refuses negative prices and over-long codes without sending them', async () => {
      const { client, fake } = await setup();
      const { results } = await recordSubmit(client, [update(fake, 1, '-1'), create('X'.repeat(21), '3')]);
      expect(results.map((r) => r.code)).toEqual(['price_negative', 'code_too_long']);
      expect(fake.requests).toHaveLength(0);
    });

    it('keeps under 3 requests per second and 60 per minute', async () => {
      const { client, fake } = await setup({}, {}, { batchSize: 1, rateLimitScale: 0.05 }, undefined);
      const { results } = await recordSubmit(client, Array.from({ length: 9 }, (_, i) => update(fake, i + 1, '40')));
      expect(results.every((r) => r.status === 'ok')).toBe(true);
      const t = fake.admitted;
      // Any 4 consecutive requests span at least the (scaled) second, give or take timer jitter.
      for (let i = 3; i < t.length; i++) expect(t[i]! - t[i - 3]!).toBeGreaterThanOrEqual(40);
    });

    it('waits Retry-After on 429 and loses no row', async () => {
      const { client, fake } = await setup({ perSecond: 1, windowScale: 0.05 }, {}, { batchSize: 1, maxAttempts: 10 });
      const { results, progress } = await recordSubmit(client, Array.from({ length: 6 }, (_, i) => update(fake, i + 1, '41')));
      expect(results.map((r) => r.status)).toEqual(Array(6).fill('ok'));
      expect(fake.refused()).toBeGreaterThan(0);
      expect(progress.some((p) => (p.waitMs ?? 0) > 0)).toBe(true);
      expect(fake.options.slice(0, 6).every((o) => o.priceColumns.retailNZD === '41.00')).toBe(true);
    });

    it('retries a 503 on an update, and marks rows unknown on a 500', async () => {
      const { client, fake } = await setup({}, {}, { batchSize: 1 });
      fake.inject({ match: (r) => r.method === 'PUT', reply: { status: 503, text: 'Service Unavailable' } });
      fake.inject({ match: (r) => r.method === 'PUT' && (r.body as { Id: number }[])[0]!.Id === opt(fake, 2).id, reply: { status: 500, json: { Message: 'An error has occurred.' } } });
      const { results } = await recordSubmit(client, [update(fake, 1, '50'), update(fake, 2, '51')]);
      expect(results.map((r) => [r.status, r.code])).toEqual([
        ['ok', null],
        ['unknown', 'http_500'],
      ]);
      expect(results[1]!.message).toContain('An error has occurred.');
    });

    it('never resends a create that got no answer, but retries an update', async () => {
      const { client, fake } = await setup({}, {}, { batchSize: 5 });
      fake.inject({ match: (r) => r.method === 'POST', dropAfterApply: true }, { match: (r) => r.method === 'PUT', dropAfterApply: true });
      const { results } = await recordSubmit(client, [create('NEW-7', '7'), update(fake, 1, '60')]);
      expect(results.map((r) => r.status)).toEqual(['unknown', 'ok']);
      expect(results[0]!.message).toContain('check it before sending again');
      expect(writes(fake, 'POST')).toHaveLength(1);
      expect(writes(fake, 'PUT')).toHaveLength(2);
      expect(fake.option('NEW-7')).toBeDefined();
    });

    it('halves a request Omni finds too large', async () => {
      const { client, fake } = await setup({ maxBatch: 4 }, {}, { batchSize: 10 });
      const { results } = await recordSubmit(client, Array.from({ length: 10 }, (_, i) => update(fake, i + 1, '70')));
      expect(results.every((r) => r.status === 'ok')).toBe(true);
      expect(writes(fake, 'PUT').map((r) => (r.body as unknown[]).length)).toEqual([10, 5, 3, 2, 3, 2]);
    });

    it('stops after a 401 and skips the rest', async () => {
      const { client, fake } = await setup({}, {}, { batchSize: 1 });
      fake.inject({ match: (r) => r.method === 'PUT', reply: { status: 401, json: { Message: 'Authorization has been denied for this request.' } } });
      const { results } = await recordSubmit(client, [update(fake, 1, '80'), update(fake, 2, '81'), create('NEW-8', '8')]);
      expect(results.map((r) => r.status)).toEqual(['error', 'skipped', 'skipped']);
      expect(writes(fake, 'PUT')).toHaveLength(1);
      expect(writes(fake, 'POST')).toHaveLength(0);
    });

    it('skips the rows not yet sent when cancelled midway', async () => {
      const { client, fake } = await setup({}, {}, { batchSize: 5 });
      const changes = Array.from({ length: 15 }, (_, i) => update(fake, i + 1, '90'));
      const { results } = await recordSubmit(client, changes, (batches, c) => batches.length === 1 && c.abort());
      expect(results.map((r) => r.status)).toEqual([...Array(5).fill('ok'), ...Array(10).fill('skipped')]);
      expect(writes(fake, 'PUT')).toHaveLength(1);
      expect(opt(fake, 6).priceColumns.retailNZD).not.toBe('90.00');
    });
  });

  it('never lets the API key reach a log line or a message', async () => {
    const { client, fake, log } = await setup({}, {}, { batchSize: 1, maxAttempts: 2 });
    const basic = Buffer.from(`${fake.username}:${fake.apiKey}`).toString('base64');
    const messages: string[] = [];
    fake.inject(
      { match: (r) => r.method === 'PUT', reply: { status: 400, json: { Message: `Bad request for key ${fake.apiKey}` } } },
      { match: (r) => r.method === 'POST', reply: { status: 500, text: `Authorization: Basic ${basic}` } },
    );
    messages.push(...(await recordSubmit(client, [update(fake, 1, '10'), create('NEW-3', '3')])).results.map((r) => r.message ?? ''));
    messages.push((await client.testConnection(noop.signal)).message);
    const wrong = cin7Adapter.connect({ id: 'w', settings: { baseUrl: `${fake.url}/api/`, username: 'u' }, secret: { apiKey: 'wrong-key-42424242' } }, {
      dataDir: '/nonexistent',
      log,
      redactor: new Redactor(),
      tuning: { backoffMs: 5, rateLimitScale: SCALE },
    });
    messages.push((await wrong.testConnection(noop.signal)).message);
    expect(log.lines.length).toBeGreaterThan(2);
    for (const text of [...messages, ...log.lines]) {
      expect(text).not.toContain(fake.apiKey);
      expect(text).not.toContain(basic);
      expect(text).not.toContain('wrong-key-42424242');
    }
    expect(messages[0]).toContain('[redacted]');
  });

  it('fake rejects duplicate codes in one POST with 400 and negative prices per item', async () => {
    const { fake } = await setup();
    const headers = { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${fake.username}:${fake.apiKey}`).toString('base64')}` };
    const product = (code: string, retailPrice: number) => ({ name: code, productOptions: [{ productOptionCode: code, retailPrice }] });
    const dup = await fetch(`${fake.url}/api/v1/Products`, { method: 'POST', headers, body: JSON.stringify([product('A1', 1), product('a1', 2)]) });
    expect(dup.status).toBe(400);
    await new Promise((r) => setTimeout(r, 20));
    const neg = await fetch(`${fake.url}/api/v1/ProductOptions`, { method: 'PUT', headers, body: JSON.stringify([{ Id: opt(fake, 1).id, PriceColumns: { retailNZD: -3 } }]) });
    expect(await neg.json()).toEqual([{ index: 0, success: false, id: opt(fake, 1).id, code: opt(fake, 1).code, errors: ['Price cannot be negative.'] }]);
  });
});

describe('Cin7 Omni price fields: every changed PriceColumns key of an option in one record', () => {
  const field = (f: Cin7Fake, n: number, column: string, newPrice: string): PriceUpdate => ({ ...update(f, n, newPrice), field: column });
  const paths = (f: Cin7Fake) => f.served().map((r) => `${r.method} ${r.path.replace('/api/', '')}${r.method === 'GET' ? `?${r.query.toString()}` : ''}`);

  it('sends two or three fields of several options in one PUT and answers every (row, field)', async () => {
    const { client, fake } = await setup();
    const changes = [update(fake, 1, '30'), field(fake, 1, 'wholesalNZD', '24'), field(fake, 1, 'costNZD', '15'), field(fake, 2, 'wholesalNZD', '25.5'), field(fake, 2, 'costNZD', '16'), update(fake, 3, '33')];
    const { results, progress } = await recordSubmit(client, changes);
    expect(results.map((r) => [r.key, r.field, r.status])).toEqual(changes.map((c) => [c.key, c.field, 'ok']));
    expect(writes(fake, 'PUT').map((r) => r.body)).toEqual([
      [
        { Id: opt(fake, 1).id, PriceColumns: { retailNZD: 30, wholesalNZD: 24, costNZD: 15 } },
        { Id: opt(fake, 2).id, PriceColumns: { wholesalNZD: 25.5, costNZD: 16 } },
        { Id: opt(fake, 3).id, PriceColumns: { retailNZD: 33 } },
      ],
    ]);
    // A fresh client learns the account's columns from one option, then one PUT carries everything.
    expect(paths(fake)).toEqual(['GET v1/ProductOptions?page=1&rows=1', 'PUT v1/ProductOptions']);
    expect(opt(fake, 2).priceColumns).toMatchObject({ wholesalNZD: '25.50', costNZD: '16.00' });
    expect(progress.at(-1)).toEqual({ done: 6, total: 6 });
  });

  it('reads no columns again once the catalog was loaded, and counts records, not fields, against the batch size', async () => {
    const { client, fake } = await setup({ optionCount: 4 }, { batchSize: '2' });
    await client.loadCatalog(noop);
    const before = fake.served().length;
    const changes = [1, 2, 3].flatMap((n) => [field(fake, n, 'wholesalNZD', '20'), field(fake, n, 'costNZD', '10')]);
    const { results } = await recordSubmit(client, changes);
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    expect(fake.served().slice(before).map((r) => r.method)).toEqual(['PUT', 'PUT']);
    expect(writes(fake, 'PUT').map((r) => (r.body as unknown[]).length)).toEqual([2, 1]);
  });

  it('journals each request with every field it carries', async () => {
    const { client, fake } = await setup();
    const intents: string[][] = [];
    await client.submit([update(fake, 1, '30'), field(fake, 1, 'costNZD', '15')], { ...noop, onResults: () => undefined, beforeRequest: async (rows) => void intents.push(rows.map((r) => `${r.key}:${r.field ?? 'primary'}`)) });
    expect(intents).toEqual([[`${opt(fake, 1).id}:primary`, `${opt(fake, 1).id}:costNZD`]]);
  });

  it('refuses a field the account did not return, naming it, and sends the option’s other fields', async () => {
    const { client, fake } = await setup();
    const { results } = await recordSubmit(client, [field(fake, 1, 'vipNZD', '20'), field(fake, 1, 'costNZD', '12'), { ...create('NEW-1', '9'), field: 'costNZD' }]);
    expect(results[0]).toMatchObject({ field: 'vipNZD', status: 'error', code: 'unknown_field', message: 'This Cin7 Omni account has no price column "vipNZD" (it has retailNZD, wholesalNZD, costNZD); nothing was sent for it.' });
    expect(results[1]).toMatchObject({ field: 'costNZD', status: 'ok' });
    expect(results[2]).toMatchObject({ field: 'costNZD', status: 'error', code: 'field_on_new_product' });
    expect(writes(fake, 'PUT').map((r) => r.body)).toEqual([[{ Id: opt(fake, 1).id, PriceColumns: { costNZD: 12 } }]]);
    expect(writes(fake, 'POST')).toHaveLength(0);
  });

  it('maps success: false for an option to every field it carried, and the option beside it still goes', async () => {
    const { client, fake } = await setup();
    const gone = [field(fake, 2, 'wholesalNZD', '21'), field(fake, 2, 'costNZD', '11')];
    fake.options.splice(1, 1); // deleted in Omni between load and send
    const { results } = await recordSubmit(client, [...gone, field(fake, 1, 'costNZD', '13')]);
    expect(results.map((r) => [r.field, r.status, r.message])).toEqual([
      ['wholesalNZD', 'error', 'Product option not found.'],
      ['costNZD', 'error', 'Product option not found.'],
      ['costNZD', 'ok', null],
    ]);
    expect(writes(fake, 'PUT')).toHaveLength(1);
  });

  it('gives a failed request’s answer to every field of it', async () => {
    const { client, fake } = await setup();
    fake.inject({ match: (r) => r.method === 'PUT', reply: { status: 500, json: { Message: 'An error has occurred.' } } });
    const { results } = await recordSubmit(client, [update(fake, 1, '30'), field(fake, 1, 'costNZD', '15')], undefined);
    expect(results.map((r) => [r.field, r.status])).toEqual([
      [undefined, 'unknown'],
      ['costNZD', 'unknown'],
    ]);
  });

  it('reads each asked (row, field) back by its change id', async () => {
    const { client, fake } = await setup();
    const refs = [update(fake, 1, '1'), field(fake, 1, 'costNZD', '1'), field(fake, 2, 'wholesalnzd', '1'), field(fake, 2, 'vipNZD', '1')];
    const read = await client.readPrices!(refs, noop);
    expect(Object.fromEntries(read)).toEqual({
      [refs[0]!.key]: opt(fake, 1).priceColumns.retailNZD,
      [changeId(refs[1]!)]: opt(fake, 1).priceColumns.costNZD,
      [changeId(refs[2]!)]: opt(fake, 2).priceColumns.wholesalNZD,
    });
  });
});
