/**
 * The locale the window shows numbers and dates in, kept in ONE place: the browser's
 * language today; a language setting (issue #16) only has to call `setLocale`. Everything
 * shown goes through these helpers (shared/format), so there is no second formatter.
 * Display only: the store, copies and exports keep exact decimal strings.
 */
import { create } from 'zustand';
import { REMOVAL_TEXT } from '../../shared/grid/edit';
import { formatDateTime } from '../../shared/format/date-format';
import { decimalSeparator, formatMoney, formatNumber, type FormatOptions } from '../../shared/format/money-format';

interface LocaleState {
  locale: string;
  setLocale(locale: string): void;
}

export const useLocale = create<LocaleState>((set) => ({
  locale: typeof navigator === 'undefined' ? 'en-US' : navigator.language,
  setLocale: (locale) => set({ locale }),
}));

/** The locale now, for code outside React (grid formatters, parsers' hints). */
export const currentLocale = (): string => useLocale.getState().locale;

/** A price with its currency's symbol ("1.234,50 €"); '' for none. Without a currency: grouped, two decimals. */
export const showMoney = (value: string | null | undefined, currency: string | null, options?: FormatOptions): string =>
  value == null ? '' : formatMoney(value, currentLocale(), currency, options);

/** A number in the locale (counts, percents): "12.345", "+40,0". */
export const showNumber = (value: string | number, options?: FormatOptions): string => formatNumber(String(value), currentLocale(), options);

/** A price or "remove price" (null), with the currency's symbol. */
export const showNewPrice = (value: string | null, currency: string | null): string => (value === null ? REMOVAL_TEXT : showMoney(value, currency));

/** A time as a short date and time in the locale. */
export const showWhen = (iso: string): string => formatDateTime(iso, currentLocale());

/** The locale's decimal separator ("," in Sweden), for reading what a person types. */
export const userDecimalSeparator = (): '.' | ',' => decimalSeparator(currentLocale());
