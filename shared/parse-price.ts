/**
 * Reads a price the way a spreadsheet user writes it: "12,50", "1.299,00", "€ 9.99",
 * "1 299,00 kr", "$1,234.56". Returns a canonical decimal string or a reason in plain words.
 * Pure and locale-aware, shared by typing in the grid, paste and file import.
 */

export type DecimalHint = '.' | ',' | 'auto';

/** Why a text is not a price, for words in another language than the English `error`. */
export type NotAPrice = 'empty' | 'percentage' | 'spaces' | 'notAPrice' | 'tooLarge';

export type ParsedPrice =
  | { ok: true; value: string; /** one separator followed by exactly 3 digits and no hint */ ambiguous: boolean }
  | { ok: false; error: string; why: NotAPrice };

// Currency symbols and codes that may stand before or after the number (never inside it).
// Besides the plain symbols, the ones Intl writes in the grid's cells (the editor starts from
// them): a dollar or yen with its country ("CA$", "$US", "JP¥", "￥"), "£GB", "Nkr"/"Dkr"/"Ikr"
// (sv-SE), and ISO codes where a locale has no symbol ("ZAR 1,234.50").
const CURRENCY =
  '(?:€|\\$|£|¥|￥|₹|₩|₺|₽|[A-Z]{1,2}\\$|\\$[A-Z]{2}|[A-Z]{2}¥|£[A-Z]{2}|CHF|EUR|USD|GBP|SEK|NOK|DKK|ISK|AUD|NZD|CAD|BRL|MXN|ARS|CLP|COP|PEN|UYU|JPY|PLN|CZK|HUF|INR|ZAR|SGD|HKD|CNY|TRY|ILS|RON|BGN|[DNIS]?kr\\.?|zł|Kč|Ft)';
// A leading currency may follow a sign or an opening parenthesis ("-€5", "(€5)"); a
// trailing one may precede a sign or a closing parenthesis ("5 €-", "(5 €)").
const LEADING_CURRENCY = new RegExp(`^([-\u2212(]?)\\s*${CURRENCY}\\s*`, 'iu');
const TRAILING_CURRENCY = new RegExp(`\\s*${CURRENCY}\\s*([-)]?)$`, 'iu');
// Spaces used as thousands separators: normal, no-break, narrow no-break, thin; Swiss apostrophe.
const SPACES = /[\s\u00a0\u202f\u2009']/gu;
const HAS_SPACE = /[\s\u00a0\u202f\u2009']/u;
// A space groups thousands only between groups of three digits: "1 234 567,50", never "12 50".
const SPACE_GROUPED = /^\d{1,3}(?:[\s\u00a0\u202f\u2009']\d{3})+(?:[.,]\d+)?$/u;

export function parsePrice(input: string, hint: DecimalHint = 'auto'): ParsedPrice {
  const raw = input.trim();
  if (raw === '') return { ok: false, error: 'empty', why: 'empty' };
  if (raw.includes('%')) return { ok: false, error: `"${raw}" is a percentage, not a price`, why: 'percentage' };
  let text = raw.replace(LEADING_CURRENCY, '$1').replace(TRAILING_CURRENCY, '$1').trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.startsWith('-') || text.startsWith('\u2212')) {
    negative = !negative;
    text = text.slice(1).trim();
  } else if (text.endsWith('-')) {
    negative = true;
    text = text.slice(0, -1).trim();
  }
  if (HAS_SPACE.test(text)) {
    if (!SPACE_GROUPED.test(text)) return { ok: false, error: `"${raw}" is not a price: a space may only separate thousands, as in "1 234,50"`, why: 'spaces' };
    text = text.replace(SPACES, '');
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return notAPrice(raw);

  const dots = count(text, '.');
  const commas = count(text, ',');
  let decimalSep: '.' | ',' | null = null;
  let ambiguous = false;
  if (dots && commas) {
    decimalSep = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    if (count(text, decimalSep) > 1) return notAPrice(raw);
  } else if (dots + commas === 1) {
    const sep = dots ? '.' : ',';
    const after = text.length - text.indexOf(sep) - 1;
    if (after !== 3) decimalSep = sep;
    else if (hint === 'auto') {
      decimalSep = sep;
      ambiguous = true;
    } else decimalSep = hint === sep ? sep : null;
  } else if (dots + commas > 1) {
    // Several of one separator: they group thousands ("1.234.567").
    decimalSep = null;
  }

  const thousandsSep = decimalSep === '.' ? ',' : decimalSep === ',' ? '.' : dots ? '.' : ',';
  const [whole = '', fraction] = decimalSep ? splitOnce(text, decimalSep) : [text, undefined];
  if (whole.includes(thousandsSep) && !validGrouping(whole, thousandsSep)) return notAPrice(raw);
  const digits = whole.split(thousandsSep).join('');
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return notAPrice(raw);
  const intPart = digits.replace(/^0+(?=\d)/, '') || '0';
  if (intPart.length > 12) return { ok: false, error: `"${raw}" is too large to be a price`, why: 'tooLarge' };
  const value = `${negative ? '-' : ''}${intPart}${fraction ? `.${fraction}` : ''}`;
  return { ok: true, value: value === '-0' ? '0' : value, ambiguous };
}

const notAPrice = (raw: string): ParsedPrice => ({ ok: false, error: `"${raw}" is not a price`, why: 'notAPrice' });

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

function splitOnce(text: string, sep: string): [string, string] {
  const i = text.lastIndexOf(sep);
  return [text.slice(0, i), text.slice(i + 1)];
}

/** "1.234.567" groups by three after the first group. */
function validGrouping(whole: string, sep: string): boolean {
  const groups = whole.split(sep);
  return groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

/** The decimal separator of a BCP 47 locale ("de-DE" -> ","). */
export function localeDecimalSeparator(locale: string): '.' | ',' {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}
