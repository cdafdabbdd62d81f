/**
 * The journal's promise with several price fields per product: a CLI submission of three
 * fields on each of 150 demo products (three requests of 50 products) is killed with
 * SIGKILL while its second request is in flight, then `pricedesk history` and `pricedesk
 * verify` recover it. Every (row, field) is accounted for: at the vendor exactly when the
 * journal says it went (ok, or unknown until verified), never when the journal says it was
 * not sent, and no (row, field) in two intents. The demo shop keeps no request log, so
 * "sent twice" is proved from the journal's intents and the catalog file.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalEntry, SubmissionRecord } from '../../../shared/submission';
import { changeId, type CatalogRow } from '../../../shared/types';
import { runCli, sandboxCli } from '../cli/run-cli';

const PRODUCTS = 150;
const FIELDS = ['price', 'wholesale', 'price.SEK'] as const;

let dir: string;
let conn: string;
let catalog: CatalogRow[];

beforeAll(async () => {
  // Each simulated request takes 400 ms: time enough to kill one in flight.
  ({ dir, conn, catalog } = await sandboxCli('pricedesk-kill-fields-', { latencyMs: 400, requestsPerSecond: 50 }));
  // Five catalog pages at 400 ms each, plus a CLI start: slow on a busy machine.
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const journalEntries = (): JournalEntry[] => {
  const submissions = join(dir, 'submissions');
  const name = existsSync(submissions) ? readdirSync(submissions).find((n) => n.endsWith('.jsonl')) : undefined;
  if (!name) return [];
  return readFileSync(join(submissions, name), 'utf8').split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line) as JournalEntry];
    } catch {
      return [];
    }
  });
};
type DemoProduct = { id: string; price: string | null; more?: Record<string, string | null> };
const vendorPrice = (products: Map<string, DemoProduct>, key: string, field: string | undefined) => {
  const p = products.get(key)!;
  return field === undefined ? p.price : (p.more?.[field] ?? null);
};
const vendorNow = () => new Map((JSON.parse(readFileSync(join(dir, 'sandbox', 'catalog.json'), 'utf8')) as { products: DemoProduct[] }).products.map((p) => [p.id, p]));

describe('a CLI submission of several fields per product killed with SIGKILL', () => {
  it('is recovered from its journal: no (row, field) lost, none journalled or sent twice', async () => {
    const rows = catalog.filter((r) => r.price !== null && r.prices?.wholesale && r.prices['price.SEK']).slice(0, PRODUCTS);
    expect(rows).toHaveLength(PRODUCTS);
    const wanted = (r: CatalogRow, f: (typeof FIELDS)[number]) => (Number(f === 'price' ? r.price : r.prices![f]) + 1).toFixed(2);
    const changes = join(dir, 'three-fields.csv');
    writeFileSync(changes, ['SKU,New price,Wholesale,Price SEK', ...rows.map((r) => [r.sku, ...FIELDS.map((f) => wanted(r, f))].join(','))].join('\n'));

    const child = spawn(process.execPath, ['--import', 'tsx', resolve('electron/cli/index.ts'), 'submit', '--connection', conn, '--changes', changes, '--yes'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end();
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    // Kill once the second request's intent is on disk: the first answered, the second in flight.
    const deadline = Date.now() + 60_000;
    while (journalEntries().filter((e) => e.t === 'intent').length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const entries = journalEntries();
    const intents = entries.flatMap((e) => (e.t === 'intent' ? e.keys : []));
    expect(entries.filter((e) => e.t === 'intent').length).toBeGreaterThanOrEqual(2);
    // No (row, field) in two intents; each intent carries whole products, all three fields of each.
    expect(new Set(intents).size).toBe(intents.length);
    expect(intents.length % FIELDS.length).toBe(0);

    const history = async () => (JSON.parse((await runCli(['history', '--data-dir', dir, '--json'])).stdout) as { submissions: SubmissionRecord[] }).submissions[0]!;
    const record = await history();
    expect(record.state).toBe('interrupted');
    expect(record.rows).toHaveLength(PRODUCTS * FIELDS.length);
    const vendor = vendorNow();
    const journalled = new Set(intents);
    for (const row of record.rows) {
      const atVendor = vendorPrice(vendor, row.key, row.field) === row.newPrice;
      // Never sent per the journal: not at the vendor. At the vendor: the journal has its intent, and says ok or unknown.
      if (row.status === 'skipped') expect(atVendor).toBe(false);
      if (atVendor) expect(journalled.has(changeId(row))).toBe(true);
      if (atVendor) expect(['ok', 'unknown']).toContain(row.status);
    }
    expect(record.rows.filter((r) => r.status === 'skipped').length).toBeGreaterThan(0);
    expect(record.rows.filter((r) => r.status === 'ok').length).toBeGreaterThan(0);

    const verify = await runCli(['verify', record.id, '--connection', conn]);
    expect(verify.stderr).toContain('rows verified');
    const after = await history();
    expect(after.counts.unknown).toBe(0);
    const now = vendorNow();
    for (const row of after.rows) {
      // Verified per field: ok exactly where the vendor has the new price of that field.
      expect(row.status === 'ok').toBe(vendorPrice(now, row.key, row.field) === row.newPrice);
    }
    // Verification only read: the vendor's catalog is what it was after the kill.
    expect(now).toEqual(vendor);
    // Four CLI runs (submit, history twice, verify) and a sandbox at 400 ms a request.
  }, 180_000);
});
