import { describe, expect, it } from 'vitest';
import { NEW_PRODUCTS_SETTING, newProductsWords, newProductVisibility } from '../../shared/new-product-visibility';

describe('new product visibility', () => {
  it('is hidden unless the connection explicitly says live', () => {
    expect(newProductVisibility(undefined)).toBe('hidden');
    expect(newProductVisibility({})).toBe('hidden');
    expect(newProductVisibility({ [NEW_PRODUCTS_SETTING]: 'hidden' })).toBe('hidden');
    expect(newProductVisibility({ [NEW_PRODUCTS_SETTING]: 'Live' })).toBe('hidden');
    expect(newProductVisibility({ [NEW_PRODUCTS_SETTING]: 'live' })).toBe('live');
  });

  it('words the preview line for one or several products, hidden or live', () => {
    expect(newProductsWords(1, 'hidden', 'Cin7 Omni')).toBe('1 new product will be created hidden at Cin7 Omni: not on sale until published there (connection setting).');
    expect(newProductsWords(3, 'live', 'Cin7 Omni')).toBe('3 new products will be created live at Cin7 Omni: on sale as soon as they are created (connection setting).');
  });
});
