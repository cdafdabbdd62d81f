/**
 * Bulk rules on every price field (issue #15): a rule names the field it changes and may
 * start from another field's price, after pending edits; margins use the target's cost field.
 */
import { describe, expect, it } from 'vitest';
import { describeRule, describeSkipped, isRefusal, planBulk, refusalWords, type BulkPlan, type BulkRefusal, type BulkRow, type BulkRule } from '../../shared/grid/bulk';
import { cellId } from '../../shared/grid/cells';
import { REMOVE_PRICE, type PriceEdit } from '../../shared/grid/edit';
import type { PriceField } from '../../shared/price-fields';

const field = (id: string, label: string, kind: PriceField['kind'], currency = 'EUR', primary = false): PriceField => ({
  id,
  label,
  kind,
  currency,
  vatIncluded: kind !== 'cost',
  decimals: 2,
  removable: true,
  primary,
});

/** The demo shop's fields (electron/vendors/sandbox/describe.ts). */
const SHOP = [field('price', 'Price', 'price', 'EUR', true), field('price.SEK', 'Price SEK', 'price', 'SEK'), field('wholesale', 'Wholesale', 'tier'), field('recommended', 'Recommended price', 'recommended'), field('cost', 'Cost', 'cost')];

const row = (key: string, price: string | null, prices: Record<string, string | null>): BulkRow => ({ key, price, cost: prices.cost ?? null, prices: { price, ...prices } });
const ROWS = [row('a', '10.00', { 'price.SEK': '110', wholesale: '7.00', recommended: '12.00', cost: '5.00' }), row('b', '20.00', { 'price.SEK': '220', wholesale: '14.00', recommended: '24.00', cost: null })];

const none = { kind: 'none' } as const;
function plan(rule: BulkRule, edits: Record<string, PriceEdit> = {}, fields: PriceField[] = SHOP, rows: BulkRow[] = ROWS): BulkPlan {
  const p = planBulk(rows, edits, fields, rule);
  if (isRefusal(p)) throw new Error(refusalWords(p));
  return p;
}
/** Why planBulk refused a rule, in English words; 'planned' when it did not. */
const refused = (p: BulkPlan | BulkRefusal) => (isRefusal(p) ? refusalWords(p) : 'planned');
/** The plan's writes as { cellId: value }. */
const writes = (p: BulkPlan) => Object.fromEntries(p.ids.map((id, i) => [id, p.values[i]]));

describe('a bulk rule names the field it changes', () => {
  it('"+5 % on Wholesale" changes the wholesale cells only, from their own price', () => {
    const p = plan({ operation: { kind: 'addPercent', percent: '5' }, rounding: none, target: { kind: 'field', field: 'wholesale' } });
    expect(writes(p)).toEqual({ [cellId('a', 'wholesale')]: '7.35', [cellId('b', 'wholesale')]: '14.7' });
    expect(describeRule({ operation: { kind: 'addPercent', percent: '5' }, rounding: none, target: { kind: 'field', field: 'wholesale' } }, 2, SHOP)).toBe('+5 % on Wholesale of 2 rows');
  });

  it('the primary field is written under the row key, as every primary-field path is', () => {
    const p = plan({ operation: { kind: 'addPercent', percent: '10' }, rounding: none });
    expect(writes(p)).toEqual({ a: '11', b: '22' });
    expect(describeRule({ operation: { kind: 'addPercent', percent: '10' }, rounding: none }, 2, SHOP)).toBe('+10 % on Price of 2 rows');
  });

  it('"Wholesale = Price × 0.6" starts from the price after pending edits', () => {
    const rule: BulkRule = { operation: { kind: 'multiply', factor: '0.6' }, rounding: none, target: { kind: 'field', field: 'wholesale' }, base: { kind: 'field', field: 'price' } };
    // Row a's price is being raised to 15: its wholesale follows the new price, not the old one.
    expect(writes(plan(rule, { a: '15.00' }))).toEqual({ [cellId('a', 'wholesale')]: '9', [cellId('b', 'wholesale')]: '12' });
    expect(describeRule(rule, 84, SHOP)).toBe('Wholesale = Price × 0.6 on 84 rows');
  });

  it('"Price = Cost × 1.8 rounded to .99" leaves a product without cost unchanged and says so', () => {
    const rule: BulkRule = { operation: { kind: 'multiply', factor: '1.8' }, rounding: { kind: 'ending', ending: '0.99', mode: 'nearest' }, target: { kind: 'field', field: 'price' }, base: { kind: 'field', field: 'cost' } };
    const p = plan(rule);
    // 5.00 × 1.8 = 9.00, the nearest .99 is 8.99.
    expect(writes(p)).toEqual({ a: '8.99' });
    expect(p.preview).toMatchObject({ changing: 1, skipped: 1, missing: ['Cost'] });
    expect(describeSkipped(p)).toBe('1 product has no Cost: left unchanged.');
    expect(describeRule(rule, 1, SHOP)).toBe('Price = Cost × 1.8 on 1 row, rounded to .99');
  });

  it('"+3 % on every tier" changes each tier and nothing else', () => {
    const fields = [...SHOP, field('vip', 'VIP', 'tier')];
    const rows = [row('a', '10.00', { wholesale: '7.00', vip: '8.00', cost: '5.00' })];
    const rule: BulkRule = { operation: { kind: 'addPercent', percent: '3' }, rounding: none, target: { kind: 'tiers' } };
    expect(writes(plan(rule, {}, fields, rows))).toEqual({ [cellId('a', 'wholesale')]: '7.21', [cellId('a', 'vip')]: '8.24' });
    expect(describeRule(rule, 1, fields)).toBe('+3 % on every tier of 1 row');
  });

  it('"every price" leaves the cost alone', () => {
    const p = plan({ operation: { kind: 'add', amount: '1' }, rounding: none, target: { kind: 'prices' } }, {}, SHOP, [ROWS[0]!]);
    expect(Object.keys(writes(p)).map((id) => id.split('\u001f')[1] ?? 'price')).toEqual(['price', 'price.SEK', 'wholesale', 'recommended']);
  });

  it('a price without a base is counted per price where the rule changes several fields', () => {
    const rows = [row('a', '10.00', { wholesale: null, cost: '5' })];
    const p = plan({ operation: { kind: 'addPercent', percent: '3' }, rounding: none, target: { kind: 'prices' } }, { a: REMOVE_PRICE }, SHOP, rows);
    expect(describeSkipped(p)).toBe('4 prices have no Price or Price SEK or Wholesale or Recommended price: left unchanged.');
  });

  it('refuses a base in another currency than its target: no exchange rates', () => {
    const rule: BulkRule = { operation: { kind: 'multiply', factor: '11' }, rounding: none, target: { kind: 'field', field: 'price.SEK' }, base: { kind: 'field', field: 'price' } };
    // The window gets a code and the labels, to say it in the person's language.
    expect(planBulk(ROWS, {}, SHOP, rule)).toEqual({ refused: 'currencies', target: 'Price SEK', targetCurrency: 'SEK', base: 'Price', baseCurrency: 'EUR' });
    expect(refused(planBulk(ROWS, {}, SHOP, rule))).toBe('Price SEK is in SEK and Price in EUR: PriceDesk has no exchange rates, so one cannot be worked out from the other.');
    // Every tier from the retail price, where one tier is in another currency: the whole rule is refused.
    const fields = [field('retailNZD', 'Retail NZD', 'price', 'NZD', true), field('wholesalNZD', 'Wholesale NZD', 'tier', 'NZD'), field('vipAUD', 'VIP AUD', 'tier', 'AUD')];
    expect(refused(planBulk(ROWS, {}, fields, { operation: { kind: 'multiply', factor: '0.9' }, rounding: none, target: { kind: 'tiers' }, base: { kind: 'field', field: 'retailNZD' } }))).toMatch(/^VIP AUD is in AUD and Retail NZD in NZD: PriceDesk has no exchange rates/);
  });

  it('a set value ignores the base, so it is never refused for its currency', () => {
    const rule: BulkRule = { operation: { kind: 'set', value: '99' }, rounding: none, target: { kind: 'field', field: 'price.SEK' }, base: { kind: 'field', field: 'price' } };
    expect(writes(plan(rule))).toEqual({ [cellId('a', 'price.SEK')]: '99', [cellId('b', 'price.SEK')]: '99' });
  });

  it('leaves out prices the rule does not change, and writes one that undoes a pending edit', () => {
    const rule: BulkRule = { operation: { kind: 'multiply', factor: '1' }, rounding: none, target: { kind: 'field', field: 'wholesale' }, base: { kind: 'field', field: 'wholesale' } };
    expect(writes(plan(rule))).toEqual({});
    const back: BulkRule = { operation: { kind: 'multiply', factor: '0.7' }, rounding: none, target: { kind: 'field', field: 'wholesale' }, base: { kind: 'field', field: 'price' } };
    // Row a's wholesale is pending at 8; 0.7 × 10 is its current 7, which must be written back.
    // Row b's 0.7 × 20 is the 14 it has: nothing to write.
    expect(writes(plan(back, { [cellId('a', 'wholesale')]: '8' }))).toEqual({ [cellId('a', 'wholesale')]: '7' });
  });

  it('refuses a field the connection does not have, and tiers where it has none', () => {
    expect(refused(planBulk(ROWS, {}, SHOP, { operation: { kind: 'addPercent', percent: '1' }, rounding: none, target: { kind: 'field', field: 'vip' } }))).toBe('This connection has no price field "vip".');
    expect(refused(planBulk(ROWS, {}, SHOP.filter((f) => f.kind !== 'tier'), { operation: { kind: 'addPercent', percent: '1' }, rounding: none, target: { kind: 'tiers' } }))).toBe('This connection has no price tiers.');
    expect(refused(planBulk(ROWS, {}, [], { operation: { kind: 'addPercent', percent: '1' }, rounding: none, target: { kind: 'tiers' } }))).toMatch(/fields of this connection are not known/);
  });
});

describe('a margin rule works against the cost field of the target currency', () => {
  const cin7 = [field('retailNZD', 'Retail NZD', 'price', 'NZD', true), field('wholesalNZD', 'Wholesale NZD', 'tier', 'NZD'), field('costNZD', 'Cost NZD', 'cost', 'NZD'), field('retailAUD', 'Retail AUD', 'price', 'AUD')];
  const rows = [{ key: 'a', price: '20', cost: null, prices: { retailNZD: '20', wholesalNZD: '15', costNZD: '6', retailAUD: '18' } }];
  const margin = (target: string, edits: Record<string, PriceEdit> = {}) => plan({ operation: { kind: 'margin', percent: '40' }, rounding: none, target: { kind: 'field', field: target } }, edits, cin7, rows);

  it('sets a tier from the cost field, its pending new cost included', () => {
    expect(writes(margin('wholesalNZD'))).toEqual({ [cellId('a', 'wholesalNZD')]: '10' });
    expect(writes(margin('wholesalNZD', { [cellId('a', 'costNZD')]: '12' }))).toEqual({ [cellId('a', 'wholesalNZD')]: '20' });
  });

  it('the primary field uses the cost field, not the row cost the connection does not fill', () => {
    expect(writes(margin('retailNZD'))).toEqual({ a: '10' });
  });

  it('a field with no cost in its currency is left unchanged and named', () => {
    const p = margin('retailAUD');
    expect(p.ids).toEqual([]);
    expect(describeSkipped(p)).toBe('1 product has no cost: left unchanged.');
  });

  it('refuses a margin of 100 % or more outright', () => {
    expect(refused(planBulk(rows, {}, cin7, { operation: { kind: 'margin', percent: '100' }, rounding: none }))).toBe('A margin must be below 100 %.');
  });
});
