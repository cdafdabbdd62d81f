/** The Margin % column's cost (issue #15): the primary price's cost field, pending edits included, else the row's cost. */
import { describe, expect, it } from 'vitest';
import { cellId, primaryCost } from '../../shared/grid/cells';
import type { PriceField } from '../../shared/price-fields';

const field = (id: string, kind: PriceField['kind'], currency: string, primary = false): PriceField => ({ id, label: id, kind, currency, vatIncluded: kind !== 'cost', decimals: 2, removable: false, primary });
const CIN7 = [field('retailNZD', 'price', 'NZD', true), field('wholesalNZD', 'tier', 'NZD'), field('costNZD', 'cost', 'NZD')];
// A Cin7 Omni row: the connector fills the cost field, not the row's cost.
const row = { key: 'a', price: '20', cost: null, prices: { retailNZD: '20', wholesalNZD: '15', costNZD: '6' } };

describe('the margin column works against the cost field', () => {
  it('reads the cost field where the connection has one', () => {
    expect(primaryCost(row, CIN7, {})).toBe('6');
  });

  it('follows a pending new cost', () => {
    expect(primaryCost(row, CIN7, { [cellId('a', 'costNZD')]: '8' })).toBe('8');
  });

  it('falls back to the row cost without a cost field in the price currency, or without fields', () => {
    const other = [field('retailNZD', 'price', 'NZD', true), field('costAUD', 'cost', 'AUD')];
    expect(primaryCost({ ...row, cost: '5' }, other, {})).toBe('5');
    expect(primaryCost({ ...row, cost: '5' }, [], {})).toBe('5');
  });
});
