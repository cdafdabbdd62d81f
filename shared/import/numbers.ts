/**
 * Infers a price column's decimal separator from its text values. "1.234,56" and "12,5"
 * prove a decimal comma, "1,234.56" and "12.50" a decimal point; "1,234" alone proves
 * nothing, and such a value is flagged rather than guessed.
 */
import type { Cell, SeparatorInfo, Separator } from './types';

// Same symbols the price parser strips; kept simple here since only separators matter.
const NOISE = /[^\d.,]/g;

/** Which separator one text value proves to be decimal, if any. */
export function separatorEvidence(text: string): Separator | null {
  const t = text.replace(NOISE, '');
  const dot = t.lastIndexOf('.');
  const comma = t.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ',';
  const sep = dot >= 0 ? '.' : comma >= 0 ? ',' : null;
  if (!sep) return null;
  const parts = t.split(sep);
  // Several of the same separator group thousands: "1.234.567" -> the other one is decimal.
  if (parts.length > 2) return sep === '.' ? ',' : '.';
  const after = parts[1]!.length;
  if (after !== 3) return sep;
  // "0,125": a leading zero cannot be a thousands group.
  if (/^0*$/.test(parts[0]!)) return sep;
  return null;
}

/** Looks at every text cell of the column and decides its separator. */
export function inferSeparator(rows: Cell[][], column: number, from: number): SeparatorInfo {
  let dots = 0;
  let commas = 0;
  let texts = 0;
  let example: Record<Separator, string> = { '.': '', ',': '' };
  for (let r = from; r < rows.length; r++) {
    const cell = rows[r]?.[column];
    if (!cell || cell.t !== 's') continue;
    const text = String(cell.v);
    if (!text.trim()) continue;
    texts++;
    const sep = separatorEvidence(text);
    if (sep === '.') dots++;
    else if (sep === ',') commas++;
    if (sep && !example[sep]) example = { ...example, [sep]: text.trim() };
  }
  if (texts === 0) return { separator: null, source: 'numbers', text: 'Numbers stored as numbers: no separator to guess.' };
  if (dots === 0 && commas === 0) return { separator: null, source: 'none', text: 'No value shows the decimal separator; values such as "1,234" are flagged.' };
  const separator: Separator = commas > dots ? ',' : '.';
  const name = separator === ',' ? 'Decimal comma' : 'Decimal point';
  const mixed = dots && commas ? ` (${Math.min(dots, commas)} value(s) suggest the other separator)` : '';
  return { separator, source: 'values', text: `${name}, read from values such as "${example[separator]}"${mixed}.`, example: example[separator], against: Math.min(dots, commas) };
}

/** The info for a separator the user chose. */
export const userSeparator = (separator: Separator): SeparatorInfo => ({
  separator,
  source: 'user',
  text: separator === ',' ? 'Decimal comma, as you chose.' : 'Decimal point, as you chose.',
});
