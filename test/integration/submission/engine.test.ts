/**
 * The submission engine against the fake Cliniko (one request per row, four in parallel):
 * results mapped to rows, the journal's intents matching the vendor's request log, and a
 * cancel that stops before the next request.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findStale } from '../../../shared/preview';
import type { JournalRow } from '../../../shared/submission';
import type { RowResult } from '../../../shared/types';
import { Redactor } from '../../../electron/core/redact';
import { REMOVAL_UNSUPPORTED, runSubmission } from '../../../electron/core/submission/engine';
import { journalDir, parseJournal } from '../../../electron/core/submission/journal';
import { clinikoAdapter } from '../../../electron/vendors/cliniko';
import type { VendorClient } from '../../../electron/vendors/types';
import { clinikoProducts, startClinikoFake, type ClinikoFake } from '../../fakes/cliniko';
import { memoryLogger } from '../../support/quiet-log';
import { testHost } from '../../support/host';

const KEY = 'MS0xLWFiY2RlZmdoaWprbG1ub3A-au1';
let fake: ClinikoFake;

beforeEach(async () => {
  fake = await startClinikoFake({ apiKey: KEY, products: clinikoProducts(30), latencyMs: 30 });
});
afterEach(async () => {
  await fake.close();
});

function client(dataDir: string): VendorClient {
  const env = { dataDir, log: memoryLogger(), redactor: new Redactor(), tuning: { backoffMs: 5, timeoutMs: 2000, maxAttempts: 1 } };
  return clinikoAdapter.connect({ id: 'c1', settings: { baseUrl: fake.baseUrl, contactEmail: 'it@clinic.example' }, secret: { apiKey: KEY } }, env);
}

const row = (id: string, newPrice: string, oldPrice: string | null = '20.50'): JournalRow => ({ key: id, sku: `P-${id}`, name: `Product ${id}`, oldPrice, newPrice, currency: 'AUD', vendorIds: { productId: id } });
const patched = () => fake.requests.filter((r) => r.method === 'PATCH').map((r) => r.path.split('/').pop()!);

async function journalOf(dataDir: string, id: string) {
  return parseJournal(await readFile(join(journalDir(dataDir), `${id}.jsonl`), 'utf8')).entries;
}

describe('the submission engine', () => {
  it('maps partial failures to their rows and journals one intent per request the vendor saw', async () => {
    const host = await testHost();
    const streamed: RowResult[] = [];
    const rows = [row('1001', '30.00'), row('1002', '-1.00'), row('9999', '12.00'), row('1003', '31.00')];
    const outcome = await runSubmission({
      dataDir: host.dataDir, log: host.log, redactor: host.redactor, client: client(host.dataDir), connection: { id: 'c1', label: 'Clinic', vendor: 'cliniko' },
      rows, source: 'app', signal: new AbortController().signal, onProgress: () => undefined, onResults: (r) => streamed.push(...r),
    });
    expect(outcome.failure).toBeNull();
    expect(outcome.results.map((r) => [r.key, r.status])).toEqual([['1001', 'ok'], ['1002', 'error'], ['9999', 'error'], ['1003', 'ok']]);
    expect(outcome.results[2]!.message).toMatch(/no such product/);
    expect(streamed).toHaveLength(4);
    expect(fake.products.get('1001')!.price_including_tax).toBe('30.00');
    expect(fake.products.get('1003')!.price_including_tax).toBe('31.00');

    const entries = await journalOf(host.dataDir, outcome.id);
    const intents = entries.filter((e) => e.t === 'intent').flatMap((e) => (e.t === 'intent' ? e.keys : []));
    expect(intents.sort()).toEqual(patched().sort());
    expect(entries[0]!.t).toBe('start');
    expect(entries.at(-1)!.t).toBe('end');
    expect(outcome.record).toMatchObject({ state: 'finished', total: 4, counts: { ok: 2, error: 2, unknown: 0, skipped: 0 }, connectionLabel: 'Clinic' });
    expect(outcome.record.rows[0]).toMatchObject({ name: 'Product 1001', oldPrice: '20.50', newPrice: '30.00', status: 'ok' });
  });

  it('refuses price removals for a connector that cannot remove prices, and sends the rest', async () => {
    const host = await testHost();
    const progress: { done: number; total: number }[] = [];
    const rows = [{ ...row('1001', '30.00'), newPrice: null }, row('1002', '31.00'), { ...row('1003', '32.00'), newPrice: null }];
    const outcome = await runSubmission({
      dataDir: host.dataDir, log: host.log, redactor: host.redactor, client: client(host.dataDir), connection: { id: 'c1', label: 'Clinic', vendor: 'cliniko' },
      rows, source: 'app', signal: new AbortController().signal, onProgress: (p) => progress.push(p), onResults: () => undefined,
    });
    expect(outcome.results.map((r) => [r.key, r.status, r.code])).toEqual([['1001', 'error', 'removal_unsupported'], ['1002', 'ok', null], ['1003', 'error', 'removal_unsupported']]);
    expect(outcome.results[0]!.message).toBe(REMOVAL_UNSUPPORTED);
    // Nothing was asked of Cliniko for the removals, and the journal says they were never sent.
    expect(patched()).toEqual(['1002']);
    expect(fake.products.get('1001')!.price_including_tax).toBe('20.50');
    expect(outcome.record.rows.map((r) => r.requestId !== null)).toEqual([false, true, false]);
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3 });
  });

  it('refuses zero and negative prices before any request is built, and sends the rest', async () => {
    const host = await testHost();
    const rows = [row('1001', '0'), row('1002', '31.00'), row('1003', '-5'), row('1004', '0.00'), { ...row('1005', '12.00'), newPrice: '12 50' }];
    const outcome = await runSubmission({
      dataDir: host.dataDir, log: host.log, redactor: host.redactor, client: client(host.dataDir), connection: { id: 'c1', label: 'Clinic', vendor: 'cliniko' },
      rows, source: 'app', signal: new AbortController().signal, onProgress: () => undefined, onResults: () => undefined,
    });
    expect(outcome.results.map((r) => [r.key, r.status, r.code])).toEqual([
      ['1001', 'error', 'price_not_positive'], ['1002', 'ok', null], ['1003', 'error', 'price_not_positive'], ['1004', 'error', 'price_not_positive'], ['1005', 'error', 'price_not_positive'],
    ]);
    expect(outcome.results.map((r) => r.message)).toEqual([
      'Not sent. The new price 0 is zero; prices must be above zero.', null, 'Not sent. The new price -5 is negative; prices must be above zero.',
      'Not sent. The new price 0.00 is zero; prices must be above zero.', 'Not sent. The new price "12 50" is not a number.',
    ]);
    // Only the positive price reached Cliniko; the journal says the others were never sent.
    expect(patched()).toEqual(['1002']);
    expect(outcome.record.rows.map((r) => r.requestId !== null)).toEqual([false, true, false, false, false]);
    expect(outcome.record.counts).toMatchObject({ ok: 1, error: 4, unknown: 0 });
  });

  it('cancels between requests: rows not sent come back skipped and never reach the vendor', async () => {
    const host = await testHost();
    const controller = new AbortController();
    const rows = Array.from({ length: 30 }, (_, i) => row(String(1001 + i), `${50 + i}.00`));
    let settled = 0;
    const outcome = await runSubmission({
      dataDir: host.dataDir, log: host.log, redactor: host.redactor, client: client(host.dataDir), connection: { id: 'c1', label: 'Clinic', vendor: 'cliniko' },
      rows, source: 'app', signal: controller.signal, onProgress: () => undefined,
      onResults: (r) => {
        settled += r.length;
        if (settled >= 6) controller.abort(new Error('Cancelled by the user.'));
      },
    });
    const sent = new Set(patched());
    const skipped = outcome.results.filter((r) => r.status === 'skipped');
    expect(skipped.length).toBeGreaterThan(10);
    expect(sent.size).toBeLessThan(30);
    for (const r of skipped) expect(sent.has(r.key)).toBe(false);
    // Requests in flight when Cancel came finished and were recorded.
    for (const key of sent) expect(outcome.results.find((r) => r.key === key)!.status).toBe('ok');
    expect(outcome.record.state).toBe('finished');
  });

  it('flags rows whose price changed at the vendor since the edit started (stale check)', async () => {
    const host = await testHost();
    fake.products.get('1002')!.price_including_tax = '99.00';
    const c = client(host.dataDir);
    const rows = [row('1001', '30.00', '20.50'), row('1002', '30.00', '21.50'), row('1003', '30.00', '22.50'), row('4242', '30.00', '1.00')];
    const remote = await c.readPrices!(rows, { signal: new AbortController().signal, onProgress: () => undefined });
    expect(findStale(rows, remote)).toEqual([
      { key: '1002', sku: 'P-1002', expected: '21.50', remote: '99.00' },
      { key: '4242', sku: 'P-4242', expected: '1.00', remote: undefined },
    ]);
    expect(patched()).toEqual([]);
  });
});

describe('the journal around each request', () => {
  it('has the intent on disk before the connector sends, and sends nothing when it cannot write one', async () => {
    const host = await testHost();
    const seenOnDisk: string[][] = [];
    let sent = 0;
    // A connector stand-in that looks at the journal at the moment it would send.
    const probe: VendorClient = {
      testConnection: async () => ({ ok: true, message: '', fields: [] }),
      loadCatalog: async () => [],
      async submit(changes, { beforeRequest, onResults }) {
        const results: RowResult[] = [];
        for (const batch of [changes.slice(0, 2), changes.slice(2)]) {
          await beforeRequest?.(batch);
          const files = await readdir(journalDir(host.dataDir));
          const entries = parseJournal(await readFile(join(journalDir(host.dataDir), files[0]!), 'utf8')).entries;
          seenOnDisk.push(entries.flatMap((e) => (e.t === 'intent' ? e.keys : [])));
          sent++;
          const answered = batch.map((c) => ({ key: c.key, sku: c.sku, status: 'ok' as const, message: null, code: null }));
          results.push(...answered);
          onResults(answered);
        }
        return results;
      },
    };
    const rows = [row('1', '1.00'), row('2', '2.00'), row('3', '3.00')];
    const base = { log: host.log, redactor: host.redactor, client: probe, connection: { id: 'p', label: 'Probe', vendor: 'sandbox' }, rows, source: 'app' as const, signal: new AbortController().signal, onProgress: () => undefined, onResults: () => undefined };
    const outcome = await runSubmission({ ...base, dataDir: host.dataDir });
    expect(seenOnDisk).toEqual([['1', '2'], ['1', '2', '3']]);
    expect(outcome.record.rows.map((r) => r.requestId)).toEqual([`${outcome.id}/1`, `${outcome.id}/1`, `${outcome.id}/2`]);

    // A data directory that cannot hold a journal: nothing is sent, and the message says why.
    const blocked = join(host.dataDir, 'not-a-dir');
    await writeFile(blocked, 'x');
    sent = 0;
    await expect(runSubmission({ ...base, dataDir: blocked })).rejects.toThrow(/Nothing was sent: PriceDesk could not write its submission journal/);
    expect(sent).toBe(0);
  });
});
