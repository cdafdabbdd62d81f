/**
 * The numbers the grid shows, in the person's locale with thousands grouping and each row's
 * currency symbol where the locale puts it ("€1,234.50", "1.234,50 €", "1 234,50 kr"), and
 * the same values as plain text for the clipboard: no symbol, no grouping, so a copy keeps
 * the exact value and pastes back (into PriceDesk or a spreadsheet) as the same number.
 */
import { columnField, fieldColumn } from '../../../shared/grid/cells';
import type { PriceField } from '../../../shared/price-fields';
import type { CatalogRow } from '../../../shared/types';
import { showMoney, showNumber } from '../../app/locale';

/** A price with its currency's symbol; without a currency (or `plain`), two decimals at least ("1234.50"). */
export const money = (value: string | null | undefined, currency: string | null = null, plain = false): string => showMoney(value, plain ? null : currency, { plain });

/** A change in amount with its sign and currency ("+€1,234.50", "-3,10 kr"). */
export const changeText = (value: string | null | undefined, currency: string | null = null, plain = false): string =>
  value == null ? '' : showMoney(value, plain ? null : currency, { signed: true, minDecimals: 2, plain });

/** A percent, with its sign for changes ("+40.0 %"). */
export const percentText = (value: string | null | undefined, signed: boolean, plain = false): string => (value == null ? '' : `${showNumber(value, { signed, plain })} %`);

/** Columns holding amounts: the status bar's Sum and Average carry their currency's symbol. */
const MONEY_COLUMNS: ReadonlySet<string> = new Set(['price', 'newPrice', 'cost', 'change']);

/** Clipboard text of numeric columns by column id; other columns copy what they show. */
const PLAIN_TEXT: Partial<Record<string, (value: string) => string>> = {
  price: (v) => money(v, null, true),
  newPrice: (v) => money(v, null, true),
  cost: (v) => money(v, null, true),
  change: (v) => changeText(v, null, true),
  changePercent: (v) => percentText(v, true, true),
  marginPercent: (v) => percentText(v, false, true),
};

/** A price field's columns copy as the primary's of the same kind (shared/grid/cells.ts). */
const asPrimary = (colId: string): string => {
  const col = columnField(colId);
  return col ? fieldColumn(col.kind) : colId;
};

/** The plain clipboard text of a numeric column's value, or undefined for a column that copies what it shows. */
export const plainText = (colId: string): ((value: string) => string) | undefined => PLAIN_TEXT[asPrimary(colId)];

/**
 * The currency of a column's amounts in a row, or null where the column holds no amount:
 * a price field's own currency for its columns, the row's for the primary's and the cost.
 */
export function columnCurrency(colId: string, row: CatalogRow | undefined, fields: readonly PriceField[]): string | null {
  if (!MONEY_COLUMNS.has(asPrimary(colId))) return null;
  const field = columnField(colId)?.field;
  return field === undefined ? (row?.currency ?? null) : (fields.find((f) => f.id === field)?.currency ?? null);
}
