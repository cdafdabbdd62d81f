/**
 * `pricedesk catalog` with every price field, against every vendor's fake and the demo shop,
 * run as a child process like a script would: JSON rows keep `price` and gain `prices`; a
 * spreadsheet keeps today's columns (the primary field is Price) and adds one per other
 * field, headed by its label, with numeric cells in .xlsx.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { CatalogRow } from '../../../shared/types';
import { startAlepheeFake } from '../../fakes/alephee';
import { startCin7Fake } from '../../fakes/cin7';
import { startClinikoFake } from '../../fakes/cliniko';
import { startGeinsFake } from '../../fakes/geins';
import { startXcladeFake } from '../../fakes/xclade';
import { fakeScope, tempDirScope } from '../../support/test-scope';
import { runCli } from './run-cli';

const serve = fakeScope();
const tempDir = tempDirScope('pricedesk-cli-catalog-');
let dir: string;
beforeEach(() => {
  dir = tempDir();
});

const TODAY = ['SKU', 'Name', 'Price', 'Cost', 'Currency', 'VAT included', 'Key'];

interface Case {
  values: Record<string, unknown>;
  secret?: string;
  sku: string;
  /** The primary field's id: its price is `price` and the Price column. */
  primary: string;
  prices: Record<string, string | null>;
  /** The headers after today's, one per field other than the primary. */
  headers: string[];
}

/** Runs `catalog` to stdout as JSON and to an .xlsx file, and checks both against the case. */
async function check({ values, secret, sku, primary, prices, headers }: Case): Promise<void> {
  const conn = join(dir, 'conn.json');
  writeFileSync(conn, JSON.stringify({ ...values, dataDir: dir }));
  const json = await runCli(['catalog', '--connection', conn, '--json'], { PRICEDESK_SECRET: secret });
  expect(json.code, json.stderr).toBe(0);
  const rows = JSON.parse(json.stdout) as CatalogRow[];
  const row = rows.find((r) => r.sku === sku)!;
  expect(row.prices).toEqual(prices);
  expect(row.price).toBe(prices[primary]);

  const out = join(dir, 'catalog.xlsx');
  const file = await runCli(['catalog', '--connection', conn, '--out', out], { PRICEDESK_SECRET: secret });
  expect(file.code, file.stderr).toBe(0);
  const sheet = XLSX.read(readFileSync(out)).Sheets.Catalog!;
  const table = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });
  expect(table[0]).toEqual([...TODAY, ...headers]);
  const r = table.findIndex((cells) => cells[0] === sku);
  // Price and every other field's cell: numbers, empty where the product has none.
  const cell = (c: number) => sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
  expect(cell(2)).toMatchObject({ t: 'n', v: Number(prices[primary]) });
  const others = Object.entries(prices).filter(([id]) => id !== primary).map(([, v]) => v);
  expect(others).toHaveLength(headers.length);
  others.forEach((value, i) => {
    const c = cell(TODAY.length + i);
    if (value === null) expect(c).toBeUndefined();
    else expect(c).toMatchObject({ t: 'n', v: Number(value) });
  });
}

describe('pricedesk catalog with every price field', () => {
  it('the demo shop: price, SEK, wholesale, recommended and cost; the cost field’s header names its id beside the Cost column', async () => {
    await check({
      values: { vendor: 'sandbox', latencyMs: 0, requestsPerSecond: 1000 },
      sku: 'COF-01001',
      primary: 'price',
      prices: { price: '28.95', 'price.SEK': '318', wholesale: '24.29', recommended: '29.53', cost: '15.63' },
      headers: ['Price SEK', 'Wholesale', 'Recommended price', 'Cost (cost)'],
    });
  });

  it('Cin7 Omni: every price column', async () => {
    const server = await serve(startCin7Fake());
    await check({
      values: { vendor: 'cin7', baseUrl: `${server.url}/api/`, username: server.username },
      secret: server.apiKey,
      sku: 'CN-0001',
      primary: 'retailNZD',
      prices: { retailNZD: '20.90', wholesalNZD: '16.72', costNZD: '10.45' },
      headers: ['Wholesale NZD', 'Cost NZD'],
    });
  });

  it('Alephee: price with taxes, cost and suggested retail price', async () => {
    const server = await serve(startAlepheeFake());
    await check({
      values: { vendor: 'alephee', baseUrl: server.url, accountId: server.accountId, priceListId: '11' },
      secret: server.apiKey,
      sku: 'ALP-0004',
      primary: 'priceWithTaxes',
      prices: { priceWithTaxes: '31.99', cost: null, suggestedRetailPrice: '36.99' },
      headers: ['Cost (cost)', 'Suggested retail price'],
    });
  });

  it('Cliniko: price and cost_price', async () => {
    const apiKey = 'MS0xLWNsaW5pa28tZmllbGRzLWtleQ-ca1';
    await serve(startClinikoFake({ apiKey })).then((server) =>
      check({ values: { vendor: 'cliniko', baseUrl: server.baseUrl, contactEmail: 'it@clinic.example' }, secret: apiKey, sku: 'P-0002', primary: 'price', prices: { price: '21.50', cost_price: '9.00' }, headers: ['Cost price'] }),
    );
  });

  it('Geins: the connection’s list and its More price lists', async () => {
    const credentials = { user: 'pricedesk-api', password: 'geins pass 9931', apiKey: 'geins-mgmt-key-0c41d7' };
    const server = await serve(startGeinsFake(credentials));
    await check({
      values: { vendor: 'geins', baseUrl: server.url, apiUser: credentials.user, priceListId: '1000000', morePriceListIds: '2000000, 2' },
      secret: JSON.stringify({ apiPassword: credentials.password, apiKey: credentials.apiKey }),
      sku: 'ART-1',
      primary: 'list1000000',
      prices: { list1000000: '100.00', list2000000: '12.50', list2: '90.00' },
      headers: ['B2B Europe', 'VIP customers'],
    });
  });

  it('xclade: a price per currency, the store’s currency without list prices empty', async () => {
    const server = await serve(startXcladeFake());
    await check({
      values: { vendor: 'xclade', baseUrl: server.url, priceListId: server.priceListId, currency: 'EUR', authMode: 'secretKey' },
      secret: 'sk_test_0123456789abcdef',
      sku: 'SKU-001-A',
      primary: 'price.EUR',
      prices: { 'price.EUR': '11.50', 'price.USD': '13.00', 'price.SEK': null },
      headers: ['Price USD', 'Price SEK'],
    });
  });
});

describe('pricedesk fields', () => {
  it('says which fields PriceDesk cannot write (a Geins campaign list), in --json and in the table', async () => {
    const credentials = { user: 'pricedesk-api', password: 'geins pass 9931', apiKey: 'geins-mgmt-key-0c41d7' };
    const server = await serve(startGeinsFake(credentials));
    const conn = join(dir, 'conn.json');
    writeFileSync(conn, JSON.stringify({ vendor: 'geins', baseUrl: server.url, apiUser: credentials.user, priceListId: '1000000', morePriceListIds: '1000002', dataDir: dir }));
    const secret = JSON.stringify({ apiPassword: credentials.password, apiKey: credentials.apiKey });
    const json = await runCli(['fields', '--connection', conn, '--json'], { PRICEDESK_SECRET: secret });
    expect(json.code, json.stderr).toBe(0);
    const fields = JSON.parse(json.stdout) as { id: string; readOnly: string | null }[];
    expect(fields.map((f) => [f.id, f.readOnly])).toEqual([
      ['list1000000', null],
      ['list1000002', 'Geins ignores price changes on campaign lists.'],
    ]);
    const plain = await runCli(['fields', '--connection', conn], { PRICEDESK_SECRET: secret });
    expect(plain.stdout).toMatch(/Read only/);
    expect(plain.stdout).toMatch(/list1000002.*Geins ignores price changes on campaign lists\./);
  });
});
