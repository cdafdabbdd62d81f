/**
 * What an export contains, as plain rows of text: the grid (all or filtered rows), the
 * pending changes, a submission's results, or an empty template. Prices stay decimal
 * strings here; they become numeric cells only when the sheet is written (sheet.ts).
 */
import { cellId, currentPrice } from '../grid/cells';
import { editedPrice, REMOVAL_TEXT, type PriceEdit } from '../grid/edit';
import { sameAmount } from '../money';
import type { PriceField } from '../price-fields';
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

/**
 * The words an export writes that are not data: sheet names, result words, the words for a
 * pending removal and a result's message. English by default (the CLI and scripts); the
 * window passes the person's language (renderer/features/export/words.ts). Column headers
 * are not among them: the import reads its own headers back, and stays English.
 */
export interface ExportWords {
  sheet: { prices: string; changes: string; results: string; template: string };
  result: Record<RowResult['status'], string>;
  /** Where a pending removal stands instead of a new price. */
  removal: string;
  /** A row result's message (the window: our words for its `said`, the vendor's quoted after them). */
  message(result: RowResult): string | null;
}

export const ENGLISH_EXPORT_WORDS: ExportWords = {
  sheet: { prices: 'Prices', changes: 'Changes', results: 'Results', template: 'Template' },
  result: { ok: 'Updated', warning: 'Updated with a warning', error: 'Failed', skipped: 'Skipped', unknown: 'Unknown: check on the platform' },
  removal: REMOVAL_TEXT,
  message: (result) => result.message,
};

/** A pending edit in a New price cell: the price, or the words for a removal. */
const shown = (edit: PriceEdit | undefined, words: ExportWords): string | null => (edit === undefined ? null : (editedPrice(edit) ?? words.removal));

/** One other price field's columns: its header, and its number format's currency where it differs from the row's. */
interface FieldColumn {
  field: PriceField;
  header: string;
  currency?: string;
}

/**
 * The columns of the price fields other than the primary one (which keeps today's Current
 * price and New price), in the connection's order: each headed by its label, or "<label>
 * (<id>)" where the label is already a header (the demo shop's cost field is labelled Cost,
 * like the Cost column), so the import and `pricedesk submit` read each back as its field
 * (shared/import/field-guess.ts). A field in another currency than the primary's (the demo
 * shop's SEK price) is shown in its own; the rest follow the row's currency.
 */
export function fieldColumns(fields: readonly PriceField[], taken: readonly string[]): FieldColumn[] {
  const used = new Set(taken.map((h) => h.toLowerCase()));
  const primary = fields.find((f) => f.primary);
  return fields
    .filter((f) => !f.primary)
    .map((field) => {
      const header = used.has(field.label.toLowerCase()) ? `${field.label} (${field.id})` : field.label;
      used.add(header.toLowerCase());
      return { field, header, ...(field.currency !== primary?.currency ? { currency: field.currency } : {}) };
    });
}

/** A price column, in `currency` where given (a field's own), else the row's. */
export const priceIn = (header: string, currency: string | undefined): ExportColumn => (currency ? { ...price(header), currency } : price(header));
/** "Current Wholesale": the import never reads a current price as a new one (CURRENT_WORDS). */
const currentHeader = (header: string) => `Current ${header}`;

/** Whether a row has a pending edit of a field that differs from its current price (the primary's when `field` is undefined). */
const changedCell = (row: CatalogRow, edits: Readonly<Record<string, PriceEdit>>, field?: string) => {
  const edit = edits[cellId(row.key, field)];
  return edit !== undefined && !sameAmount(editedPrice(edit), currentPrice(row, field));
};

const GRID_HEADERS = [HEADERS.sku, HEADERS.name, HEADERS.current, HEADERS.newPrice, HEADERS.cost, HEADERS.currency];

/** The grid as shown: current and new prices side by side, then each other price field's current and new price. */
export function gridTable(rows: readonly CatalogRow[], edits: Readonly<Record<string, PriceEdit>>, fields: readonly PriceField[] = [], words = ENGLISH_EXPORT_WORDS): ExportTable {
  const others = fieldColumns(fields, GRID_HEADERS);
  return {
    sheetName: words.sheet.prices,
    columns: [
      text(HEADERS.sku), text(HEADERS.name), price(HEADERS.current), price(HEADERS.newPrice), price(HEADERS.cost), currency(HEADERS.currency),
      // A read-only field (Geins' campaign list) has no new price to give: its current one only, so re-importing the file cannot name it.
      ...others.flatMap((f) => [priceIn(currentHeader(f.header), f.currency), ...(f.field.readOnly ? [] : [priceIn(f.header, f.currency)])]),
    ],
    rows: rows.map((r) => [
      r.sku, r.name, r.price, shown(edits[r.key], words), r.cost, r.currency,
      ...others.flatMap((f) => [r.prices?.[f.field.id] ?? null, ...(f.field.readOnly ? [] : [shown(edits[cellId(r.key, f.field.id)], words)])]),
    ]),
  };
}

/** Only the rows with a pending change, of any price field. */
export function changesTable(rows: readonly CatalogRow[], edits: Readonly<Record<string, PriceEdit>>, fields: readonly PriceField[] = [], words = ENGLISH_EXPORT_WORDS): ExportTable {
  const others = fields.filter((f) => !f.primary).map((f) => f.id);
  const changed = rows.filter((r) => changedCell(r, edits) || others.some((field) => changedCell(r, edits, field)));
  return { ...gridTable(changed, edits, fields, words), sheetName: words.sheet.changes };
}

const RESULTS_HEADERS = [HEADERS.sku, HEADERS.name, HEADERS.current, HEADERS.newPrice, HEADERS.currency, 'Result', 'Message', 'Code'];

/** A submission's answers, with the vendors' own messages: the primary field's, then each other field's that was sent. */
export function resultsTable(
  rows: readonly CatalogRow[],
  results: Readonly<Record<string, RowResult>>,
  edits: Readonly<Record<string, PriceEdit>>,
  fields: readonly PriceField[] = [],
  words = ENGLISH_EXPORT_WORDS,
): ExportTable {
  const others = fieldColumns(fields, RESULTS_HEADERS).filter((f) => rows.some((r) => results[cellId(r.key, f.field.id)]));
  return {
    sheetName: words.sheet.results,
    columns: [
      text(HEADERS.sku), text(HEADERS.name), price(HEADERS.current), price(HEADERS.newPrice), currency(HEADERS.currency), text('Result'), text('Message'), text('Code'),
      ...others.flatMap((f) => [priceIn(currentHeader(f.header), f.currency), priceIn(f.header, f.currency), text(`${f.header} result`), text(`${f.header} message`)]),
    ],
    rows: rows
      .filter((r) => results[r.key] || others.some((f) => results[cellId(r.key, f.field.id)]))
      .map((r) => {
        const res = results[r.key];
        return [
          r.sku, r.name, r.price, shown(edits[r.key], words), r.currency, res ? words.result[res.status] : null, res ? words.message(res) : null, res?.code ?? null,
          ...others.flatMap((f) => {
            const id = cellId(r.key, f.field.id);
            const other = results[id];
            return [r.prices?.[f.field.id] ?? null, other ? shown(edits[id], words) : null, other ? words.result[other.status] : null, other ? words.message(other) : null];
          }),
        ];
      }),
  };
}

/** The columns the import expects, with the connection's SKUs filled in and the new prices blank. */
export function templateTable(rows: readonly CatalogRow[], fields: readonly PriceField[] = [], words = ENGLISH_EXPORT_WORDS): ExportTable {
  return { ...gridTable(rows, {}, fields, words), sheetName: words.sheet.template };
}
