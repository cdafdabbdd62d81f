/**
 * The status bar's figures for selected cells, as Excel shows them: Count counts the
 * non-empty cells, Sum and Average take the numeric ones. Decimal arithmetic (big.js via
 * shared/money), so ten prices of 0.10 sum to 1.00, not 0.9999999999999999.
 */
import { dec, isDecimal, toFixed, type Big } from '../money';

/** One selected cell: its value as the grid holds it, and whether its column holds numbers. */
export interface StatCell {
  value: string | null;
  numeric: boolean;
  /** The row's currency when the column holds amounts in it (prices, cost, change); percents have none. */
  currency?: string | null;
}

export interface SelectionStats {
  /** Non-empty cells, numeric or not. */
  count: number;
  /** Cells holding a number, what Sum and Average are taken over. */
  numbers: number;
  /** Exact sum as a canonical decimal, null without numbers. */
  sum: string | null;
  /** Sum / numbers to two decimals (half up), null without numbers. */
  average: string | null;
  /** The one currency every number summed is in; null when they mix currencies or include percents. */
  currency: string | null;
}

export function selectionStats(cells: Iterable<StatCell>): SelectionStats {
  let count = 0;
  let numbers = 0;
  let sum: Big | null = null;
  // undefined until the first number; null once two differ (or one has none).
  let currency: string | null | undefined;
  for (const { value, numeric, currency: cellCurrency = null } of cells) {
    if (value === null || value.trim() === '') continue;
    count++;
    // A numeric column's value is a canonical decimal; words there ("remove price") only count.
    if (!numeric || !isDecimal(value)) continue;
    numbers++;
    currency = currency === undefined || currency === cellCurrency ? cellCurrency : null;
    sum = sum === null ? dec(value) : sum.plus(dec(value));
  }
  return { count, numbers, sum: sum === null ? null : sum.toString(), average: sum === null ? null : toFixed(sum.div(numbers), 2), currency: currency ?? null };
}
