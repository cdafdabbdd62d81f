/**
 * Reading single cells: text for display and SKUs (exactly as the sheet shows them, leading
 * zeros included), and prices (numeric cells as they are, text with locale rules).
 */
import * as XLSX from 'xlsx';
import { parsePrice, type DecimalHint, type NotAPrice } from '../parse-price';
import type { Cell, ProblemWords } from './types';

/** True for a number format that shows a date or time. */
export const isDateFormat = (z: unknown): boolean => typeof z === 'string' && z !== 'General' && XLSX.SSF.is_date(z);

/** A number as a plain decimal string, cut to the 15 significant digits a spreadsheet keeps. */
export function numberText(value: number): string {
  // Fast path: up to 15 characters means at most 15 significant digits and no exponent.
  const plain = String(value);
  if (plain.length <= 15 && !plain.includes('e')) return plain;
  const rounded = Number(value.toPrecision(15));
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  // Exponent notation only appears for tiny or huge values; write them out in full.
  return Math.abs(rounded) < 1 ? rounded.toFixed(20).replace(/\.?0+$/, '') : BigInt(Math.round(rounded)).toString();
}

/** What the cell shows, as text ("" for blank). Used for headers, SKUs, names and previews. */
export function cellText(cell: Cell): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v).trim();
    case 'n': {
      const v = cell.v as number;
      const z = cell.z;
      if (typeof z === 'string' && z !== 'General') {
        try {
          return XLSX.SSF.format(z, v).trim();
        } catch {
          return numberText(v);
        }
      }
      // Whole numbers in full, never 1.23E+12: long SKUs stay exact.
      return numberText(v);
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v);
    case 'e':
      return cell.w ?? '#ERROR';
    default:
      return String(cell.v).trim();
  }
}

/** True when the cell holds nothing. */
export const isBlank = (cell: Cell): boolean => !cell || cell.v === undefined || cell.v === null || (cell.t === 's' && String(cell.v).trim() === '') || cell.t === 'z';

/** The words (importing catalogue, `problem` group) for each way the price parser refuses a text. */
const PARSER_WORDS: Record<Exclude<NotAPrice, 'empty'>, string> = { notAPrice: 'notAPrice', percentage: 'isPercentage', spaces: 'notAPriceSpaces', tooLarge: 'tooLargeForPrice' };

/** `said`: the error as words for the window (shared/import/types.ts ProblemWords), where it has them. */
export type PriceCell = { ok: true; value: string; ambiguous: boolean } | { ok: false; error: string; said?: ProblemWords } | { ok: 'blank' };

/**
 * A price from a cell. Numeric cells (including the cached value of formula cells) are
 * taken as they are; text goes through the same parser as typing in the grid with the
 * column's decimal separator; dates, booleans and errors are refused with a reason.
 */
export function readPriceCell(cell: Cell, hint: DecimalHint): PriceCell {
  if (isBlank(cell)) return { ok: 'blank' };
  const c = cell!;
  switch (c.t) {
    case 'n':
      // ISO in the message: "3/1/24" means different days to different readers.
      if (isDateFormat(c.z)) {
        const date = XLSX.SSF.format('yyyy-mm-dd', c.v as number);
        return { ok: false, error: `is a date (${date}), not a price`, said: { id: 'isDate', params: { date } } };
      }
      if (!Number.isFinite(c.v as number)) return { ok: false, error: 'is not a number', said: { id: 'isNotNumber' } };
      return { ok: true, value: numberText(c.v as number), ambiguous: false };
    case 's': {
      const parsed = parsePrice(String(c.v), hint);
      if (parsed.ok) return parsed;
      if (parsed.why === 'empty') return { ok: false, error: 'is empty', said: { id: 'isEmpty' } };
      // The parser's refusal as it says it (its English), and as words for the window.
      return { ok: false, error: parsed.error, said: { id: PARSER_WORDS[parsed.why], params: { text: String(c.v).trim() } } };
    }
    case 'd':
      return { ok: false, error: `is a date (${cellText(c)}), not a price`, said: { id: 'isDate', params: { date: cellText(c) } } };
    case 'b':
      return { ok: false, error: `is ${cellText(c)}, not a price`, said: { id: 'isBoolean', params: { value: cellText(c) } } };
    case 'e':
      return { ok: false, error: `shows the spreadsheet error ${cellText(c)}`, said: { id: 'isSheetError', params: { value: cellText(c) } } };
    default:
      return { ok: false, error: `"${cellText(c)}" is not a price`, said: { id: 'notAPrice', params: { text: cellText(c) } } };
  }
}
