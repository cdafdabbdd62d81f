/**
 * `pricedesk fields` against every vendor's fake, run as a child process like a script
 * would: the JSON it prints, the table, and a failed test (exit 2, its reason, no secret).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { startAlepheeFake } from '../../fakes/alephee';
import { startCin7Fake } from '../../fakes/cin7';
import { startClinikoFake } from '../../fakes/cliniko';
import { startGeinsFake } from '../../fakes/geins';
import { startXcladeFake } from '../../fakes/xclade';
import { fakeScope, tempDirScope } from '../../support/test-scope';
import { hasStack, runCli, type CliRun } from './run-cli';

const serve = fakeScope();
const tempDir = tempDirScope('pricedesk-cli-fields-');
let dir: string;
beforeEach(() => {
  dir = tempDir();
});

function fields(values: Record<string, unknown>, secret?: string, ...flags: string[]): Promise<CliRun> {
  const conn = join(dir, 'conn.json');
  writeFileSync(conn, JSON.stringify({ ...values, dataDir: dir }));
  return runCli(['fields', '--connection', conn, ...flags], { PRICEDESK_SECRET: secret });
}

/** The JSON a run printed, after checking it exited 0 and said it connected. */
function printed(run: CliRun): unknown {
  expect(run.stderr).toMatch(/^Connected/);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

const f = (id: string, label: string, kind: string, currency: string, vatIncluded: boolean, primary = false) => ({ id, label, kind, currency, vatIncluded, primary, readOnly: null });

describe('pricedesk fields', () => {
  it('the demo shop, as JSON with exactly the documented keys, and as a table', async () => {
    const demo = { vendor: 'sandbox', latencyMs: 0, requestsPerSecond: 1000 };
    expect(printed(await fields(demo, undefined, '--json'))).toEqual([
      f('price', 'Price', 'price', 'EUR', true, true),
      f('price.SEK', 'Price SEK', 'price', 'SEK', true),
      f('wholesale', 'Wholesale', 'tier', 'EUR', true),
      f('recommended', 'Recommended price', 'recommended', 'EUR', true),
      f('cost', 'Cost', 'cost', 'EUR', false),
    ]);
    const table = await fields(demo);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n').slice(0, 3)).toEqual([
      'Id           Label              Kind         Currency  VAT          Primary',
      '-----------  -----------------  -----------  --------  -----------  ----------------',
      'price        Price              price        EUR       with VAT     yes (edited now)',
    ]);
  });

  it('Cin7 Omni: the account’s price columns, the configured one primary', async () => {
    const server = await serve(startCin7Fake());
    const run = await fields({ vendor: 'cin7', baseUrl: `${server.url}/api/`, username: server.username, priceColumn: 'wholesalNZD' }, server.apiKey, '--json');
    expect(printed(run)).toEqual([f('retailNZD', 'Retail NZD', 'price', 'NZD', false), f('wholesalNZD', 'Wholesale NZD', 'tier', 'NZD', false, true), f('costNZD', 'Cost NZD', 'cost', 'NZD', false)]);
  });

  it('Alephee: the list’s price with taxes, cost and suggested retail price; the key in the URL is never printed', async () => {
    const server = await serve(startAlepheeFake());
    const run = await fields({ vendor: 'alephee', baseUrl: server.url, accountId: server.accountId, priceListId: '11' }, server.apiKey, '--json');
    expect(printed(run)).toEqual([f('priceWithTaxes', 'Price with taxes', 'price', 'ARS', true, true), f('cost', 'Cost', 'cost', 'ARS', false), f('suggestedRetailPrice', 'Suggested retail price', 'recommended', 'ARS', true)]);
    expect(run.stdout + run.stderr + readFileSync(join(dir, 'logs', 'pricedesk.log'), 'utf8')).not.toContain(server.apiKey);
  });

  it('Cliniko: price and cost_price', async () => {
    const apiKey = 'MS0xLWNsaW5pa28tZmllbGRzLWtleQ-ca1';
    const server = await serve(startClinikoFake({ apiKey }));
    const run = await fields({ vendor: 'cliniko', baseUrl: server.baseUrl, contactEmail: 'it@clinic.example' }, apiKey, '--json');
    expect(printed(run)).toEqual([f('price', 'Price', 'price', 'CAD', true, true), f('cost_price', 'Cost price', 'cost', 'CAD', false)]);
  });

  it('Geins: the connection’s list and its More price lists', async () => {
    const credentials = { user: 'pricedesk-api', password: 'geins pass 9931', apiKey: 'geins-mgmt-key-0c41d7' };
    const server = await serve(startGeinsFake(credentials));
    const secret = JSON.stringify({ apiPassword: credentials.password, apiKey: credentials.apiKey });
    const run = await fields({ vendor: 'geins', baseUrl: server.url, apiUser: credentials.user, priceListId: '1000000', morePriceListIds: '1000001' }, secret, '--json');
    expect(printed(run)).toEqual([f('list1000000', 'Sweden', 'price', 'SEK', true, true), f('list1000001', 'Sweden sale', 'sale', 'SEK', true)]);
  });

  it('xclade: a price per currency of the store and the list', async () => {
    const server = await serve(startXcladeFake());
    const run = await fields({ vendor: 'xclade', baseUrl: server.url, priceListId: server.priceListId, currency: 'EUR', authMode: 'secretKey' }, 'sk_test_0123456789abcdef', '--json');
    expect(printed(run)).toEqual([f('price.EUR', 'Price EUR', 'price', 'EUR', false, true), f('price.USD', 'Price USD', 'price', 'USD', false), f('price.SEK', 'Price SEK', 'price', 'SEK', false)]);
  });

  it('exits 2 with the test’s reason when the connection does not work, nothing on stdout, no secret, no stack', async () => {
    const server = await serve(startCin7Fake());
    const wrongKey = 'not-the-key-7781x';
    const run = await fields({ vendor: 'cin7', baseUrl: `${server.url}/api/`, username: server.username }, wrongKey, '--json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Test connection failed: .*did not accept the API username and key/);
    expect(hasStack(run.stderr)).toBe(false);
    expect(run.stdout + run.stderr + readFileSync(join(dir, 'logs', 'pricedesk.log'), 'utf8')).not.toContain(wrongKey);
  });
});
