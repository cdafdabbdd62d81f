/**
 * The grid's cells of every price field. The store keys what it keeps per price cell
 * (pending edits, problems, results, confirmed slips) by CELL ID, which is `changeId` of
 * the (row, field): the row key for the primary field, so everything written before the grid
 * showed other fields reads the same; `key` + U+001F + field id for any other field.
 *
 * The primary field keeps its columns (`price`, `newPrice`, `change`, `changePercent`); each
 * other field shown gets `cur:<id>`, `new:<id>`, `chg:<id>` and `chgp:<id>`.
 */
import { costOfField } from '../field-rules';
import type { PriceField } from '../price-fields';
import { changeId, withField, type CatalogRow } from '../types';
import { editedPrice, type PriceEdit } from './edit';

/** The cell id of a row's field; `field` undefined (or the primary's) is the primary field. */
export const cellId = (rowKey: string, field?: string): string => changeId({ key: rowKey, ...withField({ field }) });

const SEPARATOR = '\u001f';

/** The row key and field of a cell id (no field: the primary). */
export function splitCellId(id: string): { key: string; field?: string } {
  const at = id.indexOf(SEPARATOR);
  return at < 0 ? { key: id } : { key: id.slice(0, at), field: id.slice(at + 1) };
}

/** A row's current price in a field (undefined: the primary field, `row.price`). */
export function currentPrice(row: Pick<CatalogRow, 'price' | 'prices'>, field?: string): string | null {
  return field === undefined ? row.price : (row.prices?.[field] ?? null);
}

/** A row's price in a field as it would be after sending: the pending edit (null for a removal), else the current price. */
export function pendingPrice(row: Pick<CatalogRow, 'key' | 'price' | 'prices'>, field: string | undefined, edits: Readonly<Record<string, PriceEdit>>): string | null {
  const edit = edits[cellId(row.key, field)];
  return edit === undefined ? currentPrice(row, field) : editedPrice(edit);
}

/**
 * The cost a row's primary price earns its margin over (the Margin % column): the primary's
 * cost field (shared/field-rules.ts, its currency) after pending edits where the connection
 * has one, else the row's own cost.
 */
export function primaryCost(row: Pick<CatalogRow, 'key' | 'price' | 'prices' | 'cost'>, fields: readonly PriceField[], edits: Readonly<Record<string, PriceEdit>>): string | null {
  return costOfField(row.cost, fields, undefined, (field) => pendingPrice(row, field, edits));
}

/** The kinds of per-field columns: current, new (editable), change, change %. */
export type FieldColumnKind = 'cur' | 'new' | 'chg' | 'chgp';

/** The primary field's own column ids per kind. */
const PRIMARY_COLUMN: Record<FieldColumnKind, string> = { cur: 'price', new: 'newPrice', chg: 'change', chgp: 'changePercent' };
const PRIMARY_KIND = new Map(Object.entries(PRIMARY_COLUMN).map(([kind, col]) => [col, kind as FieldColumnKind]));

/** The column id of a field's column of one kind (field undefined: the primary's). */
export const fieldColumn = (kind: FieldColumnKind, field?: string): string => (field === undefined ? PRIMARY_COLUMN[kind] : `${kind}:${field}`);

/**
 * What a price column is: its kind and field (field undefined: the primary); null for a
 * column that belongs to no field (SKU, Name, Cost, Status...).
 */
export function columnField(colId: string): { kind: FieldColumnKind; field?: string } | null {
  const primary = PRIMARY_KIND.get(colId);
  if (primary) return { kind: primary };
  const at = colId.indexOf(':');
  if (at < 0) return null;
  const kind = colId.slice(0, at);
  return kind === 'cur' || kind === 'new' || kind === 'chg' || kind === 'chgp' ? { kind, field: colId.slice(at + 1) } : null;
}

/** True for a column people type new prices into (the primary's New price or a field's). */
export const isEditableColumn = (colId: string): boolean => columnField(colId)?.kind === 'new';

/** The cell a row's editable column edits, or null for a column that is not editable. */
export function editedCell(rowKey: string, colId: string): string | null {
  const col = columnField(colId);
  return col?.kind === 'new' ? cellId(rowKey, col.field) : null;
}

/**
 * The fields other than the primary, in the connection's order: the ones that may get
 * columns of their own. Absent fields (a connection not tested) mean the primary only.
 */
export const otherFields = (fields: readonly PriceField[]): PriceField[] => fields.filter((f) => !f.primary);
/** The field ids of a row's cells: undefined for the primary, then the other fields. */
export const cellFields = (fields: readonly PriceField[]): (string | undefined)[] => [undefined, ...otherFields(fields).map((f) => f.id)];
