/** Where a pasted block's columns go when the grid shows several price fields (shared/grid/paste-columns.ts). */
import { describe, expect, it } from 'vitest';
import { pasteColumns } from '../../shared/grid/paste-columns';

// The demo shop's columns as shown by default: SKU to Status pinned left, Change columns of other fields hidden.
const shown = ['sku', 'name', 'price', 'newPrice', 'status', 'change', 'changePercent', 'cur:price.SEK', 'new:price.SEK', 'cur:wholesale', 'new:wholesale', 'cur:recommended', 'new:recommended', 'cost'];
const at = (col: string) => shown.indexOf(col);

describe('the columns a pasted block lands on', () => {
  it('fills the New columns from a New column, skipping the Current columns in between', () => {
    expect(pasteColumns(shown, at('new:price.SEK'), 2, false)).toEqual(['new:price.SEK', 'new:wholesale']);
    expect(pasteColumns(shown, at('newPrice'), 3, false)).toEqual(['newPrice', 'new:price.SEK', 'new:wholesale']);
  });

  it('lands a column past the last price column nowhere', () => {
    expect(pasteColumns(shown, at('new:recommended'), 2, false)).toEqual(['new:recommended', null]);
  });

  it('pastes the grid’s own copy back cell for cell: its Current values never become new prices', () => {
    expect(pasteColumns(shown, at('new:price.SEK'), 3, true)).toEqual(['new:price.SEK', 'cur:wholesale', 'new:wholesale']);
  });

  it('pastes cell for cell from a column that takes no price, as before', () => {
    expect(pasteColumns(shown, at('cur:wholesale'), 2, false)).toEqual(['cur:wholesale', 'new:wholesale']);
    expect(pasteColumns(shown, at('status'), 2, false)).toEqual(['status', 'change']);
    expect(pasteColumns(shown, at('cost'), 2, false)).toEqual(['cost', null]);
  });
});
