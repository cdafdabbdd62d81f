/**
 * The CLI against each vendor's fake server, as a script would run it: a connection file,
 * the secret in PRICEDESK_SECRET, a changes file, `submit --yes --json`. Each vendor's run
 * includes at least one row that vendor itself refuses, and the JSON is asserted exactly.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogRow } from '../../../shared/types';
import { startAlepheeFake, type AlepheeFake } from '../../fakes/alephee';
import { startCin7Fake, type Cin7Fake } from '../../fakes/cin7';
import { clinikoProducts, startClinikoFake, type ClinikoFake } from '../../fakes/cliniko';
import { startGeinsFake, type GeinsFake } from '../../fakes/geins';
import { hasStack, runCli, type CliRun } from './run-cli';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pricedesk-cli-vendors-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the connection file (with this run's data directory) and returns its path. */
function connectionFile(name: string, values: Record<string, string>): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify({ ...values, dataDir: dir }));
  return path;
}

function changesFile(rows: Record<string, unknown>[]): string {
  const path = join(dir, 'changes.json');
  writeFileSync(path, JSON.stringify(rows));
  return path;
}

async function catalog(conn: string, secret: string): Promise<CatalogRow[]> {
  const out = join(dir, 'catalog.json');
  const run = await runCli(['catalog', '--connection', conn, '--out', out], { PRICEDESK_SECRET: secret });
  expect(run.stderr).not.toContain('Unexpected');
  expect(run.code).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as CatalogRow[];
}

// These runs check each vendor's own refusals (negative prices, below cost): the CLI's rails,
// which would hold such rows back before they reach the vendor, are opened (rails.test.ts covers them).
const OPEN_RAILS = ['--max-increase', '10000', '--max-decrease', '200', '--allow-below-cost'];

const submit = (conn: string, changes: string, secret: string): Promise<CliRun> =>
  runCli(['submit', '--connection', conn, '--changes', changes, '--yes', '--json', ...OPEN_RAILS], { PRICEDESK_SECRET: secret });

/** Nothing the CLI printed or logged contains any of the secrets. */
function expectNoSecret(run: CliRun, ...secrets: string[]) {
  const log = readFileSync(join(dir, 'logs', 'pricedesk.log'), 'utf8');
  for (const secret of secrets) expect(run.stdout + run.stderr + log).not.toContain(secret);
}

describe('pricedesk with Alephee', () => {
  let server: AlepheeFake;
  let conn: string;
  beforeEach(async () => {
    server = await startAlepheeFake();
    conn = connectionFile('alephee', { vendor: 'alephee', label: 'Tienda', baseUrl: server.url, accountId: server.accountId, priceListId: '11' });
  });
  afterEach(() => server.close());

  it('loads the catalog of the chosen price list', async () => {
    const rows = await catalog(conn, server.apiKey);
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual({
      key: '7001',
      sku: 'ALP-0001',
      name: 'Producto 1',
      price: '10.99',
      cost: '5.97',
      currency: 'ARS',
      vatIncluded: true,
      prices: { priceWithTaxes: '10.99', cost: '5.97', suggestedRetailPrice: '15.99' },
      vendorIds: { productId: '7001', sku: 'ALP-0001', priceListId: '11' },
      groups: { brand: 'Marca' },
    });
  });

  it('submits and maps the Items answer per row: ok, below-cost warning, Alephee error, local refusal', async () => {
    // A product without a price in list 11: Alephee refuses it with its own code.
    delete server.product('ALP-0003')!.prices[11];
    const changes = changesFile([
      { SKU: 'ALP-0001', Price: '12,50' },
      { SKU: 'ALP-0002', Price: 5 },
      { SKU: 'ALP-0003', Price: '30' },
      { SKU: 'ALP-0004', Price: '0' },
    ]);
    const run = await submit(conn, changes, server.apiKey);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      connection: 'Tienda',
      dryRun: false,
      submissionId: expect.stringMatching(/^\d{8}T\d{6}-[0-9a-f]{8}$/),
      summary: { ok: 1, warning: 1, error: 2, skipped: 0, unknown: 0 },
      results: [
        { sku: 'ALP-0001', field: 'priceWithTaxes', status: 'ok', oldPrice: '10.99', newPrice: '12.50', message: null },
        { sku: 'ALP-0002', field: 'priceWithTaxes', status: 'warning', oldPrice: '17.99', newPrice: '5.00', message: 'The price is below cost (8.92).', said: { id: 'vendor.alephee.warning' } },
        { sku: 'ALP-0003', field: 'priceWithTaxes', status: 'error', oldPrice: null, newPrice: '30.00', message: 'The product has no price in price list 11.', said: { id: 'row.rejected', params: { vendor: 'Alephee' } } },
        { sku: 'ALP-0004', field: 'priceWithTaxes', status: 'error', oldPrice: '31.99', newPrice: '0.00', message: 'The new price 0.00 is zero; prices must be above zero. Nothing sent.' },
      ],
    });
    expect(server.product('ALP-0001')!.prices[11]!.priceWithTaxes).toBe('12.5');
    expect(server.product('ALP-0004')!.prices[11]!.priceWithTaxes).toBe('31.99');
    // One POST for the three sendable rows; the zero price never left.
    const posts = server.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => (r.body as { SKU: string }[]).map((p) => p.SKU))).toEqual([['ALP-0001', 'ALP-0002', 'ALP-0003']]);
    // The key travels in the URL, yet appears in no output and no log line.
    expectNoSecret(run, server.apiKey);
  });

  it('reports good prices as ok although Alephee lists only the failed products (issue #17)', async () => {
    const changes = changesFile([
      { SKU: 'ALP-0001', Price: '12,50' },
      { SKU: 'ALP-0005', Price: '40' },
      { SKU: 'ALP-0006', Price: '41' },
      { SKU: 'NO-EXISTE', Price: '10' },
      { SKU: 'ALP-0007', Price: '-3' },
    ]);
    const run = await submit(conn, changes, server.apiKey);
    const doc = JSON.parse(run.stdout) as { summary: Record<string, number>; results: { sku: string; status: string }[] };
    expect(doc.results.map((r) => [r.sku, r.status])).toEqual([
      ['ALP-0001', 'ok'],
      ['ALP-0005', 'ok'],
      ['ALP-0006', 'ok'],
      ['NO-EXISTE', 'error'],
      ['ALP-0007', 'error'],
    ]);
    expect(doc.summary).toEqual({ ok: 3, warning: 0, error: 2, skipped: 0, unknown: 0 });
    expect(server.product('ALP-0006')!.prices[11]!.priceWithTaxes).toBe('41');
    // Alephee answered with an empty Items list for the three it accepted.
    const post = server.requests.filter((r) => r.method === 'POST');
    expect(post).toHaveLength(1);
    expect(run.code).toBe(1);
  });

  it('exits 2 on a refused key, without echoing the key Alephee quotes back', async () => {
    const wrong = 'wrong-alephee-key-77431';
    const run = await runCli(['catalog', '--connection', conn], { PRICEDESK_SECRET: wrong });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('Alephee did not accept the credentials. Check the API key (or user and password) in the connection. Alephee said: "Invalid API_KEY \'[redacted]\'."');
    expect(hasStack(run.stderr)).toBe(false);
    expectNoSecret(run, wrong);
  });
});

describe('pricedesk with Cin7 Omni', () => {
  let server: Cin7Fake;
  let conn: string;
  beforeEach(async () => {
    server = await startCin7Fake();
    conn = connectionFile('cin7', { vendor: 'cin7', label: 'Omni NZ', baseUrl: `${server.url}/api/`, username: server.username, priceColumn: 'wholesalNZD' });
  });
  afterEach(() => server.close());

  it('loads the catalog in the chosen price column', async () => {
    const rows = await catalog(conn, server.apiKey);
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual({
      key: '9001',
      sku: 'CN-0001',
      name: 'CN-0001 (Small)',
      price: '16.72',
      cost: '10.45',
      currency: 'NZD',
      vatIncluded: false,
      prices: { retailNZD: '20.90', wholesalNZD: '16.72', costNZD: '10.45' },
      vendorIds: { optionId: '9001', priceColumn: 'wholesalNZD', productId: '501' },
      groups: { category: 'Coffee', brand: 'Tea House', productType: 'Finished good', supplier: 'Leaf & Co' },
    });
  });

  it('submits and maps BatchResultItem per row: ok, success false, local refusal', async () => {
    // An option without this price column: Omni answers success: false for it.
    delete server.option('CN-0003')!.priceColumns.wholesalNZD;
    const changes = changesFile([
      { 'Item code': 'CN-0001', Price: '18' },
      { 'Item code': 'CN-0002', Price: '-1' },
      { 'Item code': 'CN-0003', Price: '15,00' },
    ]);
    const run = await submit(conn, changes, server.apiKey);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      connection: 'Omni NZ',
      dryRun: false,
      submissionId: expect.stringMatching(/^\d{8}T\d{6}-[0-9a-f]{8}$/),
      summary: { ok: 1, warning: 0, error: 2, skipped: 0, unknown: 0 },
      results: [
        { sku: 'CN-0001', field: 'wholesalNZD', status: 'ok', oldPrice: '16.72', newPrice: '18.00', message: null },
        { sku: 'CN-0002', field: 'wholesalNZD', status: 'error', oldPrice: '17.52', newPrice: '-1.00', message: 'The new price -1.00 is negative; prices must be above zero. Nothing sent.' },
        { sku: 'CN-0003', field: 'wholesalNZD', status: 'error', oldPrice: null, newPrice: '15.00', message: "Unknown price column 'wholesalNZD'.", said: { id: 'row.rejected', params: { vendor: 'Cin7 Omni' } } },
      ],
    });
    expect(server.option('CN-0001')!.priceColumns.wholesalNZD).toBe('18.00');
    expect(server.option('CN-0002')!.priceColumns.wholesalNZD).toBe('17.52');
    // Served ones: a PUT the rate limit refused (429) changed nothing and was sent again.
    const puts = server.served().filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.body)).toEqual([[{ Id: 9001, PriceColumns: { wholesalNZD: 18 } }, { Id: 9003, PriceColumns: { wholesalNZD: 15 } }]]);
    expectNoSecret(run, server.apiKey);
  });
});

describe('pricedesk with Cliniko', () => {
  const apiKey = 'MS0xLTEtY2xpLXNlY3JldA-uk1';
  let server: ClinikoFake;
  let conn: string;
  beforeEach(async () => {
    // 120 products: two pages of 100, so the catalog follows links.next.
    server = await startClinikoFake({ apiKey, products: clinikoProducts(120) });
    conn = connectionFile('cliniko', { vendor: 'cliniko', label: 'Clinic', baseUrl: server.baseUrl, contactEmail: 'it@clinic.example' });
  });
  afterEach(() => server.close());

  it('loads the catalog through links.next, in the currency of the key’s region', async () => {
    const rows = await catalog(conn, apiKey);
    expect(rows).toHaveLength(120);
    expect(rows.at(-1)).toMatchObject({ key: '1120', sku: '1120', price: '139.50' });
    expect(server.requests.filter((r) => r.method === 'GET').map((r) => r.query.get('page'))).toEqual([null, '2']);
    expect(rows[0]).toEqual({ key: '1001', sku: 'P-0001', name: 'Product 1', price: '20.50', cost: null, currency: 'GBP', vatIncluded: true, prices: { price: '20.50', cost_price: null }, vendorIds: { productId: '1001' }, groups: { supplier: 'Physio Supplies Ltd' } });
    // A product without an item code is known by its id.
    expect(rows[9]).toMatchObject({ key: '1010', sku: '1010', price: '29.50' });
  });

  it('submits one PATCH per product, and refuses a negative price before sending', async () => {
    const changes = changesFile([
      { sku: 'P-0001', price: '22' },
      { sku: 'P-0002', price: '-3' },
      { sku: '1010', price: '31.20' },
      { sku: 'P-0004', price: 12.345 },
    ]);
    const run = await submit(conn, changes, apiKey);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      connection: 'Clinic',
      dryRun: false,
      submissionId: expect.stringMatching(/^\d{8}T\d{6}-[0-9a-f]{8}$/),
      summary: { ok: 2, warning: 0, error: 2, skipped: 0, unknown: 0 },
      results: [
        { sku: 'P-0001', field: 'price', status: 'ok', oldPrice: '20.50', newPrice: '22.00', message: null },
        { sku: 'P-0002', field: 'price', status: 'error', oldPrice: '21.50', newPrice: '-3.00', message: 'The new price -3.00 is negative; prices must be above zero. Nothing sent.' },
        { sku: '1010', field: 'price', status: 'ok', oldPrice: '29.50', newPrice: '31.20', message: null },
        { sku: 'P-0004', field: 'price', status: 'error', oldPrice: '23.50', newPrice: '12.345', message: 'Cliniko accepts at most 2 decimals; round the price first.', said: { id: 'vendor.cliniko.tooManyDecimals', params: { count: 2 } } },
      ],
    });
    expect(server.products.get('1001')!.price_including_tax).toBe('22.00');
    expect(server.products.get('1010')!.price_including_tax).toBe('31.20');
    expect(server.products.get('1002')!.price_including_tax).toBe('21.50');
    expect(server.requests.filter((r) => r.method === 'PATCH').map((r) => r.path).sort()).toEqual(['/v1/products/1001', '/v1/products/1010']);
    expectNoSecret(run, apiKey);
  });
});

describe('pricedesk with Geins', () => {
  const credentials = { user: 'pricedesk-api', password: 'geins pass 9931', apiKey: 'geins-mgmt-key-0c41d7' };
  const secret = JSON.stringify({ apiPassword: credentials.password, apiKey: credentials.apiKey });
  let server: GeinsFake;
  const conn = (priceListId: string, more: Record<string, string> = {}) =>
    connectionFile('geins', { vendor: 'geins', label: 'Geins SE', baseUrl: server.url, apiUser: credentials.user, priceListId, ...more });
  beforeEach(async () => {
    server = await startGeinsFake(credentials);
  });
  afterEach(() => server.close());

  it('loads the catalog of the price list, with both secrets from a JSON PRICEDESK_SECRET', async () => {
    const rows = await catalog(conn('1000000'), secret);
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual({ key: '10001', sku: 'ART-1', name: 'Geins product 1', price: '100.00', cost: null, currency: 'SEK', vatIncluded: true, prices: { list1000000: '100.00' }, vendorIds: { productId: '10001', articleNumber: 'ART-1' }, groups: { brand: 'Nordic Roast', supplier: 'Kaffe Import AB', category: 'Coffee' } });
    expect(rows[1]).toMatchObject({ sku: 'ART-2', price: '101.00', cost: '41.00' });
  });

  it('submits, maps NotFound to its row, and refuses a negative price before sending', async () => {
    // ART-3 is deleted in Geins after the catalog was read, just before the update arrives.
    server.inject({ match: (req) => (req.method === 'PUT' && server.products.delete(10003), false) });
    const changes = changesFile([
      { 'Article number': 'ART-1', Price: '120' },
      { 'Article number': 'ART-2', Price: '-5' },
      { 'Article number': 'ART-3', Price: '99,50' },
    ]);
    const run = await submit(conn('1000000'), changes, secret);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      connection: 'Geins SE',
      dryRun: false,
      submissionId: expect.stringMatching(/^\d{8}T\d{6}-[0-9a-f]{8}$/),
      summary: { ok: 1, warning: 0, error: 2, skipped: 0, unknown: 0 },
      results: [
        { sku: 'ART-1', field: 'list1000000', status: 'ok', oldPrice: '100.00', newPrice: '120.00', message: null },
        { sku: 'ART-2', field: 'list1000000', status: 'error', oldPrice: '101.00', newPrice: '-5.00', message: 'The new price -5.00 is negative; prices must be above zero. Nothing sent.' },
        {
          sku: 'ART-3',
          field: 'list1000000',
          status: 'error',
          oldPrice: '102.00',
          newPrice: '99.50',
          message: 'Geins has no product with product id "10003" on price list 1000000. Check the product still exists, and the product id type of the connection.',
          said: { id: 'vendor.geins.noProduct', params: { id: '10003', list: 1000000 } },
        },
      ],
    });
    expect(server.products.get(10001)!.prices.get(1000000)).toEqual({ inc: '120.00', ex: '96.00' });
    const put = server.requests.find((r) => r.method === 'PUT')!;
    expect(Object.fromEntries(put.query)).toEqual({ productIdType: '0', pricesIncVat: 'true' });
    expectNoSecret(run, credentials.password, credentials.apiKey);
  });

  it('writes prices without VAT to a custom price list with a small id (issues #11, #17)', async () => {
    const run = await submit(conn('2', { vatMode: 'excluded' }), changesFile([{ sku: 'ART-1', price: '80' }]), secret);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ results: [{ sku: 'ART-1', status: 'ok', oldPrice: '72.00', newPrice: '80.00', message: null }] });
    const put = server.requests.find((r) => r.method === 'PUT')!;
    expect(Object.fromEntries(put.query)).toEqual({ productIdType: '0', pricesIncVat: 'false' });
    expect(server.products.get(10001)!.prices.get(2)).toEqual({ ex: '80.00', inc: '100.00' });
  });

  it('confirms rows by reading back when Geins answers only "Success."', async () => {
    server.setSilentSuccess(true);
    const run = await submit(conn('1000000'), changesFile([{ sku: 'ART-5', price: '250' }]), secret);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      summary: { ok: 1, warning: 0, error: 0, skipped: 0, unknown: 0 },
      results: [{ sku: 'ART-5', status: 'ok', oldPrice: '104.00', newPrice: '250.00', message: 'Confirmed by reading the price back from Geins.' }],
    });
  });

  it('refuses a campaign price list without sending: submit runs the connection test first (issue #14)', async () => {
    const run = await submit(conn('1000002'), changesFile([{ sku: 'ART-1', price: '90' }]), secret);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Test connection failed: .*campaign list/m);
    expect(server.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
  });
});
