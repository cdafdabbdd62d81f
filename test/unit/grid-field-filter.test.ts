/** "Only changed" / "Only problems" across every field of a row or in one chosen field (renderer/features/grid/field-filter.ts). */
import { describe, expect, it } from 'vitest';
import { chosenField, filteredCells, inChosenField } from '../../renderer/features/grid/field-filter';
import { cellId } from '../../shared/grid/cells';
import type { PriceField } from '../../shared/price-fields';

const field = (id: string, extra: Partial<PriceField> = {}): PriceField => ({ id, label: id.toUpperCase(), kind: 'price', currency: 'EUR', vatIncluded: true, decimals: 2, removable: false, primary: false, ...extra });
const fields = [field('price', { primary: true }), field('wholesale', { kind: 'tier' }), field('campaign', { readOnly: 'never written' })];

describe('the filters’ field choice', () => {
  it('looks at every field PriceDesk can change when no field is chosen', () => {
    expect(filteredCells('a', fields, null)).toEqual(['a', cellId('a', 'wholesale')]);
  });

  it('looks at the chosen field only, the primary by its row key', () => {
    expect(filteredCells('a', fields, 'wholesale')).toEqual([cellId('a', 'wholesale')]);
    expect(filteredCells('a', fields, 'price')).toEqual(['a']);
  });

  it('takes a field the connection does not have, or cannot change, as every field', () => {
    expect(chosenField(fields, 'retailNZD')).toBeNull();
    expect(chosenField(fields, 'campaign')).toBeNull();
    expect(filteredCells('a', fields, 'retailNZD')).toEqual(['a', cellId('a', 'wholesale')]);
  });

  it('counts a cell in the chosen field only', () => {
    const ids = ['a', cellId('a', 'wholesale'), 'b', cellId('b', 'wholesale'), cellId('c', 'wholesale')];
    expect(ids.filter((id) => inChosenField(id, chosenField(fields, 'wholesale')))).toEqual([cellId('a', 'wholesale'), cellId('b', 'wholesale'), cellId('c', 'wholesale')]);
    expect(ids.filter((id) => inChosenField(id, chosenField(fields, 'price')))).toEqual(['a', 'b']);
    expect(ids.filter((id) => inChosenField(id, null))).toEqual(ids);
  });
});
