/**
 * What an export contains, as plain rows of text: the grid (all or filtered rows), the
 * pending changes, a submission's results, or an empty template. Prices stay decimal
 * strings here; they become numeric cells only when the sheet is written (sheet.ts).
 */
import { editedPrice, newPriceText, type PriceEdit } from '../grid/edit';
import { sameAmount } from '../money';
import type { CatalogRow, RowResult } from '../types';

/** `currency` is text naming the row's currency: the .xlsx writer shows the row's prices with its symbol. */
export type ColumnKind = 'text' | 'price' | 'currency';

/** One column of an export: its header and how its values are written. */
export interface ExportColumn {
  header: string;
  kind: ColumnKind;
  /** A price column's own currency (a price field in another currency than the row's, e.g. price.SEK); the row's otherwise. */
  currency?: string;
}

/** A table ready to be written as .xlsx or .csv. */
export interface ExportTable {
  sheetName: string;
  columns: ExportColumn[];
  rows: (string | null)[][];
}

export const text = (header: string): ExportColumn => ({ header, kind: 'text' });
export const price = (header: string): ExportColumn => ({ header, kind: 'price' });
/** The column naming each row's currency: the .xlsx writer shows the row's prices with its symbol. */
export const currency = (header: string): ExportColumn => ({ header, kind: 'currency' });

/** The headers the import recognises first; the template and every export use them. */
export const HEADERS = { sku: 'SKU', name: 'Name', current: 'Current price', newPrice: 'New price', cost: 'Cost', currency: 'Currency' } as const;

/** A pending edit in a New price cell: the price, or the words for a removal. */
const shown = (edit: PriceEdit | undefined): string | null => (edit === undefined ? null : newPriceText(editedPrice(edit)));

/** The grid as shown: current and new prices side by side. */
export function gridTable(rows: readonly CatalogRow[], edits: Readonly<Record<string, PriceEdit>>): ExportTable {
  return {
    sheetName: 'Prices',
    columns: [text(HEADERS.sku), text(HEADERS.name), price(HEADERS.current), price(HEADERS.newPrice), price(HEADERS.cost), currency(HEADERS.currency)],
    rows: rows.map((r) => [r.sku, r.name, r.price, shown(edits[r.key]), r.cost, r.currency]),
  };
}

/** Only the rows with a pending change. */
export function changesTable(rows: readonly CatalogRow[], edits: Readonly<Record<string, PriceEdit>>): ExportTable {
  const changed = rows.filter((r) => edits[r.key] !== undefined && !sameAmount(editedPrice(edits[r.key]!), r.price));
  return { ...gridTable(changed, edits), sheetName: 'Changes' };
}

/** A submission's answers, with the vendors' own messages. */
export function resultsTable(rows: readonly CatalogRow[], results: Readonly<Record<string, RowResult>>, edits: Readonly<Record<string, PriceEdit>>): ExportTable {
  const label: Record<RowResult['status'], string> = { ok: 'Updated', warning: 'Updated with a warning', error: 'Failed', skipped: 'Skipped', unknown: 'Unknown: check on the platform' };
  return {
    sheetName: 'Results',
    columns: [text(HEADERS.sku), text(HEADERS.name), price(HEADERS.current), price(HEADERS.newPrice), currency(HEADERS.currency), text('Result'), text('Message'), text('Code')],
    rows: rows
      .filter((r) => results[r.key])
      .map((r) => {
        const res = results[r.key]!;
        return [r.sku, r.name, r.price, shown(edits[r.key]), r.currency, label[res.status], res.message, res.code];
      }),
  };
}

/** The columns the import expects, with the connection's SKUs filled in and New price blank. */
export function templateTable(rows: readonly CatalogRow[]): ExportTable {
  return { ...gridTable(rows, {}), sheetName: 'Template' };
}
