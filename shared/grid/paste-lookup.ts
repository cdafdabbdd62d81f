/**
 * A block copied from a supplier's sheet is usually two columns, SKU and price. Pasted
 * cell by cell it would put SKUs where prices go and drop the prices; Excel users expect
 * it to work like a lookup instead: each price goes to the row with that SKU, wherever
 * that row is. Pure, so the rule is tested without a grid.
 *
 * With several price fields: a SKU + price block goes to the field whose New column the
 * selection is on. A block with several price columns needs a header row naming each
 * column's field ("SKU, Price, Wholesale", by label or id, as a changes file does): which
 * column is which field cannot be guessed from numbers, so without one nothing is pasted
 * and the plan says why: as a code and its parameters, which the window puts in the
 * person's language (renderer/features/grid/interactions.ts).
 */
import { findField, type PriceField } from '../price-fields';
import { cellId } from './cells';
import type { ReadPrice } from './read-price';
import type { Said } from '../said';

/** What a lookup paste would do, before anything is applied. */
export interface LookupPlan {
  /** New prices for the rows whose SKU matched and whose price could be read. */
  edits: { key: string; newPrice: string }[];
  /** Matched rows whose pasted price could not be read, by cell id: the reason. */
  problems: Record<string, string>;
  /** Matched rows whose SKU was pasted more than once with different prices, by cell id: the SKU. Neither price is used. */
  conflicts: Record<string, string>;
  /** First-column values that match no SKU, in the order pasted. */
  unmatched: string[];
  /** Lines whose SKU matched (each counted once however many rows carry the SKU). */
  matched: number;
  /** True when the first line was a header ("SKU", "Price") and was skipped. */
  header: boolean;
  /** Why nothing may be pasted (several price columns without field names), when so. */
  refused?: LookupRefusal;
}

/** Why a block with several price columns cannot be pasted; `fields` are the connection's field labels. */
export type LookupRefusal =
  | { code: 'noHeader'; priceColumns: number; fields: string[] }
  | { code: 'unknownColumn'; name: string; fields: string[] }
  | { code: 'readOnly'; field: string; reason: string; reasonSaid?: Said }
  | { code: 'sameFieldTwice'; field: string };

/** The connection's fields and the field the selection's New column edits (undefined: the primary). */
export interface LookupTarget {
  fields: readonly PriceField[];
  field?: string;
}

/** A price column of the block: its index in the line and the field it fills (undefined: the primary). */
type PriceColumn = { at: number; field: string | undefined };

/** The block's price columns, or why they cannot be told apart. */
function priceColumns(header: readonly string[] | null, width: number, target: LookupTarget): PriceColumn[] | LookupRefusal {
  if (width <= 2) return [{ at: 1, field: target.field }];
  const fields = target.fields.map((f) => f.label);
  if (!header) return { code: 'noHeader', priceColumns: width - 1, fields };
  const columns: PriceColumn[] = [];
  for (let at = 1; at < width; at++) {
    const name = (header[at] ?? '').trim();
    const field = findField(target.fields, name);
    if (!field) return { code: 'unknownColumn', name, fields };
    if (field.readOnly) return { code: 'readOnly', field: field.label, reason: field.readOnly, ...(field.readOnlySaid ? { reasonSaid: field.readOnlySaid } : {}) };
    const id = field.primary ? undefined : field.id;
    if (columns.some((c) => c.field === id)) return { code: 'sameFieldTwice', field: field.label };
    columns.push({ at, field: id });
  }
  return columns;
}

/**
 * The lookup plan for pasted cells, or null when the block is not SKU + price: fewer than
 * two columns, or fewer than half of the first column's values are SKUs of the catalog.
 * `rowsBySku` lists the row keys per SKU (a SKU may be on several rows).
 */
export function planLookupPaste(cells: readonly (readonly string[])[], rowsBySku: ReadonlyMap<string, readonly string[]>, read: (text: string) => ReadPrice, target: LookupTarget = { fields: [] }): LookupPlan | null {
  if (!cells.some((line) => line.length >= 2)) return null;
  const lines = cells.filter((line) => (line[0] ?? '').trim() !== '' || (line[1] ?? '').trim() !== '');
  if (lines.length === 0) return null;
  const first = lines[0]!;
  // A header names its columns: its first cell is no SKU and its second no price.
  const header = !rowsBySku.has(first[0]!.trim()) && !read(first[1] ?? '').ok;
  const body = header ? lines.slice(1) : lines;
  const skus = body.map((line) => (line[0] ?? '').trim()).filter((sku) => sku !== '');
  const matchedSkus = skus.filter((sku) => rowsBySku.has(sku));
  if (matchedSkus.length === 0 || matchedSkus.length * 2 < skus.length) return null;

  const plan: LookupPlan = { edits: [], problems: {}, conflicts: {}, unmatched: [], matched: 0, header };
  // Trailing empty cells (a spreadsheet's ragged copy) make no price column.
  const width = Math.max(...lines.map((line) => line.findLastIndex((cell) => cell.trim() !== '') + 1), 2);
  const columns = priceColumns(header ? first : null, width, target);
  if (!Array.isArray(columns)) return { ...plan, refused: columns };
  const priceByCell = new Map<string, { sku: string; keys: readonly string[]; field: string | undefined; price: string }>();
  const conflicting = new Set<string>();
  for (const line of body) {
    const sku = (line[0] ?? '').trim();
    const keys = rowsBySku.get(sku);
    if (!keys) {
      if (sku !== '') plan.unmatched.push(sku);
      continue;
    }
    plan.matched++;
    for (const { at, field } of columns) {
      const text = line[at] ?? '';
      // With several columns an empty cell changes nothing for that field, as in a changes file.
      if (columns.length > 1 && text.trim() === '') continue;
      const parsed = read(text);
      if (!parsed.ok) {
        for (const key of keys) plan.problems[cellId(key, field)] = parsed.error;
        continue;
      }
      const slot = `${sku}\u001f${field ?? ''}`;
      const earlier = priceByCell.get(slot);
      // The same SKU twice with different prices: neither is right for sure, so neither is used.
      if (earlier !== undefined && earlier.price !== parsed.value) conflicting.add(slot);
      priceByCell.set(slot, { sku, keys, field, price: parsed.value });
    }
  }
  for (const [slot, { sku, keys, field, price }] of priceByCell) {
    if (conflicting.has(slot)) {
      for (const key of keys) plan.conflicts[cellId(key, field)] = sku;
      continue;
    }
    for (const key of keys) plan.edits.push({ key: cellId(key, field), newPrice: price });
  }
  return plan;
}

/** Row keys per SKU, for `planLookupPaste`. */
export function rowsBySku(rows: readonly { key: string; sku: string }[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const row of rows) {
    const keys = index.get(row.sku);
    if (keys) keys.push(row.key);
    else index.set(row.sku, [row.key]);
  }
  return index;
}
