/**
 * The number columns' filter: a from/to range over decimal strings. Prices are decimal
 * strings in the rows, and AG Grid's own number filter would turn them into floats (or its
 * text filter compare them as text, "9.99" after "10.00"), so the bounds are read the way a
 * typed price is read and compared exactly (compareDecimals).
 */
import { compareDecimals } from './micros';
import { readPrice } from './read-price';

/** A filter's model as the grid stores it: canonical decimal strings, either bound optional. */
export interface DecimalRange {
  filterType: 'decimalRange';
  from: string | null;
  to: string | null;
}

/** A refusal names the box; `reversed` marks a To below From, which the window words itself (the English `error` is for the rest). */
export type ReadRange = { ok: true; range: DecimalRange | null } | { ok: false; field: 'from' | 'to'; error: string; reversed?: true };

/** One typed bound: empty is no bound; a trailing "%" is allowed (Change %, Margin %). */
function readBound(text: string, locale: string): { ok: true; value: string | null } | { ok: false; error: string } {
  const cleaned = text.trim().replace(/\s*%$/, '');
  if (cleaned === '') return { ok: true, value: null };
  const read = readPrice(cleaned, locale);
  return read.ok ? { ok: true, value: read.value } : { ok: false, error: read.error.replace(/price/g, 'number') };
}

/** The range typed in the From and To boxes, with the person's decimal separator; null when both are empty. */
export function readRange(fromText: string, toText: string, locale: string): ReadRange {
  const from = readBound(fromText, locale);
  if (!from.ok) return { ok: false, field: 'from', error: from.error };
  const to = readBound(toText, locale);
  if (!to.ok) return { ok: false, field: 'to', error: to.error };
  if (from.value === null && to.value === null) return { ok: true, range: null };
  if (from.value !== null && to.value !== null && compareDecimals(from.value, to.value) > 0) {
    return { ok: false, field: 'to', error: '"To" is below "From": no row could match.', reversed: true };
  }
  return { ok: true, range: { filterType: 'decimalRange', from: from.value, to: to.value } };
}

/** Whether a cell's value lies in the range, both bounds included. An empty cell never does. */
export function inDecimalRange(value: string | null | undefined, range: DecimalRange): boolean {
  if (value == null || value === '') return false;
  if (range.from !== null && compareDecimals(value, range.from) < 0) return false;
  return range.to === null || compareDecimals(value, range.to) <= 0;
}
