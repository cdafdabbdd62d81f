import { describe, expect, it } from 'vitest';
import { catalogGroups, withGroups } from '../../electron/vendors/common/groups';

describe('a row\'s grouping fields from a vendor listing', () => {
  it('keeps trimmed names and drops blanks and nulls', () => {
    expect(catalogGroups({ category: '  Coffee ', brand: '', supplier: null, productType: undefined })).toEqual({ category: 'Coffee' });
  });

  it('is nothing at all when the product has no grouping field', () => {
    expect(catalogGroups({ brand: '   ', supplier: null })).toBeUndefined();
    expect(withGroups(undefined)).toEqual({});
    expect(withGroups({ brand: 'Marca' })).toEqual({ groups: { brand: 'Marca' } });
  });

  it('cuts an overlong name to the contract\'s 200 characters instead of failing the catalog', () => {
    expect(catalogGroups({ supplier: `${'x'.repeat(250)}` })?.supplier).toHaveLength(200);
  });
});
