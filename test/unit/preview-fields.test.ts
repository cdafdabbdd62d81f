/**
 * The preview of several price fields: one line per (row, field), grouped by product and
 * sorted by a group's riskiest line, totals and histograms per field, the rules between
 * fields flagged on the line concerned, and the cost each field is held against.
 */
import { describe, expect, it } from 'vitest';
import { flaggedParts, lineName, summarisePreview, type PreviewInput } from '../../shared/preview';
import { previewInputs, type PreviewCatalogRow } from '../../shared/preview-inputs';
import type { PriceField } from '../../shared/price-fields';
import { changeId, type PriceChange } from '../../shared/types';

const field = (id: string, label: string, kind: PriceField['kind'], over: Partial<PriceField> = {}): PriceField => ({
  id, label, kind, currency: 'EUR', vatIncluded: true, decimals: 2, removable: true, primary: false, ...over,
});
// The demo shop's fields (electron/vendors/sandbox/describe.ts).
const fields = [
  field('price', 'Price', 'price', { primary: true }),
  field('price.SEK', 'Price SEK', 'price', { currency: 'SEK' }),
  field('wholesale', 'Wholesale', 'tier'),
  field('recommended', 'Recommended price', 'recommended'),
  field('cost', 'Cost', 'cost', { vatIncluded: false }),
];

const change = (key: string, fieldId: string | undefined, oldPrice: string | null, newPrice: string | null, currency = 'EUR'): PriceChange => ({
  key, sku: `S-${key}`, ...(fieldId === undefined ? {} : { field: fieldId }), oldPrice, newPrice, currency, vendorIds: {},
});
const line = (c: PriceChange, over: Partial<PreviewInput> = {}): PreviewInput => ({ ...c, name: `Thing ${c.key}`, cost: null, ...over });

describe('preview lines grouped by product', () => {
  it('keeps a product\'s lines together, primary first then the connection\'s order, and sorts groups by their riskiest line', () => {
    const summary = summarisePreview(
      [
        line(change('a', 'wholesale', '8.00', '8.40')),
        line(change('b', 'price.SEK', '100.00', '105.00', 'SEK')),
        line(change('a', undefined, '10.00', '10.50')),
        // b's primary price slips a decimal point: b's group goes first, a's after it.
        line(change('b', undefined, '10.00', '100.00')),
        line(change('a', 'price.SEK', '110.00', '115.00', 'SEK')),
      ],
      { fields },
    );
    expect(summary.groups.map((g) => [g.key, g.rows.map((r) => r.fieldLabel)])).toEqual([
      ['b', ['Price', 'Price SEK']],
      ['a', ['Price', 'Price SEK', 'Wholesale']],
    ]);
    expect(summary.rows.map(changeId)).toEqual(['b', 'b\u001fprice.SEK', 'a', 'a\u001fprice.SEK', 'a\u001fwholesale']);
    // Counts are of lines (prices), not products.
    expect(summary.counts).toMatchObject({ total: 5, up: 5, decimal_slip: 1 });
  });

  it('totals per field and currency, the primary first, and a histogram per field', () => {
    const summary = summarisePreview(
      [
        line(change('a', undefined, '10.00', '11.00')),
        line(change('b', undefined, '20.00', '18.00')),
        line(change('a', 'wholesale', '8.00', '8.80')),
        line(change('a', 'price.SEK', '110.00', '121.00', 'SEK')),
      ],
      { fields },
    );
    expect(summary.totals).toEqual([
      { fieldLabel: 'Price', currency: 'EUR', rows: 2, current: '30.00', next: '29.00', difference: '-1.00' },
      { field: 'price.SEK', fieldLabel: 'Price SEK', currency: 'SEK', rows: 1, current: '110.00', next: '121.00', difference: '11.00' },
      { field: 'wholesale', fieldLabel: 'Wholesale', currency: 'EUR', rows: 1, current: '8.00', next: '8.80', difference: '0.80' },
    ]);
    const counted = summary.histograms.map((h) => [h.fieldLabel, h.buckets.filter((b) => b.count).map((b) => `${b.label}:${b.count}`)]);
    expect(counted).toEqual([
      ['Price', ['-10 to 0 %:1', '10 to 30 %:1']],
      ['Price SEK', ['10 to 30 %:1']],
      ['Wholesale', ['10 to 30 %:1']],
    ]);
    expect(summary.histogram.reduce((n, b) => n + b.count, 0)).toBe(4);
  });

  it('names a field in the confirmation and the revert words, counting lines', () => {
    const summary = summarisePreview(
      [
        line(change('a', undefined, '10.00', '100.00')),
        line(change('a', 'wholesale', '8.00', '4.00'), { cost: '5.00' }),
        line(change('b', 'wholesale', '8.00', '4.50'), { cost: '5.00' }),
      ],
      { fields },
    );
    expect(flaggedParts(summary.rows)).toEqual([
      { kind: 'slip', up: true, percent: '900', line: 'S-a' },
      { kind: 'below_cost', count: 2 },
      { kind: 'threshold', count: 2 },
    ]);
    const slip = summarisePreview([line(change('a', 'wholesale', '8.00', '80.00'))], { fields });
    expect(flaggedParts(slip.rows)).toEqual([{ kind: 'slip', up: true, percent: '900', line: 'S-a Wholesale' }]);
    expect(summary.rows.slice(0, 2).map(lineName)).toEqual(['S-a', 'S-a Wholesale']);
  });
});

describe('preview inputs: cost and the rules between fields after the change set', () => {
  const rows = new Map<string, PreviewCatalogRow>([
    ['a', { name: 'Alpha', price: '10.00', cost: '4.00', prices: { price: '10.00', 'price.SEK': '110.00', wholesale: '8.00', recommended: '12.00', cost: '4.00' } }],
    ['b', { name: 'Beta', price: '20.00', cost: '6.00', prices: { price: '20.00', 'price.SEK': '220.00', wholesale: '15.00', recommended: '25.00', cost: '6.00' } }],
  ]);

  it('holds each field to its cost field, a pending cost counting', () => {
    const inputs = previewInputs([change('a', 'wholesale', '8.00', '5.00'), change('a', 'cost', '4.00', '5.50'), change('b', 'price.SEK', '220.00', '230.00', 'SEK')], rows, fields);
    expect(inputs.map((i) => [changeId(i), i.name, i.cost])).toEqual([
      // The wholesale is held to the cost as it will be (5.50), not as it is (4.00).
      ['a\u001fwholesale', 'Alpha', '5.50'],
      // A cost is held to nothing; the SEK price has no cost in SEK.
      ['a\u001fcost', 'Alpha', null],
      ['b\u001fprice.SEK', 'Beta', null],
    ]);
    const summary = summarisePreview(inputs, { fields });
    expect(summary.rows.find((r) => r.field === 'wholesale')!.flags).toContain('below_cost');
  });

  it('flags the wholesale line when the new wholesale is above the price, judged on the prices after the change', () => {
    const inputs = previewInputs([change('a', undefined, '10.00', '10.50'), change('a', 'wholesale', '8.00', '8.80')], rows, fields);
    expect(inputs[0]!.fieldNotes).toBeUndefined();
    expect(inputs[1]!.fieldNotes).toBeUndefined();
    const above = previewInputs([change('a', undefined, '10.00', '9.50'), change('a', 'wholesale', '8.00', '9.60')], rows, fields);
    expect(above[0]!.fieldNotes).toBeUndefined();
    expect(above[1]!.fieldNotes).toEqual(['Wholesale 9.60 is above Price 9.50.']);
    const flags = summarisePreview(above, { fields }).rows.map((r) => [r.fieldLabel, r.flags]);
    expect(flags).toEqual([
      ['Price', []],
      ['Wholesale', ['field_rule']],
    ]);
    // A price in the same set still above the new wholesale: nothing flagged.
    expect(previewInputs([change('a', undefined, '10.00', '9.70'), change('a', 'wholesale', '8.00', '9.60')], rows, fields).map((i) => i.fieldNotes)).toEqual([undefined, undefined]);
  });

  it('flags the price line when only the price changes and drops below the unchanged wholesale or goes above the recommended price', () => {
    const [price] = previewInputs([change('b', undefined, '20.00', '14.00')], rows, fields, (amount) => `€${amount}`);
    expect(price!.fieldNotes).toEqual(['Wholesale €15.00 is above Price €14.00.']);
    const [up] = previewInputs([change('b', undefined, '20.00', '26.00')], rows, fields);
    expect(up!.fieldNotes).toEqual(['Recommended price 25.00 is below Price 26.00.']);
    expect(flaggedParts(summarisePreview([price!, up!], { fields }).rows)).toContainEqual({ kind: 'field_rule', count: 2 });
  });

  it('keeps a change of a row the grid does not hold as it is, with no cost and no notes', () => {
    const [input] = previewInputs([{ ...change('z', 'wholesale', '1.00', '2.00'), name: 'Gone' }], rows, fields);
    expect(input).toEqual({ ...change('z', 'wholesale', '1.00', '2.00'), name: 'Gone', cost: null });
  });

  it('keeps the field of a history row (a retry, a revert) and nothing of its result', () => {
    const row = { ...change('a', 'wholesale', '8.00', '7.50'), name: 'Alpha', status: 'error', message: 'Refused', code: null, requestId: 'r1' };
    const [input] = previewInputs([row], rows, fields);
    expect(input).toEqual({ ...change('a', 'wholesale', '8.00', '7.50'), name: 'Alpha', cost: '4.00' });
    expect(changeId(input!)).toBe('a\u001fwholesale');
  });
});
