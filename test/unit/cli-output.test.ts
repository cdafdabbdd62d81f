import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCatalog } from '../../electron/cli/output';
import type { CatalogRow } from '../../shared/types';

const row = (name: string): CatalogRow => ({ key: 'k1', sku: 'A-1', name, price: '12.50', cost: null, currency: 'EUR', vatIncluded: true, vendorIds: {} });

describe('pricedesk catalog --out x.csv', () => {
  it('writes a vendor text that a spreadsheet would run as a formula as plain text, prices exact', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pd-cli-out-')), 'catalog.csv');
    writeCatalog([row('=HYPERLINK("http://evil.example","Click")'), row('@SUM(A1)')], path);
    const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('SKU,Name,Price,Cost,Currency,VAT included,Key');
    expect(lines[1]).toBe(`A-1,"'=HYPERLINK(""http://evil.example"",""Click"")",12.50,,EUR,yes,k1`);
    expect(lines[2]).toBe("A-1,'@SUM(A1),12.50,,EUR,yes,k1");
  });
});
