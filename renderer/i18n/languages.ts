/**
 * The languages the window speaks and the locales a person can choose. A locale is a
 * language with a region ("es-AR"): the language picks the words, the whole locale the
 * number, currency and date formats (through Intl, renderer/app/locale.ts).
 */
export const LANGUAGES = ['en', 'es', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Accented, 30 % longer English (Android's pseudo-locale tag): every string shown through
 * the catalogue looks foreign, so English left on screen is a string that missed it.
 */
export const PSEUDO_LOCALE = 'en-XA';

/** Offered in Settings > Language: each language in the regions our vendors' shops are in. */
export const LOCALE_CHOICES = ['en-US', 'en-GB', 'en-AU', 'en-NZ', 'es-ES', 'es-AR', 'es-CL', 'es-MX', 'sv-SE'] as const;

/** The catalogue a locale reads from: its language where we have it, English otherwise. */
export function languageOf(locale: string): Language | 'pseudo' {
  if (locale === PSEUDO_LOCALE) return 'pseudo';
  const language = locale.split('-')[0]!.toLowerCase();
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en';
}

/** A locale's name in its own language ("español (Argentina)"), as a language menu shows it. */
export function localeName(locale: string): string {
  if (locale === PSEUDO_LOCALE) return 'Pseudo-locale (en-XA)';
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
