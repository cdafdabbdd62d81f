import { describe, expect, it } from 'vitest';
import { planLookupPaste, rowsBySku } from '../../shared/grid/paste-lookup';
import { readPrice } from '../../shared/grid/read-price';
import { parseTsv } from '../../shared/grid/tsv';

const index = rowsBySku([
  { key: 'k1', sku: 'COF-1' },
  { key: 'k2', sku: 'COF-2' },
  { key: 'k3', sku: 'TEA-1' },
  { key: 'k3b', sku: 'TEA-1' },
]);
const read = (text: string) => readPrice(text, 'en-US');
const plan = (text: string) => planLookupPaste(parseTsv(text), index, read);

describe('pasting a SKU + price block', () => {
  it('applies each price to the rows with that SKU and lists the SKUs not found', () => {
    expect(plan('COF-2\t12.50\r\nTEA-1\t4.00\r\nNOPE-9\t3.00\r\n')).toEqual({
      edits: [
        { key: 'k2', newPrice: '12.50' },
        { key: 'k3', newPrice: '4.00' },
        { key: 'k3b', newPrice: '4.00' },
      ],
      problems: {},
      conflicts: {},
      unmatched: ['NOPE-9'],
      matched: 2,
      header: false,
    });
  });

  it('skips a header row and marks matched rows whose price cannot be read', () => {
    const result = plan('SKU\tPrice\nCOF-1\tabc\nCOF-2\t5\n');
    expect(result).toMatchObject({ header: true, edits: [{ key: 'k2', newPrice: '5' }], problems: { k1: '"abc" is not a price.' }, unmatched: [] });
  });

  it('uses neither price of a SKU pasted twice with different prices', () => {
    const result = plan('COF-1\t5\nCOF-1\t6\nCOF-2\t7\n');
    expect(result!.edits).toEqual([{ key: 'k2', newPrice: '7' }]);
    expect(result!.conflicts).toEqual({ k1: 'COF-1' });
    expect(result!.problems).toEqual({});
  });

  it('is not a lookup for one column, or when most first-column values are no SKUs', () => {
    expect(plan('COF-1\nCOF-2\n')).toBeNull();
    expect(plan('12.00\t13.00\n')).toBeNull();
    expect(plan('COF-1\t5\nX\t1\nY\t2\n')).toBeNull();
  });

  it('plans nothing to apply when no matched row has a usable price', () => {
    expect(plan('COF-1\t\nCOF-2\tn/a\n')).toMatchObject({ edits: [], matched: 2, problems: { k1: 'No price given.', k2: expect.any(String) } });
  });
});
