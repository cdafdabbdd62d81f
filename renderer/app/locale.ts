/**
 * The locale the window shows numbers and dates in, kept in ONE place: the browser's
 * language today; a language setting (issue #16) only has to call `setLocale`. Everything
 * shown goes through these helpers (shared/format), so there is no second formatter.
 * Display only: the store, copies and exports keep exact decimal strings.
 */
import i18next from 'i18next';
import { create } from 'zustand';
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

/**
 * A price with the currency's symbol, or the grid's words for a removal (null: "remove
 * price", "quitar precio"). i18next itself, not renderer/i18n or the grid's removalWords():
 * renderer/i18n imports this file, and an import cycle could hand one side undefined.
 */
export const showNewPrice = (value: string | null, currency: string | null): string => (value === null ? i18next.t('grid:removal') : showMoney(value, currency));

/** A time as a short date and time in the locale. */
export const showWhen = (iso: string): string => formatDateTime(iso, currentLocale());

/** The locale's decimal separator ("," in Sweden), for reading what a person types. */
export const userDecimalSeparator = (): '.' | ',' => decimalSeparator(currentLocale());
