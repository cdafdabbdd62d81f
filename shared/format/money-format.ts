/**
 * Numbers for people, in their locale, from decimal strings, never through a float:
 * Intl.NumberFormat is asked ONCE per locale and currency to format sample numbers, only to
 * learn the symbols (decimal and group separator, minus and plus signs, currency symbol and
 * where it goes, the spaces around it) and the grouping rules (group sizes, and
 * minimumGroupingDigits: es-ES writes 1234 but 12.345). The digits shown are then the
 * string's own, so 12345678901234.99 stays exact and nothing is rounded away. Display only:
 * stores, copies and exports keep the canonical strings ("1299.50").
 */

/** What a locale (and currency) looks like, learned from Intl's own output. */
interface Layout {
  decimal: string;
  group: string;
  /** Digits in the group next to the decimal point, and in the groups before it (2 in en-IN). */
  primary: number;
  secondary: number;
  /** Grouping starts at primary + minGroup digits (1 in en-US: 1,234; 2 in es-ES: 1234, 12.345). */
  minGroup: number;
  /** The currency's usual decimals (2 for EUR, 0 for JPY); 0 without a currency. */
  minFraction: number;
  /** Text before and after the digits: positive, negative, and positive with a plus sign. */
  positive: [string, string];
  negative: [string, string];
  plus: [string, string];
}

const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);
const layouts = new Map<string, Layout>();

/** The text around the digits in a formatted sample. */
function around(parts: Intl.NumberFormatPart[]): [string, string] {
  const first = parts.findIndex((p) => NUMBER_PARTS.has(p.type));
  let last = parts.length - 1;
  while (last > first && !NUMBER_PARTS.has(parts[last]!.type)) last--;
  const text = (from: number, to: number) => parts.slice(from, to).map((p) => p.value).join('');
  return [text(0, first), text(last + 1, parts.length)];
}

function learn(locale: string, currency: string | null): Layout {
  const key = `${locale}|${currency ?? ''}`;
  const known = layouts.get(key);
  if (known) return known;
  // Latin digits: the digits shown are the string's own.
  const base: Intl.NumberFormatOptions = currency ? { style: 'currency', currency, numberingSystem: 'latn' } : { numberingSystem: 'latn' };
  // Two decimals in the samples, even for a currency without them (JPY), so the decimal separator shows.
  const format = (n: number, extra: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(locale, { ...base, minimumFractionDigits: 2, maximumFractionDigits: 2, ...extra }).formatToParts(n);
  const sample = format(1234567.5);
  const integers = sample.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const primary = integers.length > 1 ? integers.at(-1)! : 3;
  const layout: Layout = {
    decimal: sample.find((p) => p.type === 'decimal')?.value ?? '.',
    group: sample.find((p) => p.type === 'group')?.value ?? '',
    primary,
    secondary: integers.length > 2 ? integers.at(-2)! : primary,
    minGroup: format(10 ** primary).some((p) => p.type === 'group') ? 1 : 2,
    minFraction: currency ? (new Intl.NumberFormat(locale, base).resolvedOptions().minimumFractionDigits ?? 2) : 0,
    positive: around(sample),
    negative: around(format(-1234567.5)),
    plus: around(format(1234567.5, { signDisplay: 'always' })),
  };
  layouts.set(key, layout);
  return layout;
}

/** Learns a layout, falling back to no currency for a code Intl refuses and to en-US for a bad locale. */
function layoutFor(locale: string, currency: string | null): Layout {
  try {
    return learn(locale, currency);
  } catch {
    try {
      return learn(locale, null);
    } catch {
      return learn('en-US', null);
    }
  }
}

function groupDigits(whole: string, l: Layout): string {
  if (!l.group || whole.length < l.primary + l.minGroup) return whole;
  const groups = [whole.slice(-l.primary)];
  let rest = whole.slice(0, -l.primary);
  while (rest.length > l.secondary) {
    groups.unshift(rest.slice(-l.secondary));
    rest = rest.slice(0, -l.secondary);
  }
  if (rest) groups.unshift(rest);
  return groups.join(l.group);
}

const CANONICAL = /^([-+]?)(\d+)(?:\.(\d+))?$/;

export interface FormatOptions {
  /** At least this many decimals (padded with zeros; more are kept). Default: the currency's, else none. */
  minDecimals?: number;
  /** Show a plus sign on positive values (changes). */
  signed?: boolean;
  /** Without thousands grouping (text a person will edit). */
  plain?: boolean;
}

function render(value: string, l: Layout, options: FormatOptions): string {
  const match = CANONICAL.exec(value);
  // Not a decimal: shown as it is rather than hidden.
  if (!match) return value;
  const [, sign, rawWhole, fraction = ''] = match;
  const whole = rawWhole!.replace(/^0+(?=\d)/, '');
  const decimals = fraction.padEnd(options.minDecimals ?? l.minFraction, '0');
  const digits = `${options.plain ? whole : groupDigits(whole, l)}${decimals ? l.decimal + decimals : ''}`;
  const zero = !/[1-9]/.test(whole + fraction);
  const [before, after] = zero ? l.positive : sign === '-' ? l.negative : options.signed ? l.plus : l.positive;
  return `${before}${digits}${after}`;
}

/** A price in the locale with the currency's symbol where the locale puts it ("1.234,50 €", "$1,234.50", "1 234,50 kr"). */
export function formatMoney(value: string, locale: string, currency: string | null, options: FormatOptions = {}): string {
  return render(value, layoutFor(locale, currency), currency ? options : { minDecimals: 2, ...options });
}

/**
 * A spreadsheet number format (the cell's `z` in SheetJS; Excel and LibreOffice both read it)
 * that shows a price with its currency's symbol where the locale puts it, thousands grouping
 * and `decimals` decimals: `"€"#,##0.00` (en-US), `#,##0.00" €"` (es-ES). The symbol is a
 * quoted literal, not a [$€-40A] locale tag, so it reads the same in every program; the
 * separators are the format language's own (",", "."), shown by each program in its locale.
 */
export function spreadsheetMoneyFormat(locale: string, currency: string | null, decimals = 2): string {
  const digits = `#,##0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;
  if (!currency) return digits;
  // A currency Intl does not know falls back to no symbol (layoutFor): then plain digits.
  const [before, after] = layoutFor(locale, currency).positive;
  const literal = (text: string) => (text ? `"${text.replace(/"/g, '')}"` : '');
  return `${literal(before)}${digits}${literal(after)}`;
}

/** A number in the locale, without a currency ("12.345,5", "1234"). */
export function formatNumber(value: string, locale: string, options: FormatOptions = {}): string {
  return render(value, layoutFor(locale, null), options);
}

/** The locale's decimal separator, as the price parser's hint wants it. */
export function decimalSeparator(locale: string): '.' | ',' {
  return layoutFor(locale, null).decimal === ',' ? ',' : '.';
}

/** Which way a change goes, from its canonical decimal string; null for no change. */
export function changeDirection(value: string): 'up' | 'down' | null {
  if (!/[1-9]/.test(value)) return null;
  return value.startsWith('-') ? 'down' : 'up';
}
