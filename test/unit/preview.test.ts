import { describe, expect, it } from 'vitest';
import { bucketOf, findStale, flaggedParts, histogram, previewRow, summarisePreview, type PreviewInput } from '../../shared/preview';

const input = (over: Partial<PreviewInput> & { key: string }): PreviewInput => ({ sku: `S-${over.key}`, name: 'Thing', oldPrice: '10.00', newPrice: '11.00', currency: 'EUR', vendorIds: {}, cost: null, ...over });

describe('preview rows', () => {
  it('computes the change in amount and percent exactly', () => {
    const row = previewRow(input({ key: 'a', oldPrice: '19.99', newPrice: '21.99' }));
    expect(row.change).toBe('2');
    expect(row.percent).toBe('10.0');
    expect(row.flags).toEqual([]);
  });

  it('flags a change beyond the threshold in either direction, and not at it', () => {
    expect(previewRow(input({ key: 'a', oldPrice: '10', newPrice: '13.01' })).flags).toEqual(['threshold']);
    expect(previewRow(input({ key: 'b', oldPrice: '10', newPrice: '13.00' })).flags).toEqual([]);
    expect(previewRow(input({ key: 'c', oldPrice: '10', newPrice: '6.99' })).flags).toEqual(['threshold']);
    expect(previewRow(input({ key: 'd', oldPrice: '10', newPrice: '14' }), { thresholdPercent: '50' }).flags).toEqual([]);
  });

  it('flags below cost, a new product, a price removal and a stale row', () => {
    expect(previewRow(input({ key: 'a', cost: '11.50' })).flags).toEqual(['below_cost']);
    const fresh = previewRow(input({ key: 'new:b', oldPrice: null }));
    expect(fresh.flags).toEqual(['new_product']);
    expect(fresh.percent).toBeNull();
    // An existing product without a price is not new, but its first price cannot be judged by its change either.
    expect(previewRow(input({ key: 'b', oldPrice: null })).flags).toEqual(['first_price']);
    expect(previewRow(input({ key: 'c', newPrice: null })).flags).toEqual(['price_removal']);
    expect(previewRow(input({ key: 'd' }), { staleKeys: new Set(['d']) }).flags).toEqual(['stale']);
  });
});

describe('preview summary', () => {
  it('totals each currency in decimal and counts flags', () => {
    const summary = summarisePreview([
      input({ key: 'a', oldPrice: '0.10', newPrice: '0.20' }),
      input({ key: 'b', oldPrice: '0.20', newPrice: '0.10' }),
      input({ key: 'c', oldPrice: '100.00', newPrice: '1000.00', currency: 'SEK' }),
      input({ key: 'new:d', oldPrice: null, newPrice: '5.55', currency: 'SEK' }),
    ]);
    expect(summary.totals).toEqual([
      { fieldLabel: null, currency: 'EUR', rows: 2, current: '0.30', next: '0.30', difference: '0.00' },
      { fieldLabel: null, currency: 'SEK', rows: 2, current: '100.00', next: '1005.55', difference: '905.55' },
    ]);
    // 100 -> 1000 is +900 %: a decimal slip, flagged as such rather than as a big change.
    expect(summary.counts).toMatchObject({ total: 4, up: 2, down: 1, newProducts: 1, threshold: 2, decimal_slip: 1, flagged: 4 });
  });

  it('puts a decimal point slipped either way into its own suspicious bucket', () => {
    const buckets = histogram(['900.0', '-90.0', '5.0', '-5.0', '12.0', null]);
    const counted = buckets.filter((b) => b.count > 0).map((b) => [b.label, b.count, b.suspicious]);
    expect(counted).toEqual([
      ['-90 % or less', 1, true],
      ['-10 to 0 %', 1, false],
      ['0 to 10 %', 1, false],
      ['10 to 30 %', 1, false],
      ['900 % or more', 1, true],
    ]);
    expect(buckets[1]).toMatchObject({ label: '-90 to -50 %', suspicious: false, count: 0 });
    // A click on a bar lists the rows of the bucket bucketOf puts them in.
    expect(['-90.0', '-89.9', '0', '30', '899.9', '900'].map(bucketOf)).toEqual([0, 1, 5, 7, 9, 10]);
  });
});

describe('risk first', () => {
  it('gives a decimal slip its own flag and lists slips, then below cost, then big changes, then the rest', () => {
    const summary = summarisePreview([
      input({ key: 'plain', oldPrice: '10', newPrice: '11' }),
      input({ key: 'big', oldPrice: '10', newPrice: '15' }),
      input({ key: 'bigger', oldPrice: '10', newPrice: '18' }),
      input({ key: 'cost', oldPrice: '10', newPrice: '9', cost: '9.50' }),
      input({ key: 'slip', oldPrice: '29.99', newPrice: '1299' }),
      input({ key: 'new:n', oldPrice: null, newPrice: '5' }),
    ]);
    expect(summary.rows.map((r) => r.key)).toEqual(['slip', 'cost', 'bigger', 'big', 'new:n', 'plain']);
    expect(summary.rows[0]!.flags).toEqual(['decimal_slip']);
  });

  it('names what a confirmation confirms', () => {
    const rows = summarisePreview([
      input({ key: 'a', sku: 'A', oldPrice: '10', newPrice: '9', cost: '9.50' }),
      input({ key: 'b', sku: 'B', oldPrice: '10', newPrice: '8', cost: '9.50' }),
      input({ key: 'c', sku: 'C', oldPrice: '29.99', newPrice: '1299' }),
      input({ key: 'd', sku: 'D', oldPrice: '10', newPrice: '20' }),
    ]).rows;
    // The window words these (renderer/features/preview/words.ts, test/unit/preview-words.test.ts).
    expect(flaggedParts(rows)).toEqual([
      { kind: 'slip', up: true, percent: '4231', line: 'C' },
      { kind: 'below_cost', count: 2 },
      { kind: 'threshold', count: 1 },
    ]);
  });

});

describe('stale check', () => {
  it('names rows whose vendor price moved or that the vendor no longer has', () => {
    const remote = new Map<string, string | null>([['a', '10.0'], ['b', '12.00'], ['c', null]]);
    const changes = [{ key: 'a', sku: 'A', oldPrice: '10.00' }, { key: 'b', sku: 'B', oldPrice: '10.00' }, { key: 'c', sku: 'C', oldPrice: null }, { key: 'd', sku: 'D', oldPrice: '1.00' }];
    expect(findStale(changes, remote)).toEqual([
      { key: 'b', sku: 'B', expected: '10.00', remote: '12.00' },
      { key: 'd', sku: 'D', expected: '1.00', remote: undefined },
    ]);
  });
});
