/**
 * What the CLI writes: progress on stderr (so stdout stays clean for JSON and pipes),
 * tables for people, and catalog files in the format the extension asks for.
 */
import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import * as XLSX from 'xlsx';
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

const CATALOG_HEADER = ['SKU', 'Name', 'Price', 'Cost', 'Currency', 'VAT included', 'Key'];
const catalogCells = (r: CatalogRow) => [r.sku, r.name, r.price ?? '', r.cost ?? '', r.currency, r.vatIncluded ? 'yes' : 'no', r.key];

/** The catalog as a table for a terminal. */
export function catalogTable(rows: CatalogRow[]): string {
  return table(CATALOG_HEADER, rows.map(catalogCells));
}

/** Throws before any loading when the catalog cannot be written in that format. */
export function assertCatalogFormat(path: string): void {
  if (!['.json', '.csv', '.xlsx'].includes(extname(path).toLowerCase())) throw new UsageError(`${basename(path)}: the catalog can be written as .xlsx, .csv or .json.`);
}

/** Writes the catalog as .json (rows as the app has them), .csv or .xlsx (prices as text, exact). */
export function writeCatalog(rows: CatalogRow[], path: string): void {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    writeFileSync(path, `${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  assertCatalogFormat(path);
  const sheet = XLSX.utils.aoa_to_sheet([CATALOG_HEADER, ...rows.map(catalogCells)]);
  if (ext === '.csv') {
    writeFileSync(path, XLSX.utils.sheet_to_csv(sheet));
    return;
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Catalog');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}
