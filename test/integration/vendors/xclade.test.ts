import { describe, expect, it } from 'vitest';
import { adapters } from '../../../electron/vendors/registry';
import { createXcladeAdapter, xcladeAdapter } from '../../../electron/vendors/xclade';
import { change, connection, posts, progressLog, SECRET_KEY, PASSWORD, signal, xcladeTestbed } from './xclade-testbed';

const { fake, forget, env, log, submit } = xcladeTestbed();

describe('xclade description', () => {
  it('is registered and asks for tenant or address, price list, currency and either credential', () => {
    expect(adapters.map((a) => a.description.id)).toContain('xclade');
    const { fields, capabilities } = xcladeAdapter.description;
    const byKey = new Map(fields.map((f) => [f.key, f]));
    expect([...byKey.keys()]).toEqual(['tenant', 'baseUrl', 'priceListId', 'currency', 'vatMode', 'authMode', 'email', 'password', 'secretKey']);
    expect(byKey.get('password')?.kind).toBe('secret');
    expect(byKey.get('secretKey')?.kind).toBe('secret');
    expect(byKey.get('baseUrl')?.placeholder).toBe('https://{tenant}.api.myxclade.com');
    expect(new RegExp(byKey.get('secretKey')!.pattern!).test(SECRET_KEY)).toBe(true);
    expect(new RegExp(byKey.get('tenant')!.pattern!).test('my-shop')).toBe(true);
    expect(new RegExp(byKey.get('tenant')!.pattern!).test('my shop')).toBe(false);
    expect(new RegExp(byKey.get('currency')!.pattern!).test('EUR')).toBe(true);
    for (const field of fields) expect(field.help.length).toBeGreaterThan(20);
    expect(capabilities).toMatchObject({ readsCatalog: true, createsProducts: false, rateLimit: null, maxDecimals: 2 });
  });
});

describe('xclade testConnection', () => {
  it('signs in with email and password and names the price list', async () => {
    const server = await fake();
    const result = await xcladeAdapter.connect(connection(server), env()).testConnection(signal());
    expect(result).toEqual({ ok: true, message: 'Connected to xclade: price list "Main prices" (active) has EUR prices for 6 products.', said: { id: 'vendor.xclade.connected', params: { title: 'Main prices', status: ' (active)', currency: 'EUR', count: 6, duplicated: 0 } }, fields: expect.any(Array) });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /auth/user/emailpass', 'GET /admin/price-lists/plist_01TEST', 'GET /admin/price-lists/plist_01TEST/prices', 'GET /admin/stores']);
    // Medusa 2.12+ leaves prices out unless asked: the read names the fields it needs.
    expect(server.requests[2]!.query.get('fields')).toContain('price_set.variant.id');
    expect(server.requests[1]!.headers.authorization).toMatch(/^Bearer eyJfake\./);
  });

  it('uses a secret key as HTTP Basic user with an empty password', async () => {
    const server = await fake();
    const result = await xcladeAdapter.connect(connection(server, { authMode: 'secretKey' }, { secretKey: SECRET_KEY }), env()).testConnection(signal());
    expect(result.ok).toBe(true);
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`${SECRET_KEY}:`).toString('base64')}`);
  });

  it('explains a wrong password without repeating it', async () => {
    const server = await fake();
    const result = await xcladeAdapter.connect(connection(server, {}, { password: 'wrong-password-1' }), env()).testConnection(signal());
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/did not accept the admin email or password/);
    expect(result.message).not.toContain('wrong-password-1');
  });

  it('explains a wrong secret key', async () => {
    const server = await fake();
    const result = await xcladeAdapter.connect(connection(server, { authMode: 'secretKey' }, { secretKey: 'sk_wrong_key_123' }), env()).testConnection(signal());
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/did not accept the secret API key/), said: expect.objectContaining({ id: 'vendor.xclade.keyRefused' }) });
  });

  it('says the tenant is wrong when the host answers with a non-Medusa 404', async () => {
    const server = await fake({ tenantHost: 'other-shop.localhost' });
    const result = await xcladeAdapter.connect(connection(server), env()).testConnection(signal());
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/does not answer like an xclade \(Medusa\) server. Check the shop name \(tenant\)/);
  });

  it('says the price list id is wrong on Medusa’s not_found', async () => {
    const server = await fake();
    const result = await xcladeAdapter.connect(connection({ url: server.url, priceListId: 'plist_NOPE' }), env()).testConnection(signal());
    expect(result).toEqual({ ok: false, message: expect.stringContaining('xclade has no price list "plist_NOPE"'), said: { id: 'vendor.xclade.noPriceList', params: { id: 'plist_NOPE' } } });
  });

  it('says the user lacks permission on 403', async () => {
    const server = await fake({ forbidden: true });
    const result = await xcladeAdapter.connect(connection(server), env()).testConnection(signal());
    expect(result).toEqual({ ok: false, message: expect.stringContaining('may not manage price lists'), said: expect.objectContaining({ id: 'vendor.xclade.forbidden' }) });
  });

  it('says the server is unreachable on a closed port', async () => {
    const server = await fake();
    await server.close();
    forget(server);
    const result = await xcladeAdapter.connect(connection(server), env()).testConnection(signal());
    expect(result).toEqual({ ok: false, message: expect.stringContaining('refused the connection'), said: expect.objectContaining({ id: 'http.connectionRefused' }) });
  });

  it('rejects plain http to a non-loopback host and incomplete settings without throwing', async () => {
    const insecure = await xcladeAdapter.connect(connection({ url: 'http://shop.example.com' }), env()).testConnection(signal());
    expect(insecure).toEqual({ ok: false, message: expect.stringContaining('must start with https://'), said: expect.objectContaining({ id: 'http.notHttps' }) });
    const noTenant = await xcladeAdapter.connect(connection({ url: '' }), env()).testConnection(signal());
    expect(noTenant).toEqual({ ok: false, message: 'Fill in the xclade shop name (tenant) or the server address.', said: { id: 'vendor.xclade.shopMissing' } });
  });
});

describe('xclade loadCatalog', () => {
  it('pages through all products and keeps variants with a SKU, priced from the list in its currency', async () => {
    const server = await fake({ productCount: 250 });
    const progress = progressLog();
    const rows = await xcladeAdapter.connect(connection(server), env()).loadCatalog({ signal: signal(), onProgress: progress.onProgress });
    const pages = server.requests.filter((r) => r.path === '/admin/products');
    expect(pages.map((r) => r.query.get('offset'))).toEqual(['0', '100', '200']);
    expect(pages[0]!.query.get('fields')).toBe('id,title,variants.id,variants.sku,variants.title,type.value,categories.name');
    // Stable order, so a product added or edited meanwhile does not shift the pages.
    expect(pages.every((r) => r.query.get('order') === 'id')).toBe(true);
    const pricePages = server.requests.filter((r) => r.path === '/admin/price-lists/plist_01TEST/prices');
    expect(pricePages.map((r) => [r.query.get('offset'), r.query.get('order')])).toEqual([['0', 'id'], ['200', 'id'], ['400', 'id']]);
    expect(progress.events).toEqual([
      { done: 100, total: 250 },
      { done: 200, total: 250 },
      { done: 250, total: 250 },
    ]);
    // 500 variants, every fourth product's second variant has no SKU.
    expect(rows).toHaveLength(500 - 62);
    expect(rows[0]).toEqual({
      key: 'variant_001_a',
      sku: 'SKU-001-A',
      name: 'Product 001 – Small',
      price: '11.50',
      cost: null,
      currency: 'EUR',
      vatIncluded: false,
      prices: { 'price.EUR': '11.50', 'price.USD': '13.00', 'price.SEK': null },
      vendorIds: { variantId: 'variant_001_a', productId: 'prod_001', priceId: 'price_0001' },
    });
    // The tiered (min_quantity 10) and USD prices are not the row's price.
    expect(rows.find((r) => r.sku === 'SKU-002-A')?.price).toBe('12.50');
    expect(rows.find((r) => r.sku === 'SKU-200-A')).toMatchObject({ price: null, vendorIds: { variantId: 'variant_200_a', productId: 'prod_200' } });
    expect(rows.some((r) => r.sku === 'SKU-004-B')).toBe(false);
    // The product's type and categories are the rows' grouping fields; a product without them has none.
    expect(rows.find((r) => r.sku === 'SKU-002-B')?.groups).toEqual({ category: 'Coffee', productType: 'Beans' });
    expect(rows[0]).not.toHaveProperty('groups');
  });

  it('retries a read after a 503 and a dropped connection', async () => {
    const server = await fake();
    server.inject({ match: (r) => r.path === '/admin/products', reply: { status: 503, text: 'busy' } }, { match: (r) => r.path === '/admin/products', drop: true });
    const rows = await xcladeAdapter.connect(connection(server), env()).loadCatalog({ signal: signal(), onProgress: () => undefined });
    expect(rows).toHaveLength(9);
    expect(server.requests.filter((r) => r.path === '/admin/products')).toHaveLength(3);
  });

  it('names the field of a malformed answer', async () => {
    const server = await fake();
    server.inject({ match: (r) => r.path === '/admin/products', reply: { status: 200, json: { products: [{ id: 7 }], count: 1 } } });
    await expect(xcladeAdapter.connect(connection(server), env()).loadCatalog({ signal: signal(), onProgress: () => undefined })).rejects.toThrow(
      /xclade sent an answer PriceDesk cannot read \(products\): field "products.0.id"/,
    );
  });
});

describe('xclade submit', () => {
  it('updates listed prices, creates missing ones, and reads them back changed', async () => {
    const server = await fake();
    const { results, progress } = await submit(server, [change('variant_001_a', 'SKU-001-A', '13.99', { vendorIds: { variantId: 'variant_001_a', priceId: 'price_0001' } }), change('variant_005_a', 'SKU-005-A', '7.5')]);
    expect(results).toEqual([
      { key: 'variant_001_a', sku: 'SKU-001-A', status: 'ok', code: null, message: null },
      { key: 'variant_005_a', sku: 'SKU-005-A', status: 'ok', code: null, message: null },
    ]);
    expect(posts(server)).toHaveLength(1);
    expect(posts(server)[0]!.body).toEqual({
      create: [{ currency_code: 'eur', amount: 7.5, variant_id: 'variant_005_a' }],
      update: [{ id: 'price_0001', variant_id: 'variant_001_a', currency_code: 'eur', amount: 13.99 }],
    });
    expect(progress.at(-1)).toEqual({ done: 2, total: 2 });
    const rows = await xcladeAdapter.connect(connection(server), env()).loadCatalog({ signal: signal(), onProgress: () => undefined });
    expect(rows.find((r) => r.sku === 'SKU-001-A')?.price).toBe('13.99');
    expect(rows.find((r) => r.sku === 'SKU-005-A')?.price).toBe('7.50');
    const read = await xcladeAdapter.connect(connection(server), env()).readPrices!([{ key: 'variant_005_a', sku: 'SKU-005-A', vendorIds: { variantId: 'variant_005_a' } }, { key: 'variant_005_b', sku: 'SKU-005-B', vendorIds: {} }], { signal: signal(), onProgress: () => undefined });
    expect([...read]).toEqual([
      ['variant_005_a', '7.50'],
      ['variant_005_b', null],
    ]);
  });

  it('signs in again once when the token expired, and applies the batch once', async () => {
    const server = await fake();
    await xcladeAdapter.connect(connection(server), env()).testConnection(signal());
    server.expireTokens();
    const { results } = await submit(server, [change('variant_001_a', 'SKU-001-A', '15.00')]);
    expect(results[0]!.status).toBe('ok');
    expect(server.signInCount()).toBe(2);
    expect(server.appliedBatches).toHaveLength(1);
    expect(server.priceOf('variant_001_a')).toBe(15);
  });

  it('rejects negative prices, too many decimals, another currency and repeated SKUs without sending them', async () => {
    const server = await fake();
    const { results } = await submit(server, [
      change('variant_001_a', 'SKU-001-A', '-1.00'),
      change('variant_001_b', 'SKU-001-B', '9.999'),
      change('variant_002_a', 'SKU-002-A', '9.00', { currency: 'USD' }),
      change('variant_002_b', 'SKU-002-B', '30.10'),
      change('variant_002_b', 'SKU-002-B', '31.10'),
    ]);
    expect(results.map((r) => [r.sku, r.status, r.code])).toEqual([
      ['SKU-001-A', 'error', 'invalid_price'],
      ['SKU-001-B', 'error', 'too_many_decimals'],
      ['SKU-002-A', 'error', 'currency_mismatch'],
      ['SKU-002-B', 'ok', null],
      ['SKU-002-B', 'skipped', 'duplicate'],
    ]);
    expect(posts(server)).toHaveLength(1);
    expect(server.priceOf('variant_001_a')).toBe(11.5);
    expect(server.priceOf('variant_002_b')).toBe(30.1);
  });

  it('settles each row of a failed batch from the list read back: the update beside a failed create applied', async () => {
    const server = await fake();
    // A variant deleted after the catalog was loaded: its create fails, the update beside it applies (Medusa 2.21.2).
    const changes = [change('variant_001_a', 'SKU-001-A', '20.00'), change('variant_gone', 'SKU-GONE', '5.00'), change('variant_002_a', 'SKU-002-A', '21.00'), change('variant_003_a', 'SKU-003-A', '22.00')];
    const e = { ...env(), tuning: { ...env().tuning, batchSize: 2 } };
    const { results, streamed } = await submit(server, changes, { e });
    expect(results.map((r) => [r.status, r.code])).toEqual([
      ['ok', 'applied_despite_error'],
      ['error', 'invalid_data'],
      ['ok', null],
      ['ok', null],
    ]);
    expect(results[1]!.message).toBe('Not applied: xclade answered with an error ("No price set exist for variants: variant_gone"); the price list shows this row unchanged.');
    expect(server.priceOf('variant_001_a')).toBe(20);
    expect(server.priceOf('variant_002_a')).toBe(21);
    expect(streamed).toHaveLength(4);
    expect(posts(server)).toHaveLength(2);
  });

  it('turns Medusa’s validation answer into row errors', async () => {
    const server = await fake();
    server.inject({ match: (r) => r.path.endsWith('/prices/batch'), reply: { status: 400, json: { type: 'invalid_data', message: "Invalid request: Field 'create, 0, amount' is required" } } });
    const { results } = await submit(server, [change('variant_005_a', 'SKU-005-A', '3.00')]);
    expect(results[0]).toEqual({
      key: 'variant_005_a',
      sku: 'SKU-005-A',
      status: 'error',
      code: 'invalid_data',
      message: 'Not applied: xclade answered with an error ("Invalid request: Field \'create, 0, amount\' is required"); the price list shows this row unchanged.',
      // Medusa's own words, apart from ours, for the window to quote.
      said: { id: 'vendor.xclade.notAppliedError' },
      vendorMessage: "Invalid request: Field 'create, 0, amount' is required",
    });
  });

  it('splits bodies to stay under the body limit', async () => {
    const server = await fake({ productCount: 20, maxBodyBytes: 400 });
    const changes = server.products.map((p) => change(p.variants[0]!.id, p.variants[0]!.sku!, '42.00'));
    const { results } = await submit(server, changes, { adapter: createXcladeAdapter({ maxBodyBytes: 400 }) });
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    expect(posts(server).length).toBeGreaterThan(3);
    for (const post of posts(server)) expect(Buffer.byteLength(post.rawBody)).toBeLessThanOrEqual(400);
    expect(server.products.every((p) => server.priceOf(p.variants[0]!.id) === 42)).toBe(true);
  });

  it.each([413, 400] as const)('reports a body the server finds too large (%i) as errors', async (status) => {
    const server = await fake({ productCount: 20, maxBodyBytes: 400, oversizeStatus: status });
    const changes = server.products.map((p) => change(p.variants[0]!.id, p.variants[0]!.sku!, '42.00'));
    const { results } = await submit(server, changes);
    expect(results.every((r) => r.status === 'error' && /request entity too large/.test(r.message ?? ''))).toBe(true);
  });

  it.each(['price_set', 'bare'] as const)('maps results when the answer names variants as %s', async (shape) => {
    const server = await fake({ batchAnswer: shape });
    const { results } = await submit(server, [change('variant_005_a', 'SKU-005-A', '8.25'), change('variant_001_a', 'SKU-001-A', '12.25')]);
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
    const reads = server.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/prices'));
    // The bare answer does not say which variant a created price belongs to: read back once.
    expect(reads).toHaveLength(shape === 'bare' ? 2 : 1);
  });

  it('warns when xclade saved another amount than sent', async () => {
    const server = await fake();
    server.inject({ match: (r) => r.path.endsWith('/prices/batch'), reply: { status: 200, json: { created: [], updated: [{ id: 'price_0001', currency_code: 'eur', amount: 13, variant_id: 'variant_001_a' }] } } });
    const { results } = await submit(server, [change('variant_001_a', 'SKU-001-A', '12.99')]);
    expect(results[0]).toMatchObject({ status: 'warning', code: 'amount_differs', message: 'xclade saved 13.00 instead of 12.99.' });
  });

  it('waits out the host’s 429 and loses no row', async () => {
    const server = await fake({ productCount: 10, rateLimit: { requests: 3, windowMs: 300, retryAfterSeconds: 0.3 } });
    const changes = server.products.map((p) => change(p.variants[0]!.id, p.variants[0]!.sku!, '19.90'));
    const e = { ...env(), tuning: { ...env().tuning, batchSize: 2 } };
    const { results, progress } = await submit(server, changes, { e });
    expect(results.map((r) => r.status)).toEqual(Array(10).fill('ok'));
    expect(server.requests.some((r) => r.path.endsWith('/prices/batch'))).toBe(true);
    expect(progress.some((p) => p.waitMs === 300)).toBe(true);
    expect(server.appliedBatches).toHaveLength(5);
    expect(server.products.every((p) => server.priceOf(p.variants[0]!.id) === 19.9)).toBe(true);
  });

  it('errors on a 500 and leaves rows unknown on a gateway timeout, without resending', async () => {
    const server = await fake();
    server.inject(
      { match: (r) => r.path.endsWith('/prices/batch'), reply: { status: 500, json: { code: 'api_error', type: 'database_error', message: 'An error occured while saving' } } },
      { match: (r) => r.path.endsWith('/prices/batch'), reply: { status: 504, text: 'Gateway Timeout' } },
    );
    const e = { ...env(), tuning: { ...env().tuning, batchSize: 1 } };
    const { results } = await submit(server, [change('variant_001_a', 'SKU-001-A', '1.00'), change('variant_002_a', 'SKU-002-A', '2.00'), change('variant_003_a', 'SKU-003-A', '3.00')], { e });
    expect(results.map((r) => [r.status, r.code])).toEqual([
      ['error', 'database_error'],
      ['unknown', 'http_504'],
      ['ok', null],
    ]);
    expect(results[0]!.message).toBe('Not applied: xclade answered with an error ("An error occured while saving"); the price list shows this row unchanged.');
    expect(results[1]!.message).toBe("Xclade's gateway gave up waiting (HTTP 504) and the price list shows 12.50 for this row: verify it before sending again.");
    expect(posts(server)).toHaveLength(3);
  });

  it('settles rows from the list when the connection drops after the batch applied, and does not resend', async () => {
    const server = await fake();
    server.inject({ match: (r) => r.path.endsWith('/prices/batch'), dropAfterApply: true });
    const { results } = await submit(server, [change('variant_001_a', 'SKU-001-A', '14.00'), change('variant_005_a', 'SKU-005-A', '4.00')]);
    expect(results.map((r) => [r.status, r.code])).toEqual([
      ['ok', 'applied_despite_error'],
      ['ok', 'applied_despite_error'],
    ]);
    expect(results[0]!.message).toBe('Applied: the connection ended before xclade answered, but the price list shows this change.');
    expect(posts(server)).toHaveLength(1);
    expect(server.priceOf('variant_005_a')).toBe(4);
  });

  it('leaves rows unknown, never failed, when the connection drops and the list shows them unchanged', async () => {
    const server = await fake();
    server.inject({ match: (r) => r.path.endsWith('/prices/batch'), drop: true });
    const { results } = await submit(server, [change('variant_001_a', 'SKU-001-A', '14.00')]);
    expect(results.map((r) => [r.status, r.code])).toEqual([['unknown', 'no_answer']]);
    expect(results[0]!.message).toBe('The connection ended before xclade answered and the price list shows 11.50 for this row: verify it before sending again.');
    expect(posts(server)).toHaveLength(1);
  });

  it('reads the prices from the list itself on servers without the paged prices route', async () => {
    const server = await fake({ pricesRoute: false });
    const rows = await xcladeAdapter.connect(connection(server), env()).loadCatalog({ signal: signal(), onProgress: () => undefined });
    expect(rows.find((r) => r.sku === 'SKU-001-A')).toMatchObject({ price: '11.50' });
    const listReads = server.requests.filter((r) => r.method === 'GET' && r.path === '/admin/price-lists/plist_01TEST');
    expect(listReads.map((r) => r.query.get('fields'))).toEqual(['id,title,status', expect.stringContaining('prices.price_set.variant.id')]);
  });

  it('refuses to read a price list answer without its prices as an empty list', async () => {
    const server = await fake({ pricesRoute: false });
    server.inject({ match: (r) => r.method === 'GET' && (r.query.get('fields') ?? '').includes('prices.'), reply: { status: 200, json: { price_list: { id: 'plist_01TEST', title: 'Main prices', status: 'active' } } } });
    const load = xcladeAdapter.connect(connection(server), env()).loadCatalog({ signal: signal(), onProgress: () => undefined });
    await expect(load).rejects.toThrow(/field "price_list.prices"/);
  });

  it('skips the rows not yet sent when cancelled midway', async () => {
    const server = await fake();
    const e = { ...env(), tuning: { ...env().tuning, batchSize: 2 } };
    const changes = ['001', '002', '003'].flatMap((n) => [change(`variant_${n}_a`, `SKU-${n}-A`, '50.00'), change(`variant_${n}_b`, `SKU-${n}-B`, '60.00')]);
    const { results } = await submit(server, changes, { e, abortAfter: 2 });
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(results[2]!.message).toBe('Cancelled before it was sent.');
    expect(posts(server)).toHaveLength(1);
    expect(server.priceOf('variant_002_a')).toBe(12.5);
  });

  it('keeps the password, key and token out of logs and messages', async () => {
    const server = await fake();
    const e = env();
    const messages: string[] = [];
    // A server that echoes credentials back in its errors.
    server.inject({ match: (r) => r.path.endsWith('/prices/batch'), reply: { status: 400, json: { type: 'invalid_data', message: `bad request from ${PASSWORD}` } } });
    const first = await submit(server, [change('variant_001_a', 'SKU-001-A', '1.00')], { e });
    messages.push(...first.results.map((r) => r.message ?? ''));
    const token = /^Bearer (.+)$/.exec(server.requests.at(-1)!.headers.authorization!)![1]!;
    server.inject({ match: (r) => r.path === '/admin/products', reply: { status: 500, text: `token ${token} rejected` } });
    await xcladeAdapter
      .connect(connection(server), e)
      .loadCatalog({ signal: signal(), onProgress: () => undefined })
      .catch((error: Error) => messages.push(error.message));
    const keyConn = connection(server, { authMode: 'secretKey' }, { secretKey: SECRET_KEY });
    server.inject({ match: (r) => r.path.endsWith('/prices/batch'), reply: { status: 400, json: { type: 'invalid_data', message: `key ${SECRET_KEY} / ${Buffer.from(`${SECRET_KEY}:`).toString('base64')}` } } });
    const second = await submit(server, [change('variant_001_a', 'SKU-001-A', '1.00')], { e, conn: keyConn });
    messages.push(...second.results.map((r) => r.message ?? ''));
    const wrong = await xcladeAdapter.connect(connection(server, {}, { password: 'not-the-password' }), e).testConnection(signal());
    messages.push(wrong.message);

    expect(messages.join('\n')).toContain('[redacted]');
    const everything = [...log().lines, ...messages].join('\n');
    for (const secret of [PASSWORD, SECRET_KEY, token, 'not-the-password', Buffer.from(`${SECRET_KEY}:`).toString('base64')]) expect(everything).not.toContain(secret);
    expect(log().lines.length).toBeGreaterThan(2);
  });
});
