import { describe, expect, it } from 'vitest';
import { durationWords, effectiveBatchSize, estimateChanges, estimateSubmission, planRequests, productCounts } from '../../shared/estimate';
import type { VendorCapabilities } from '../../shared/types';

const caps = (over: Partial<VendorCapabilities>): VendorCapabilities => ({ readsCatalog: true, createsProducts: false, deletesPrices: false, batchSize: 1, rateLimit: null, writesWith: 'id', maxDecimals: 2, ...over });

describe('submission estimate', () => {
  it('says how long a one-row-per-request vendor takes at its documented pace', () => {
    const e = estimateSubmission(1200, 'Cliniko', caps({ batchSize: 1, rateLimit: { requests: 200, perSeconds: 60 } }));
    expect(e.requests).toBe(1200);
    expect(e.floorSeconds).toBe(300);
    expect(e.words).toBe('1200 updates, about 6 minutes: Cliniko accepts 200 updates a minute.');
  });

  it('counts batched requests and uses the connection’s own batch size', () => {
    const c = caps({ batchSize: 100, rateLimit: { requests: 3, perSeconds: 1 } });
    expect(estimateSubmission(1000, 'Cin7 Omni', c).words).toBe('10 requests of up to 100 products, a few seconds: Cin7 Omni accepts 3 requests a second.');
    expect(effectiveBatchSize(c, { batchSize: '250' })).toBe(250);
    expect(estimateSubmission(1000, 'Cin7 Omni', c, { batchSize: '250' }).requests).toBe(4);
  });

  it('does not invent a duration where the vendor documents no limit', () => {
    const e = estimateSubmission(450, 'Geins', caps({ batchSize: 200 }));
    expect(e).toMatchObject({ requests: 3, floorSeconds: null, words: '3 requests of up to 200 products; Geins documents no rate limit, so the time depends on how fast it answers.' });
  });

  it('words durations for people', () => {
    expect(durationWords(2)).toBe('a few seconds');
    expect(durationWords(42)).toBe('about 40 seconds');
    expect(durationWords(3600 * 2.5)).toBe('about 2.5 hours');
  });

  it('plans the dry run’s requests in order', () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ key: `k${i}`, sku: `S${i}`, newPrice: '1.00' }));
    expect(planRequests(rows, 2)).toEqual([
      { index: 1, keys: ['k0', 'k1'], skus: ['S0', 'S1'], prices: 2, removes: false },
      { index: 2, keys: ['k2', 'k3'], skus: ['S2', 'S3'], prices: 2, removes: false },
      { index: 3, keys: ['k4'], skus: ['S4'], prices: 1, removes: false },
    ]);
  });

  it('sends price removals after the new prices, in requests of their own, and only where the connector can', () => {
    const rows = [
      { key: 'a', sku: 'A', newPrice: null },
      { key: 'b', sku: 'B', newPrice: '2.00' },
      { key: 'c', sku: 'C', newPrice: null },
      { key: 'd', sku: 'D', newPrice: '3.00' },
      { key: 'e', sku: 'E', newPrice: '4.00' },
    ];
    expect(planRequests(rows, 2, true).map((r) => [r.skus, r.removes])).toEqual([
      [['B', 'D'], false],
      [['E'], false],
      [['A', 'C'], true],
    ]);
    expect(planRequests(rows, 2, false).map((r) => r.skus)).toEqual([['B', 'D'], ['E']]);
    expect(estimateSubmission(3, 'Demo', caps({ batchSize: 2 }), {}, 2).requests).toBe(3);
  });

  it('counts requests in products, not fields: three fields of one product travel in one request', () => {
    const fields = [undefined, 'wholesale', 'price.SEK'];
    const changes: { key: string; sku: string; field?: string; newPrice: string | null }[] = Array.from({ length: 5 }, (_, i) => fields.map((field) => ({ key: `k${i}`, sku: `S${i}`, field, newPrice: '1.00' }))).flat();
    changes.push({ key: 'k9', sku: 'S9', field: 'wholesale', newPrice: null }, { key: 'k9', sku: 'S9', field: undefined, newPrice: null });
    expect(productCounts(changes)).toEqual({ updates: 5, removals: 1 });
    const { updates, removals } = productCounts(changes);
    expect(estimateSubmission(updates, 'Demo', caps({ batchSize: 2 }), {}, removals).requests).toBe(4);
    // The preview's and the CLI's estimate of the changes themselves: products, removals only where the connector makes them.
    expect(estimateChanges(changes, 'Demo', caps({ batchSize: 1 }), {}, true).words).toMatch(/^6 updates/);
    expect(estimateChanges(changes, 'Demo', caps({ batchSize: 1 })).words).toMatch(/^5 updates/);
    expect(planRequests(changes, 2, true).map((r) => [r.skus, r.prices, r.removes])).toEqual([
      [['S0', 'S1'], 6, false],
      [['S2', 'S3'], 6, false],
      [['S4'], 3, false],
      [['S9'], 2, true],
    ]);
  });
});
