/**
 * `pricedesk` as a scheduled job would run it against a real Medusa: catalog, submit, and
 * the same file sent twice. After each step the price list is read back through Medusa.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasStack, runCli } from '../integration/cli/run-cli';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './backend';
import { medusaTestbed, PRICED, startAmount } from './testbed';

const t = medusaTestbed();
let dir = '';
let conn = '';
const secret = { PRICEDESK_SECRET: JSON.stringify({ password: ADMIN_PASSWORD }) };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pricedesk-medusa-cli-'));
  conn = join(dir, 'shop.json');
  writeFileSync(conn, JSON.stringify({ vendor: 'xclade', label: 'Real Medusa', baseUrl: t.shop.url, priceListId: t.state.listId, currency: 'EUR', authMode: 'emailpass', email: ADMIN_EMAIL, dataDir: dir }));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('pricedesk against a real Medusa', () => {
  it('prints the catalog with every list price', async () => {
    const out = join(dir, 'catalog.json');
    const run = await runCli(['catalog', '--connection', conn, '--out', out], secret);
    expect(run.code, run.stderr).toBe(0);
    const rows = JSON.parse(readFileSync(out, 'utf8')) as { sku: string; price: string | null }[];
    expect(rows).toHaveLength(t.shop.variants.length);
    for (const [i, v] of t.shop.variants.entries()) expect(rows.find((r) => r.sku === v.sku)?.price, v.sku).toBe(i < PRICED ? startAmount(i).toFixed(2) : null);
  });

  it('submits updates and new prices, and the same file again changes nothing', async () => {
    const changes = join(dir, 'changes.csv');
    writeFileSync(changes, `SKU,New price\n${t.variant(0).sku},"19,95"\n${t.variant(1).sku},22.40\n${t.variant(9).sku},5\n`);
    const first = await runCli(['submit', '--connection', conn, '--changes', changes, '--yes', '--json'], secret);
    expect(first.code, first.stderr).toBe(0);
    expect((JSON.parse(first.stdout) as { results: { sku: string; status: string; oldPrice: string | null }[] }).results).toEqual([
      expect.objectContaining({ sku: t.variant(0).sku, status: 'ok', oldPrice: '10.50' }),
      expect.objectContaining({ sku: t.variant(1).sku, status: 'ok', oldPrice: '11.50' }),
      expect.objectContaining({ sku: t.variant(9).sku, status: 'ok', oldPrice: null }),
    ]);
    await t.expectList(t.startingList({ 0: 19.95, 1: 22.4, 9: 5 }));

    const second = await runCli(['submit', '--connection', conn, '--changes', changes, '--yes', '--json'], secret);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('0 to send');
    await t.expectList(t.startingList({ 0: 19.95, 1: 22.4, 9: 5 }));
  });

  it('exits 2 in plain words on a wrong password, without a stack or the password', async () => {
    const run = await runCli(['catalog', '--connection', conn], { PRICEDESK_SECRET: 'wrong-password-here' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('xclade did not accept the admin email or password');
    expect(hasStack(run.stderr) || run.stderr.includes('wrong-password-here')).toBe(false);
  });
});
