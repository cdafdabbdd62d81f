/**
 * Matching a changes file against the vendor's current catalog: which rows change, which
 * are already at that price, which SKUs the vendor does not have, and which changes the
 * rails hold back. Pure, so `--dry-run` and the real run show the same diff.
 */
import { compare, nonPositive, nonPositiveMessage, percentChange, sameAmount, showPrice } from '../../../shared/money';
import type { CatalogRow, PriceUpdate, RowStatus } from '../../../shared/types';
import { holdBack, type HoldBackPlan } from '../../../shared/price-rails';
import type { ChangeLine } from '../read-changes';
import type { CliRails } from '../rails';

/** One line of the JSON document and of the table. */
export interface ResultLine {
  sku: string;
  status: RowStatus;
  oldPrice: string | null;
  newPrice: string;
  message: string | null;
  /** The rule that held the row back (change_limit, below_cost, too_many_held_back); only on held-back rows. */
  code?: string;
}

/** A file line with what happens to it before anything is sent. */
export type PlannedLine =
  | { kind: 'send'; line: ChangeLine; row: CatalogRow; change: PriceUpdate }
  /** A change the rails hold back (see ../rails.ts): shown like a send, settled like a skip. */
  | { kind: 'held'; line: ChangeLine; row: CatalogRow; change: PriceUpdate; result: ResultLine }
  | { kind: 'settled'; line: ChangeLine; row: CatalogRow | undefined; result: ResultLine };

export function planChanges(lines: ChangeLine[], catalog: CatalogRow[]): PlannedLine[] {
  const bySku = new Map(catalog.map((r) => [r.sku, r]));
  const byLooseSku = new Map(catalog.map((r) => [r.sku.trim().toLowerCase(), r]));
  return lines.map((line): PlannedLine => {
    const row = bySku.get(line.sku) ?? byLooseSku.get(line.sku.trim().toLowerCase());
    const newPrice = showPrice(line.price);
    const settled = (status: RowStatus, message: string): PlannedLine => ({ kind: 'settled', line, row, result: { sku: line.sku, status, oldPrice: row?.price ?? null, newPrice, message } });
    if (!row) return settled('error', 'No product with this SKU in the catalog; nothing sent.');
    // Refused here, before any request: the vendor is never relied on to refuse it.
    const notSendable = nonPositive(line.price);
    if (notSendable) return settled('error', `${nonPositiveMessage(newPrice, notSendable)} Nothing sent.`);
    if (line.currency && line.currency !== row.currency) return settled('error', `The file says ${line.currency}, but this connection's prices are in ${row.currency}; nothing sent.`);
    if (row.price !== null && sameAmount(row.price, line.price)) return settled('ok', 'Already at this price; nothing sent.');
    return {
      kind: 'send',
      line,
      row,
      change: { key: row.key, sku: row.sku, oldPrice: row.price, newPrice: line.price, currency: row.currency, vendorIds: row.vendorIds },
    };
  });
}

/** Table cells for the diff: SKU, name, old, new, change, note. */
export function diffCells(planned: PlannedLine): string[] {
  const old = planned.row?.price ?? null;
  const price = showPrice(planned.line.price);
  const pct = old !== null && planned.kind !== 'settled' ? percentChange(old, planned.line.price) : null;
  const cost = planned.line.cost ?? planned.row?.cost ?? null;
  const belowCost = cost !== null && planned.kind === 'send' && compare(planned.line.price, cost) < 0;
  const notes = [planned.kind === 'send' ? '' : (planned.result.message ?? ''), belowCost ? `below cost ${cost}` : ''];
  return [planned.line.sku, planned.row?.name ?? '', old ?? '(none)', price, pct === null ? '' : `${pct.startsWith('-') ? '' : '+'}${pct}%`, notes.filter(Boolean).join('; ')];
}

/**
 * Holds back the changes the rails stop (beyond the change limits, below cost, or all of
 * them when more than a fifth of the file is held back); `unit` names a file line in the
 * message ("row" or "entry"). Returns the plan with held lines and why nothing goes, if so.
 */
export function holdBackChanges(planned: PlannedLine[], rails: CliRails, unit: string): { planned: PlannedLine[]; stopped: HoldBackPlan['stopped'] } {
  const sends = planned.flatMap((p, at) => (p.kind === 'send' ? [{ p, at }] : []));
  const rows = sends.map(({ p }) => ({ sku: p.line.sku, oldPrice: p.row.price, newPrice: p.change.newPrice, cost: p.line.cost ?? p.row.cost, label: `${unit} ${p.line.row} ${p.line.sku}` }));
  const plan = holdBack(rows, rails.limits, rails.overrides, planned.length);
  const result = [...planned];
  for (const { index, code, reason } of plan.held) {
    const { p, at } = sends[index]!;
    result[at] = { ...p, kind: 'held', result: { sku: p.line.sku, status: 'skipped', oldPrice: p.row.price, newPrice: showPrice(p.change.newPrice), message: reason, code } };
  }
  return { planned: result, stopped: plan.stopped };
}
