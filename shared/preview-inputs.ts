/**
 * What the preview needs besides a change set, read from the catalog rows it changes: each
 * line's name, the cost its new price is held against and the rules between the product's
 * fields it breaks. Both judged on the row's prices AFTER the change set (current prices from
 * the rows' `prices`, the set's new ones where it has one), as the grid judges its cells, so
 * lowering a price below the wholesale is flagged even when only the price changes.
 */
import { costOfField, fieldWarnings, type FieldWarning } from './field-rules';
import { cellId, currentPrice } from './grid/cells';
import type { PriceField } from './price-fields';
import type { PreviewInput } from './preview';
import { changeId, withField, type CatalogRow, type PriceChange } from './types';

/** What a line reads of its catalog row. */
export type PreviewCatalogRow = Pick<CatalogRow, 'name' | 'cost' | 'price' | 'prices'>;

/**
 * The change set as preview inputs. `rows` by row key (a change whose row is unknown keeps
 * its own name and has no cost and no notes); `show` writes amounts in the notes, `word` a
 * note in the person's language (the English message by default: the CLI's). Only what
 * a change is travels on, field included: a history row's status or message never goes back
 * to main as part of a retry or a revert.
 */
export function previewInputs(changes: readonly (PriceChange & { name?: string })[], rows: ReadonlyMap<string, PreviewCatalogRow>, fields: readonly PriceField[], show?: (amount: string) => string, word: (warning: FieldWarning) => string = (w) => w.message): PreviewInput[] {
  const pending = new Map(changes.map((c) => [changeId(c), c.newPrice]));
  const byId = new Map(fields.map((f) => [f.id, f]));
  const primary = fields.find((f) => f.primary);
  // A product's warnings once per product, however many of its fields change.
  const warnings = new Map<string, FieldWarning[]>();
  return changes.map(({ key, sku, name, oldPrice, newPrice, currency, vendorIds, ...rest }) => {
    const change = { key, sku, ...withField(rest), oldPrice, newPrice, currency, vendorIds };
    const row = rows.get(key);
    if (!row) return { ...change, name: name ?? '', cost: null };
    const priceOf = (field: string | undefined) => {
      const id = cellId(change.key, field);
      return pending.has(id) ? pending.get(id)! : currentPrice(row, field);
    };
    const field = change.field === undefined ? undefined : byId.get(change.field);
    const cost = costOfField(row.cost, fields, field, priceOf);
    let rules = warnings.get(change.key);
    if (!rules) warnings.set(change.key, (rules = rowWarnings(row, fields, priceOf, show)));
    const own = change.field ?? primary?.id;
    // A rule lands on the line of the field it judges; on the compared field's line when the judged field is not changing.
    const inSet = (id: string) => pending.has(cellId(change.key, id === primary?.id ? undefined : id));
    const notes = rules.filter((w) => (w.field === own ? true : w.against === own && !inSet(w.field))).map(word);
    return { ...change, name: name ?? row.name, cost, ...(notes.length ? { fieldNotes: notes } : {}) };
  });
}

/** The rules between a row's fields it breaks after the change set, below cost left to the cost each line is held against. */
function rowWarnings(row: PreviewCatalogRow, fields: readonly PriceField[], priceOf: (field: string | undefined) => string | null, show?: (amount: string) => string): FieldWarning[] {
  if (fields.length < 2 || !row.prices) return [];
  const prices = Object.fromEntries(fields.map((f) => [f.id, priceOf(f.primary ? undefined : f.id)]));
  return fieldWarnings(fields, prices, show).filter((w) => w.rule !== 'below_cost');
}
