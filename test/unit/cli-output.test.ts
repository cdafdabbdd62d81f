import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { writeCatalog } from '../../electron/cli/output';
import { withOutcome } from '../../electron/cli/commands/plan';
import { skippedAsCancelled } from '../../electron/vendors/types';
import type { PriceField } from '../../shared/price-fields';
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

describe('pricedesk catalog --out x.xlsx', () => {
  it('shows a price in another currency than the primary one with its own symbol, the rest in the row’s', () => {
    const field = (id: string, label: string, currency: string, primary = false): PriceField => ({ id, label, kind: 'price', currency, vatIncluded: true, decimals: 2, removable: true, primary });
    const fields = [field('price', 'Price', 'EUR', true), field('price.SEK', 'Price SEK', 'SEK'), field('wholesale', 'Wholesale', 'EUR')];
    const path = join(mkdtempSync(join(tmpdir(), 'pd-cli-out-')), 'catalog.xlsx');
    writeCatalog([{ ...row('Espresso'), prices: { price: '12.50', 'price.SEK': '136', wholesale: '9.00' } }], path, fields);
    const sheet = XLSX.read(readFileSync(path), { cellNF: true }).Sheets.Catalog!;
    const header = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0]!;
    const formatOf = (label: string) => sheet[XLSX.utils.encode_cell({ r: 1, c: header.indexOf(label) })]!.z as string;
    expect(formatOf('Price')).toContain('€');
    expect(formatOf('Price SEK')).toContain('SEK');
    expect(formatOf('Price SEK')).not.toContain('€');
    expect(formatOf('Wholesale')).toContain('€');
  });
});

describe('pricedesk submit --json', () => {
  it('prints each sent row’s message id and parameters next to its English message', () => {
    const line = { sku: 'A-1', field: 'price', status: 'skipped' as const, oldPrice: '10.00', newPrice: '12.00', message: 'Dry run: not sent.' };
    const cancelled = skippedAsCancelled([{ key: 'k1', sku: 'A-1', oldPrice: '10.00', newPrice: '12.00', currency: 'EUR', vendorIds: {} }])[0]!;
    expect(JSON.parse(JSON.stringify(withOutcome(line, cancelled)))).toEqual({ ...line, status: 'skipped', message: 'Cancelled before it was sent.', said: { id: 'row.cancelled' } });
    // A result PriceDesk has no words of its own for (the vendor's) carries no id.
    const vendors = { key: 'k1', sku: 'A-1', status: 'error' as const, message: 'SKU locked by ERP.', code: 'locked' };
    expect(withOutcome(line, vendors)).toEqual({ ...line, status: 'error', message: 'SKU locked by ERP.' });
  });
});
