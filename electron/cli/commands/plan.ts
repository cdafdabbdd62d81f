/**
 * Matching a changes file against the vendor's current catalog: which rows change, which
 * are already at that price, which SKUs the vendor does not have, and which changes the
 * rails hold back. Pure, so `--dry-run` and the real run show the same diff.
 */
import { costFieldFor } from '../../../shared/field-rules';
import { compare, nonPositive, nonPositiveMessage, percentChange, sameAmount, showPrice } from '../../../shared/money';
import type { PriceField } from '../../../shared/price-fields';
import type { Said } from '../../../shared/said';
import { changeId, withField, type CatalogRow, type PriceUpdate, type RowResult, type RowStatus } from '../../../shared/types';
import { holdBack, type HoldBackPlan } from '../../../shared/price-rails';
import type { ChangeLine } from '../read-changes';
import type { CliRails } from '../rails';

/** One line of the JSON document and of the table: one (SKU, price field). */
export interface ResultLine {
  sku: string;
  /** The price field's id (the primary's too), where the connection's fields are known (`submit` sets it). */
  field?: string;
  status: RowStatus;
  oldPrice: string | null;
  newPrice: string;
  message: string | null;
  /** The rule that held the row back (change_limit, below_cost, too_many_held_back); only on held-back rows. */
  code?: string;
  /** The message's stable id and parameters (shared/said-ids.ts), where PriceDesk worded it: for scripts that branch on it. */
  said?: Said;
}

/** A sent line with the vendor's (or the connector's) result: status, the English message and its id. */
export function withOutcome(line: ResultLine, result: RowResult): ResultLine {
  return { ...line, status: result.status, message: result.message, ...(result.said ? { said: result.said } : {}) };
}

/** A file line with what happens to it before anything is sent. */
export type PlannedLine =
  /** `cost`: what the rails hold the new price against (`railCost`), null when nothing. */
  | { kind: 'send'; line: ChangeLine; row: CatalogRow; change: PriceUpdate; cost: string | null }
  /** A change the rails hold back (see ../rails.ts): shown like a send, settled like a skip. */
  | { kind: 'held'; line: ChangeLine; row: CatalogRow; change: PriceUpdate; cost: string | null; result: ResultLine }
  | { kind: 'settled'; line: ChangeLine; row: CatalogRow | undefined; result: ResultLine };

/**
 * The price a catalog row has now in a line's field: `price` for the primary field, else its
 * `prices` entry (null = none); undefined when the catalog does not say (a connector that
 * reports no prices per field).
 */
const currentPrice = (row: CatalogRow, field: string | undefined): string | null | undefined => (field === undefined ? row.price : row.prices?.[field]);

/** Matches each (SKU, field) line with the catalog. `fields` are the connection's (its test). */
export function planChanges(lines: ChangeLine[], catalog: CatalogRow[], fields: readonly PriceField[] = []): PlannedLine[] {
  const bySku = new Map(catalog.map((r) => [r.sku, r]));
  const byLooseSku = new Map(catalog.map((r) => [r.sku.trim().toLowerCase(), r]));
  // The file's own new prices of other fields, for the rails' cost: one look-up per line, not a scan.
  const inFile = new Map(lines.flatMap((l) => (l.field === undefined ? [] : [[changeId({ key: l.sku, field: l.field }), l.price] as const])));
  const fileCost = (sku: string, field: string) => inFile.get(changeId({ key: sku, field }));
  return lines.map((line): PlannedLine => {
    const row = bySku.get(line.sku) ?? byLooseSku.get(line.sku.trim().toLowerCase());
    const newPrice = showPrice(line.price);
    const old = row ? currentPrice(row, line.field) : undefined;
    const settled = (status: RowStatus, message: string): PlannedLine => ({ kind: 'settled', line, row, result: { sku: line.sku, status, oldPrice: old ?? null, newPrice, message } });
    if (!row) return settled('error', 'No product with this SKU in the catalog; nothing sent.');
    if (old === undefined) return settled('error', `The catalog does not show this product's ${line.field} price; nothing sent.`);
    // Refused here, before any request: the vendor is never relied on to refuse it.
    const notSendable = nonPositive(line.price);
    if (notSendable) return settled('error', `${nonPositiveMessage(newPrice, notSendable)} Nothing sent.`);
    // The file's currency column speaks for the primary price, the one in the row's currency.
    if (line.field === undefined && line.currency && line.currency !== row.currency) return settled('error', `The file says ${line.currency}, but this connection's prices are in ${row.currency}; nothing sent.`);
    if (old !== null && sameAmount(old, line.price)) return settled('ok', 'Already at this price; nothing sent.');
    const currency = fields.find((f) => f.id === line.field)?.currency ?? row.currency;
    return {
      kind: 'send',
      line,
      row,
      change: { key: row.key, sku: row.sku, ...withField(line), oldPrice: old, newPrice: line.price, currency, vendorIds: row.vendorIds },
      cost: railCost(line, row, fields, fileCost),
    };
  });
}

/**
 * The cost a line's new price is held against (shared/field-rules: regular prices, tiers
 * and sale prices, by the cost field in their currency): the file's new cost where it
 * changes that field too, else the catalog's. The primary field keeps today's rule where
 * the file changes no cost field: the file's cost column, else the catalog's cost. Null
 * where no rule applies or no cost is known. `fileCost` finds a cost field's new price in
 * the file by SKU.
 */
function railCost(line: ChangeLine, row: CatalogRow, fields: readonly PriceField[], fileCost: (sku: string, field: string) => string | undefined): string | null {
  const field = fields.find((f) => (line.field === undefined ? f.primary : f.id === line.field));
  const costField = field ? costFieldFor(fields, field) : undefined;
  const fromFile = costField ? fileCost(line.sku, costField.id) : undefined;
  if (fromFile !== undefined) return fromFile;
  if (line.field === undefined) return line.cost ?? (costField ? currentPrice(row, costField.id) : undefined) ?? row.cost;
  return costField ? (currentPrice(row, costField.id) ?? null) : null;
}

/** Table cells for the diff: SKU, field (when the file has several), name, old, new, change, note. */
export function diffCells(planned: PlannedLine, withField = false): string[] {
  const old = planned.kind === 'settled' ? planned.result.oldPrice : planned.change.oldPrice;
  const price = showPrice(planned.line.price);
  const pct = old !== null && planned.kind !== 'settled' ? percentChange(old, planned.line.price) : null;
  const cost = planned.kind === 'send' ? planned.cost : null;
  const belowCost = cost !== null && planned.kind === 'send' && compare(planned.line.price, cost) < 0;
  const notes = [planned.kind === 'send' ? '' : (planned.result.message ?? ''), belowCost ? `below cost ${cost}` : ''];
  const field = withField ? [planned.line.field ?? '(primary)'] : [];
  return [planned.line.sku, ...field, planned.row?.name ?? '', old ?? '(none)', price, pct === null ? '' : `${pct.startsWith('-') ? '' : '+'}${pct}%`, notes.filter(Boolean).join('; ')];
}

/**
 * Holds back the changes the rails stop (beyond the change limits, below cost, or all of
 * them when more than a fifth of the file is held back); `unit` names a file line in the
 * message ("row" or "entry"). Returns the plan with held lines and why nothing goes, if so.
 */
export function holdBackChanges(planned: PlannedLine[], rails: CliRails, unit: string): { planned: PlannedLine[]; stopped: HoldBackPlan['stopped'] } {
  const sends = planned.flatMap((p, at) => (p.kind === 'send' ? [{ p, at }] : []));
  // Per (SKU, field): each field's change against its own old price and its cost field.
  const rows = sends.map(({ p }) => ({ sku: p.line.sku, oldPrice: p.change.oldPrice, newPrice: p.change.newPrice, cost: p.cost, label: `${unit} ${p.line.row} ${p.line.sku}${p.line.field === undefined ? '' : ` ${p.line.field}`}` }));
  const plan = holdBack(rows, rails.limits, rails.overrides, planned.length);
  const result = [...planned];
  for (const { index, code, reason } of plan.held) {
    const { p, at } = sends[index]!;
    result[at] = { ...p, kind: 'held', result: { sku: p.line.sku, status: 'skipped', oldPrice: p.change.oldPrice, newPrice: showPrice(p.change.newPrice), message: reason, code } };
  }
  return { planned: result, stopped: plan.stopped };
}
