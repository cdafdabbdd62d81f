import { describe, expect, it } from 'vitest';
import { NEW_PRODUCTS_SETTING, newProductVisibility } from '../../shared/new-product-visibility';

describe('new product visibility', () => {
  it('is hidden unless the connection explicitly says live', () => {
    expect(newProductVisibility(undefined)).toBe('hidden');
    expect(newProductVisibility({})).toBe('hidden');
    expect(newProductVisibility({ [NEW_PRODUCTS_SETTING]: 'hidden' })).toBe('hidden');
    expect(newProductVisibility({ [NEW_PRODUCTS_SETTING]: 'Live' })).toBe('hidden');
    expect(newProductVisibility({ [NEW_PRODUCTS_SETTING]: 'live' })).toBe('live');
  });
});
