import { describe, expect, it } from 'vitest';
import type { PriceChange } from '../../shared/types';
import type { MedusaPrice } from '../../electron/vendors/xclade/map';
import { NOTHING_TO_REMOVE, planChange, splitIntoBatches, type PlannedRow } from '../../electron/vendors/xclade/requests';

const listed = new Map<string, MedusaPrice[]>([
  ['variant_a', [{ id: 'price_a', currency_code: 'eur', amount: 10, variant_id: 'variant_a' }]],
  ['variant_b', [{ id: 'price_b', currency_code: 'eur', amount: 20, variant_id: 'variant_b' }]],
  [
    'variant_d',
    [
      { id: 'price_d1', currency_code: 'eur', amount: 8.5, variant_id: 'variant_d' },
      { id: 'price_d2', currency_code: 'eur', amount: 7, variant_id: 'variant_d' },
    ],
  ],
]);
const change = (variant: string, newPrice: string | null, extra: Partial<PriceChange> = {}): PriceChange => ({ key: variant, sku: variant.toUpperCase(), oldPrice: null, newPrice, currency: 'EUR', vendorIds: { variantId: variant }, ...extra });
const plan = (c: PriceChange) => planChange(c, 'eur', listed);
const rowOf = (c: PriceChange): PlannedRow => {
  const planned = plan(c);
  if (!('row' in planned)) throw new Error('expected a row to send');
  return planned.row;
};

describe('xclade request planning', () => {
  it('plans a removal as a delete of the price id read from the list, never one from vendorIds', () => {
    expect(rowOf(change('variant_a', null, { vendorIds: { variantId: 'variant_a', priceId: 'price_elsewhere' } }))).toMatchObject({ variantId: 'variant_a', delete: ['price_a'], amount: null });
    expect(rowOf(change('variant_a', null)).create).toBeUndefined();
    expect(rowOf(change('variant_a', null)).update).toBeUndefined();
  });

  it('updates a price the list has instead of creating a second one', () => {
    expect(rowOf(change('variant_a', '12'))).toMatchObject({ update: { id: 'price_a', variant_id: 'variant_a', amount: 12 }, before: { id: 'price_a' } });
    expect(rowOf(change('variant_a', '12')).create).toBeUndefined();
    expect(rowOf(change('variant_c', '12'))).toMatchObject({ create: { variant_id: 'variant_c', amount: 12 }, before: null });
  });

  it('refuses to change a variant with two prices in the list, naming both, and removes both on a removal', () => {
    const refused = plan(change('variant_d', '9'));
    expect(refused).toMatchObject({ result: { status: 'error', code: 'duplicate_price' } });
    expect('result' in refused && refused.result.message).toContain('2 EUR prices for this product (8.50 and 7.00)');
    expect(rowOf(change('variant_d', null)).delete).toEqual(['price_d1', 'price_d2']);
  });

  it('settles a removal locally when the list has no price, and refuses another currency first', () => {
    expect(plan(change('variant_z', null))).toEqual({ result: { key: 'variant_z', sku: 'VARIANT_Z', status: 'ok', code: null, message: NOTHING_TO_REMOVE, said: { id: 'vendor.xclade.nothingToRemove' } } });
    expect(plan(change('variant_a', null, { currency: 'USD' }))).toMatchObject({
      result: { status: 'error', code: 'currency_mismatch', said: { id: 'vendor.xclade.currencyMismatch', params: { currency: 'EUR', changeCurrency: 'USD' } } },
    });
  });

  it('builds bodies with only the keys used, and counts deletes in the body size', () => {
    const rows = [rowOf(change('variant_a', null)), rowOf(change('variant_b', '21.5')), rowOf(change('variant_c', '3'))];
    expect(splitIntoBatches(rows, 10, 10_000).map((b) => b.body)).toEqual([
      {
        create: [{ currency_code: 'eur', amount: 3, variant_id: 'variant_c' }],
        update: [{ id: 'price_b', variant_id: 'variant_b', currency_code: 'eur', amount: 21.5 }],
        delete: ['price_a'],
      },
    ]);
    const deletes = Array.from({ length: 40 }, (_, i) => ({ ...rowOf(change('variant_a', null)), delete: [`price_${String(i).padStart(4, '0')}`] }));
    for (const limit of [60, 100, 250]) {
      const batches = splitIntoBatches(deletes, 1000, limit);
      expect(batches.length).toBeGreaterThan(1);
      for (const batch of batches) expect(Buffer.byteLength(JSON.stringify(batch.body))).toBeLessThanOrEqual(limit);
      expect(batches.flatMap((b) => b.body.delete ?? [])).toEqual(deletes.flatMap((d) => d.delete));
    }
  });
});
