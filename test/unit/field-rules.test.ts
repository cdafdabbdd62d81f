import { describe, expect, it } from 'vitest';
import { fieldWarnings } from '../../shared/field-rules';
import type { PriceField } from '../../shared/price-fields';

const field = (id: string, label: string, kind: PriceField['kind'], over: Partial<PriceField> = {}): PriceField => ({
  id, label, kind, currency: 'NZD', vatIncluded: false, decimals: 2, removable: false, primary: false, ...over,
});
const fields = [
  field('retailNZD', 'Retail NZD', 'price', { primary: true }),
  field('wholesalNZD', 'Wholesale NZD', 'tier'),
  field('special', 'Special price', 'sale'),
  field('rrp', 'Recommended price', 'recommended'),
  field('costNZD', 'Cost NZD', 'cost'),
];

describe('cross-field rules', () => {
  it('finds nothing wrong in a sound row', () => {
    expect(fieldWarnings(fields, { retailNZD: '20.00', wholesalNZD: '15.00', special: '18', rrp: '22.00', costNZD: '10.00' })).toEqual([]);
  });

  it('names both fields of each rule broken', () => {
    expect(fieldWarnings(fields, { retailNZD: '9.50', wholesalNZD: '12', special: '11.00', rrp: '8.00', costNZD: '10.00' })).toMatchObject([
      // The labels and amounts apart, for the window to word in the person's language.
      { rule: 'below_cost', field: 'retailNZD', against: 'costNZD', message: 'Retail NZD 9.50 is below Cost NZD 10.00.', params: { field: 'Retail NZD', amount: '9.50', against: 'Cost NZD', againstAmount: '10.00' } },
      { rule: 'tier_above_price', field: 'wholesalNZD', against: 'retailNZD', message: 'Wholesale NZD 12.00 is above Retail NZD 9.50.' },
      { rule: 'sale_above_price', field: 'special', against: 'retailNZD', message: 'Special price 11.00 is above Retail NZD 9.50.' },
      { rule: 'recommended_below_price', field: 'rrp', against: 'retailNZD', message: 'Recommended price 8.00 is below Retail NZD 9.50.' },
    ]);
  });

  it('flags a tier and a sale price below cost too', () => {
    const rules = fieldWarnings(fields, { retailNZD: '20', wholesalNZD: '9.99', special: '9', costNZD: '10' }).map((w) => `${w.rule}:${w.field}`);
    expect(rules).toEqual(['below_cost:wholesalNZD', 'below_cost:special']);
  });

  it('compares decimals exactly, equal amounts break nothing', () => {
    expect(fieldWarnings(fields, { retailNZD: '10.10', wholesalNZD: '10.1', costNZD: '10.10', rrp: '10.100' })).toEqual([]);
    expect(fieldWarnings(fields, { retailNZD: '0.3', wholesalNZD: '0.30000000001' }).map((w) => w.rule)).toEqual(['tier_above_price']);
  });

  it('skips fields without an amount or with an unreadable one', () => {
    expect(fieldWarnings(fields, { retailNZD: null, wholesalNZD: '12', costNZD: '10', rrp: 'abc' })).toEqual([]);
    expect(fieldWarnings(fields, {})).toEqual([]);
  });

  it('compares only within one currency and one VAT basis (cost: one currency)', () => {
    const mixed = [
      field('price.EUR', 'Price EUR', 'price', { currency: 'EUR', primary: true }),
      field('price.SEK', 'Price SEK', 'price', { currency: 'SEK' }),
      field('wholesale', 'Wholesale EUR', 'tier', { currency: 'EUR', vatIncluded: true }),
      field('cost', 'Cost SEK', 'cost', { currency: 'SEK' }),
    ];
    expect(fieldWarnings(mixed, { 'price.EUR': '10', 'price.SEK': '110', wholesale: '12', cost: '50' })).toEqual([]);
    expect(fieldWarnings(mixed, { 'price.EUR': '10', 'price.SEK': '45', cost: '50' }).map((w) => `${w.field}<${w.against}`)).toEqual(['price.SEK<cost']);
  });

  it('compares with the primary price where a currency has several regular prices', () => {
    const two = [field('list', 'List', 'price'), field('retail', 'Retail', 'price', { primary: true }), field('vip', 'VIP', 'tier')];
    expect(fieldWarnings(two, { list: '5', retail: '20', vip: '15' })).toEqual([]);
    expect(fieldWarnings(two, { list: '50', retail: '10', vip: '15' }).map((w) => w.against)).toEqual(['retail']);
  });
});
