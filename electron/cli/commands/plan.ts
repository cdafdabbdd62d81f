/**
 * Matching a changes file against the vendor's current catalog: which rows change, which
 * are already at that price, and which SKUs the vendor does not have. Pure, so `--dry-run`
 * and the real run show the same diff.
 */
import { compare, decimalPlaces, nonPositive, nonPositiveMessage, percentChange, sameAmount, toFixed } from '../../../shared/money';
import type { CatalogRow, PriceUpdate, RowStatus } from '../../../shared/types';
import type { ChangeLine } from '../read-changes';

/** One line of the JSON document and of the table. */
export interface ResultLine {
  sku: string;
  status: RowStatus;
  oldPrice: string | null;
  newPrice: string;
  message: string | null;
}

/** A file line with what happens to it before anything is sent. */
export type PlannedLine =
  | { kind: 'send'; line: ChangeLine; row: CatalogRow; change: PriceUpdate }
  | { kind: 'settled'; line: ChangeLine; row: CatalogRow | undefined; result: ResultLine };

/** Two decimals where that loses nothing ("13" -> "13.00"), the exact value otherwise. */
export const showPrice = (value: string): string => (decimalPlaces(value) <= 2 ? toFixed(value, 2) : value);

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
  const pct = old !== null && planned.kind === 'send' ? percentChange(old, planned.line.price) : null;
  const cost = planned.line.cost ?? planned.row?.cost ?? null;
  const belowCost = cost !== null && planned.kind === 'send' && compare(planned.line.price, cost) < 0;
  const notes = [planned.kind === 'settled' ? (planned.result.message ?? '') : '', belowCost ? `below cost ${cost}` : ''];
  return [planned.line.sku, planned.row?.name ?? '', old ?? '(none)', price, pct === null ? '' : `${pct.startsWith('-') ? '' : '+'}${pct}%`, notes.filter(Boolean).join('; ')];
}
