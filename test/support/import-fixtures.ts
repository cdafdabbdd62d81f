/**
 * Spreadsheet fixtures generated with SheetJS for the import tests: real workbook bytes in
 * each format, built from arrays of rows. Kept in one place so unit, e2e and bench tests
 * import the same files.
 */
import * as XLSX from 'xlsx';

export type Aoa = unknown[][];

/** A workbook with one sheet per entry, as bytes of the given format. */
export function workbookBytes(sheets: Record<string, Aoa | XLSX.WorkSheet>, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, data] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, Array.isArray(data) ? XLSX.utils.aoa_to_sheet(data) : data, name);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType, compression: true }) as ArrayBuffer);
}

/** Text as UTF-8 bytes. */
export const textBytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A generated price list of `rows` rows whose SKUs are "SKU-000001"…, half of them with a new price. */
export function generatedPriceList(rows: number): { aoa: Aoa; catalog: { key: string; sku: string; price: string; cost: string | null; currency: string }[] } {
  const aoa: Aoa = [['Supplier price list'], [], ['SKU', 'Name', 'New price', 'Cost', 'Currency']];
  const catalog: { key: string; sku: string; price: string; cost: string | null; currency: string }[] = [];
  for (let i = 1; i <= rows; i++) {
    const sku = `SKU-${String(i).padStart(6, '0')}`;
    const current = 10 + (i % 900);
    // Every other row changes by 5 %; the rest repeat the current price.
    const next = i % 2 ? Math.round(current * 105) / 100 : current;
    aoa.push([sku, `Product ${i}`, next, Math.round(current * 60) / 100, 'EUR']);
    catalog.push({ key: `k${i}`, sku, price: current.toFixed(2), cost: null, currency: 'EUR' });
  }
  return { aoa, catalog };
}
