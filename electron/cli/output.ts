/**
 * What the CLI writes: progress on stderr (so stdout stays clean for JSON and pipes),
 * tables for people, and catalog files in the format the extension asks for.
 */
import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { toCsv } from '../../shared/export/csv';
import { toXlsx } from '../../shared/export/sheet';
import { currency, fieldColumns, price, priceIn, text, type ExportTable } from '../../shared/export/table';
import type { PriceField } from '../../shared/price-fields';
import type { CatalogRow } from '../../shared/types';
import type { OperationProgress } from '../vendors/types';
import { UsageError } from './errors';

/** A progress callback that writes "<what> 100/250" lines (or one updating line on a terminal). */
export function progressReporter(what: string, stream: NodeJS.WriteStream = process.stderr): (p: OperationProgress) => void {
  let last = '';
  return (p) => {
    const text = p.waitMs ? `${what}: waiting ${Math.ceil(p.waitMs / 1000)} s for the vendor's rate limit` : `${what} ${p.done}/${p.total || '?'}`;
    if (text === last) return;
    last = text;
    stream.write(stream.isTTY ? `\r\x1b[2K${text}` : `${text}\n`);
  };
}

/** Ends a terminal progress line so the next output starts on its own line. */
export function endProgress(stream: NodeJS.WriteStream = process.stderr): void {
  if (stream.isTTY) stream.write('\n');
}

/** Aligned text columns; the last column is not padded. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const CATALOG_COLUMNS = [text('SKU'), text('Name'), price('Price'), price('Cost'), currency('Currency'), text('VAT included'), text('Key')];
const CATALOG_HEADER = CATALOG_COLUMNS.map((c) => c.header);
const catalogCells = (r: CatalogRow) => [r.sku, r.name, r.price ?? '', r.cost ?? '', r.currency, r.vatIncluded ? 'yes' : 'no', r.key];

/** The catalog as a table for a terminal. */
export function catalogTable(rows: CatalogRow[]): string {
  return table(CATALOG_HEADER, rows.map(catalogCells));
}

/** Throws before any loading when the catalog cannot be written in that format. */
export function assertCatalogFormat(path: string): void {
  if (!['.json', '.csv', '.xlsx'].includes(extname(path).toLowerCase())) throw new UsageError(`${basename(path)}: the catalog can be written as .xlsx, .csv or .json.`);
}

/**
 * The catalog as a spreadsheet: today's columns (the primary field is Price), then one
 * column per other price field, headed by its label, or "<label> (<id>)" where the label is
 * already a header (the demo shop's cost field is labelled Cost, like the Cost column).
 */
export function catalogSheet(rows: CatalogRow[], fields: readonly PriceField[] = []): ExportTable {
  const extra = fieldColumns(fields, CATALOG_HEADER);
  const columns = [...CATALOG_COLUMNS, ...extra.map((f) => priceIn(f.header, f.currency))];
  return { sheetName: 'Catalog', columns, rows: rows.map((r) => [...catalogCells(r), ...extra.map((f) => r.prices?.[f.field.id] ?? null)]) };
}

/**
 * Writes the catalog as .json (rows as the app has them, `prices` included), .csv (prices as
 * the exact decimal text) or .xlsx (prices as numeric cells, shared/export/sheet.ts).
 */
export function writeCatalog(rows: CatalogRow[], path: string, fields?: readonly PriceField[]): void {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    writeFileSync(path, `${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  assertCatalogFormat(path);
  const table = catalogSheet(rows, fields);
  if (ext === '.csv') {
    // The app's CSV writer: a vendor's product name never becomes a formula in a spreadsheet.
    writeFileSync(path, toCsv(table));
    return;
  }
  writeFileSync(path, toXlsx(table));
}
