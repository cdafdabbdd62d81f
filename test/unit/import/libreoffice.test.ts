import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loCatalog, loExpectedEdits } from '../../fixtures/libreoffice/catalog';
import { importBytes } from './helpers';

const dir = join(import.meta.dirname, '../../fixtures/libreoffice');
const catalog = loCatalog.map(({ key, sku, price, cost, currency }) => ({ key, sku, price, cost, currency }));

describe('files saved by LibreOffice Calc', () => {
  it.each(['lo-edited.xlsx', 'lo-edited.xls', 'lo-edited.ods'])('round trip: PriceDesk export, edited and saved by LibreOffice as %s, gives back the same changes', async (name) => {
    const { report, proposal, workbook } = await importBytes(readFileSync(join(dir, name)), name, catalog);
    expect(workbook.format).toBe(name.split('.').pop());
    expect(proposal.mapping).toEqual({ sku: 0, name: 1, price: 3, cost: 4, currency: 5, fields: {} });
    expect(report.edits).toEqual(loExpectedEdits);
    expect(report.unchanged).toBe(1); // =C5: the same as the current price
    expect(report.blank).toBe(1); // the row nobody touched
    expect(report.problems).toEqual([]);
  });

  it.each(['lo-supplier.xlsx', 'lo-supplier.xls', 'lo-supplier.ods'])('reads a supplier list saved as %s: title rows skipped, German headers, SKUs exact', async (name) => {
    const { report, proposal, sheet } = await importBytes(readFileSync(join(dir, name)), name, catalog);
    expect(proposal.headerRow).toBe(2);
    expect(proposal.labels).toEqual(['Artikelnummer', 'Bezeichnung', 'Neuer Preis']);
    expect(proposal.mapping).toMatchObject({ sku: 0, name: 1, price: 2 });
    expect(sheet.rows[3]?.[0]?.v).toBe('000123');
    expect(report.edits).toEqual([
      { key: 'p1', newPrice: '14.1' },
      { key: 'p2', newPrice: '19.9' },
    ]);
    expect(report.unchanged).toBe(1);
  });

  it('keeps a formula-looking SKU from the export as text, never as a formula', async () => {
    const { sheet } = await importBytes(readFileSync(join(dir, 'lo-edited.xlsx')), 'lo-edited.xlsx', catalog);
    expect(sheet.rows[5]?.[0]).toMatchObject({ t: 's', v: '=HYPERLINK("x")' });
  });
});
