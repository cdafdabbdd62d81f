/**
 * A submission that sets and removes xclade prices, run by the real engine against the fake
 * Medusa: every row journalled and answered, one intent per request the fake saw with
 * exactly its rows, and a revert built from the record that puts every price back,
 * removed ones included (and removes the one the submission created).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planRevert, type JournalRow } from '../../../shared/submission';
import { Redactor } from '../../../electron/core/redact';
import { runSubmission } from '../../../electron/core/submission/engine';
import { journalDir, parseJournal } from '../../../electron/core/submission/journal';
import type { VendorClient } from '../../../electron/vendors/types';
import { xcladeAdapter } from '../../../electron/vendors/xclade';
import { clearXcladeTokens } from '../../../electron/vendors/xclade/auth';
import { startXcladeFake, type XcladeFake } from '../../fakes/xclade';
import { memoryLogger } from '../../support/quiet-log';
import { testHost } from '../../support/host';

let fake: XcladeFake;

beforeEach(async () => {
  clearXcladeTokens();
  fake = await startXcladeFake();
});
afterEach(async () => {
  await fake.close();
});

function client(dataDir: string): VendorClient {
  const env = { dataDir, log: memoryLogger(), redactor: new Redactor(), tuning: { backoffMs: 5, timeoutMs: 2000, batchSize: 2 } };
  const settings = { baseUrl: fake.url, priceListId: fake.priceListId, currency: 'EUR', authMode: 'secretKey' };
  return xcladeAdapter.connect({ id: 'x1', settings, secret: { secretKey: 'sk_test_0123456789abcdef' } }, env);
}

const row = (variant: string, oldPrice: string | null, newPrice: string | null): JournalRow => ({
  key: variant,
  sku: variant.replace('variant_', 'SKU-').toUpperCase(),
  name: `Variant ${variant}`,
  oldPrice,
  newPrice,
  currency: 'EUR',
  vendorIds: { variantId: variant },
});

/** The variants each batch request carried, by the ids in its body. */
function requestedVariants(server: XcladeFake, priceVariant: Map<string, string>): string[][] {
  return server.requests
    .filter((r) => r.method === 'POST' && r.path.endsWith('/prices/batch'))
    .map((r) => {
      const body = r.body as { create?: { variant_id: string }[]; update?: { variant_id: string }[]; delete?: string[] };
      return [...(body.create ?? []).map((c) => c.variant_id), ...(body.update ?? []).map((u) => u.variant_id), ...(body.delete ?? []).map((id) => priceVariant.get(id)!)].sort();
    });
}

describe('an xclade submission that removes prices', () => {
  it('journals every request, answers every row, and its revert puts the removed prices back', async () => {
    const host = await testHost();
    const priceVariant = new Map([...fake.prices, ...fake.otherPrices].map((p) => [p.id, p.variant_id]));
    const rows = [
      row('variant_001_b', '21.00', '30.00'),
      row('variant_005_a', null, '7.00'),
      row('variant_002_b', '22.00', '25.00'),
      row('variant_001_a', '11.50', null),
      row('variant_002_a', '12.50', null),
      row('variant_003_a', '13.50', null),
    ];
    const run = (input: JournalRow[], revertOf: string | null = null) =>
      runSubmission({
        dataDir: host.dataDir, log: host.log, redactor: host.redactor, client: client(host.dataDir), connection: { id: 'x1', label: 'xclade shop', vendor: 'xclade' },
        rows: input, source: 'app', revertOf, signal: new AbortController().signal, onProgress: () => undefined, onResults: () => undefined,
      });

    const sent = await run(rows);
    expect(sent.failure).toBeNull();
    expect(sent.record.rows.map((r) => [r.key, r.status])).toEqual(rows.map((r) => [r.key, 'ok']));
    expect(sent.record).toMatchObject({ state: 'finished', total: 6, counts: { ok: 6, error: 0, unknown: 0, skipped: 0 } });
    expect([fake.priceOf('variant_001_b'), fake.priceOf('variant_005_a'), fake.priceOf('variant_002_b')]).toEqual([30, 7, 25]);
    expect(['variant_001_a', 'variant_002_a', 'variant_003_a'].map((v) => fake.priceOf(v))).toEqual([undefined, undefined, undefined]);
    expect(fake.otherPrices.map((p) => p.id)).toEqual(['price_sale_1', 'price_sale_2']);

    // Batches of two: updates first (2 requests), then removals (2 requests), each announced with its rows.
    const entries = parseJournal(await readFile(join(journalDir(host.dataDir), `${sent.id}.jsonl`), 'utf8')).entries;
    const intents = entries.flatMap((e) => (e.t === 'intent' ? [[...e.keys].sort()] : []));
    expect(intents).toEqual(requestedVariants(fake, priceVariant));
    expect(intents).toEqual([['variant_001_b', 'variant_005_a'], ['variant_002_b'], ['variant_001_a', 'variant_002_a'], ['variant_003_a']]);

    // The revert as history builds it: the vendor's prices now decide, xclade can remove.
    const now = await client(host.dataDir).readPrices!(sent.record.rows, { signal: new AbortController().signal, onProgress: () => undefined });
    const plan = planRevert(sent.record, now);
    expect(plan.flagged).toEqual([]);
    expect(plan.changes.map((c) => [c.key, c.oldPrice, c.newPrice])).toEqual([
      ['variant_001_b', '30.00', '21.00'],
      ['variant_005_a', '7.00', null],
      ['variant_002_b', '25.00', '22.00'],
      ['variant_001_a', null, '11.50'],
      ['variant_002_a', null, '12.50'],
      ['variant_003_a', null, '13.50'],
    ]);

    const reverted = await run(plan.changes, sent.id);
    expect(reverted.record.rows.map((r) => r.status)).toEqual(Array(6).fill('ok'));
    expect(reverted.record.revertOf).toBe(sent.id);
    expect(['variant_001_b', 'variant_005_a', 'variant_002_b', 'variant_001_a', 'variant_002_a', 'variant_003_a'].map((v) => fake.priceOf(v))).toEqual([21, undefined, 22, 11.5, 12.5, 13.5]);
    // The created price was removed by the id xclade gave it; the sale list never changed.
    expect(fake.deletedPrices.filter((p) => p.variant_id === 'variant_005_a')).toHaveLength(1);
    expect(fake.otherPrices.map((p) => [p.id, p.amount])).toEqual([
      ['price_sale_1', 8],
      ['price_sale_2', 9],
    ]);
  });
});
