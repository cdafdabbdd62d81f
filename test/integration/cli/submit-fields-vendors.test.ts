/**
 * Issue #14 through the CLI against every vendor's fake: `pricedesk fields` names the
 * connection's fields, a changes file with a column for the primary field and one for
 * another (headed "<label> (<id>)", as `pricedesk catalog` heads them) sends both, every
 * result names its field, and the catalog read afterwards holds both new prices.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dec, sameAmount } from '../../../shared/money';
import type { PriceField } from '../../../shared/price-fields';
import type { CatalogRow } from '../../../shared/types';
import { startAlepheeFake } from '../../fakes/alephee';
import { startCin7Fake } from '../../fakes/cin7';
import { clinikoProducts, startClinikoFake } from '../../fakes/cliniko';
import { startGeinsFake } from '../../fakes/geins';
import { startXcladeFake } from '../../fakes/xclade';
import { runCli } from './run-cli';

interface Started {
  settings: Record<string, string>;
  secret: string;
  close(): Promise<void>;
}

const CLINIKO_KEY = 'MS0xLTEtY2xpLXNlY3JldA-uk1';
const GEINS = { user: 'pricedesk-api', password: 'geins pass 9931', apiKey: 'geins-mgmt-key-0c41d7' };

const vendors: [string, () => Promise<Started>][] = [
  ['alephee', async () => {
    const s = await startAlepheeFake();
    return { settings: { vendor: 'alephee', label: 'Tienda', baseUrl: s.url, accountId: s.accountId, priceListId: '11' }, secret: s.apiKey, close: () => s.close() };
  }],
  ['cin7', async () => {
    const s = await startCin7Fake();
    return { settings: { vendor: 'cin7', label: 'Omni NZ', baseUrl: `${s.url}/api/`, username: s.username }, secret: s.apiKey, close: () => s.close() };
  }],
  ['cliniko', async () => {
    const s = await startClinikoFake({ apiKey: CLINIKO_KEY, products: clinikoProducts(5) });
    return { settings: { vendor: 'cliniko', label: 'Clinic', baseUrl: s.baseUrl, contactEmail: 'it@clinic.example' }, secret: CLINIKO_KEY, close: () => s.close() };
  }],
  ['geins', async () => {
    const s = await startGeinsFake(GEINS);
    // The Swedish list and market 2's: two fields of one product.
    return { settings: { vendor: 'geins', label: 'Geins SE', baseUrl: s.url, apiUser: GEINS.user, priceListId: '1000000', morePriceListIds: '2000000' }, secret: JSON.stringify({ apiPassword: GEINS.password, apiKey: GEINS.apiKey }), close: () => s.close() };
  }],
  ['xclade', async () => {
    const s = await startXcladeFake();
    return { settings: { vendor: 'xclade', label: 'My xclade shop', baseUrl: s.url, priceListId: s.priceListId, currency: 'EUR', authMode: 'emailpass', email: 'admin@shop.test' }, secret: 'correct-horse-battery', close: () => s.close() };
  }],
];

let dir: string;
let started: Started | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pricedesk-cli-fields-vendors-'));
});
afterEach(async () => {
  await started?.close();
  started = undefined;
  rmSync(dir, { recursive: true, force: true });
});

// The vendor's own answers are under test here, not the rails (rails.test.ts): a wholesale tier may sit below cost.
const OPEN_RAILS = ['--max-increase', '10000', '--max-decrease', '200', '--allow-below-cost'];

describe.each(vendors)('a changes file with a column per field, on %s', (vendor, start) => {
  it('sends the primary field and another of one product, names the field in every result, and the vendor holds both', async () => {
    started = await start();
    const env = { PRICEDESK_SECRET: started.secret };
    const conn = join(dir, `${vendor}.json`);
    writeFileSync(conn, JSON.stringify({ ...started.settings, dataDir: dir }));

    const listed = await runCli(['fields', '--connection', conn, '--json'], env);
    expect(listed.code, listed.stderr).toBe(0);
    const fields = JSON.parse(listed.stdout) as Pick<PriceField, 'id' | 'label' | 'kind' | 'primary'>[];
    const primary = fields.find((f) => f.primary)!;
    // Another selling price where the connection has one (a tier, a list, a currency), else its cost.
    const other = fields.find((f) => !f.primary && f.kind !== 'cost') ?? fields.find((f) => !f.primary)!;
    expect(other, `${vendor} has a second field`).toBeDefined();

    const catalog = async (): Promise<CatalogRow[]> => {
      const out = join(dir, 'catalog.json');
      const run = await runCli(['catalog', '--connection', conn, '--out', out], env);
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(readFileSync(out, 'utf8')) as CatalogRow[];
    };
    const row = (await catalog()).find((r) => r.price !== null && r.prices?.[primary.id] !== undefined)!;
    const newPrimary = dec(row.price!).plus(1).toFixed(2);
    const otherNow = row.prices![other.id];
    const newOther = otherNow ? dec(otherNow).plus(1).toFixed(2) : dec(row.price!).minus(1).toFixed(2);

    const changes = join(dir, 'changes.csv');
    writeFileSync(changes, `SKU,${primary.label} (${primary.id}),${other.label} (${other.id})\n${row.sku},${newPrimary},${newOther}\n`);
    const run = await runCli(['submit', '--connection', conn, '--changes', changes, '--yes', '--json', ...OPEN_RAILS], env);
    expect(run.stderr).not.toMatch(/Unexpected|at .*\.ts:\d+/);
    const doc = JSON.parse(run.stdout) as { results: { sku: string; field: string; status: string; newPrice: string | null }[] };
    expect(doc.results.map((r) => [r.sku, r.field, r.status === 'warning' ? 'ok' : r.status])).toEqual([
      [row.sku, primary.id, 'ok'],
      [row.sku, other.id, 'ok'],
    ]);
    expect(run.code).toBe(0);

    const after = (await catalog()).find((r) => r.key === row.key)!;
    expect(sameAmount(after.prices![primary.id] ?? null, newPrimary), `${primary.id} now ${after.prices![primary.id]}`).toBe(true);
    expect(sameAmount(after.prices![other.id] ?? null, newOther), `${other.id} now ${after.prices![other.id]}`).toBe(true);
  });
});
