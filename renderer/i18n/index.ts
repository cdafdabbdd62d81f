/**
 * The window's words in the person's language (issue #16): i18next with one catalogue per
 * language under catalogues/, English the reference whose keys TypeScript checks every
 * `t()` call and every other catalogue against. Outside React, call `t` from here; React
 * needs nothing else, because a change of language remounts the window (renderer/main.tsx).
 *
 * Numbers, prices and dates are not words: they go through renderer/app/locale.ts, whose
 * locale `applyLocale` sets with the language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { useLocale } from '../app/locale';
import { en } from './catalogues/en';
import { es } from './catalogues/es';
import { sv } from './catalogues/sv';
import { languageOf, PSEUDO_LOCALE } from './languages';
import { pseudoCatalogue } from './pseudo';

export type Catalogue = typeof en;
export const NAMESPACES = Object.keys(en) as (keyof Catalogue)[];

/**
 * Spanish has a plural form for round millions ("1.000.000 cambios" is "many" to
 * Intl.PluralRules) that reads exactly as "other" with digits: a `_many` key a catalogue
 * leaves out is its `_other`, so i18next never falls back to the bare key.
 */
export function withManyForms<T>(catalogue: T): T {
  if (typeof catalogue !== 'object' || catalogue === null) return catalogue;
  const entries = Object.entries(catalogue as Record<string, unknown>);
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) out[k] = withManyForms(v);
  for (const [k, v] of entries) if (k.endsWith('_other') && !(`${k.slice(0, -6)}_many` in out)) out[`${k.slice(0, -6)}_many`] = v;
  return out as T;
}

export const resources = { en, es: withManyForms(es), sv, pseudo: pseudoCatalogue(en) };

void i18next.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'common',
  // React escapes what it renders; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
  // The catalogues are bundled: ready before the first render.
  initAsync: false,
  returnNull: false,
});

export const t = i18next.t;

/** Speaks the locale's language and formats in the locale (the pseudo-locale formats as en-US). */
export function applyLocale(locale: string): void {
  const language = languageOf(locale);
  void i18next.changeLanguage(language);
  useLocale.getState().setLocale(locale === PSEUDO_LOCALE ? 'en-US' : locale);
  if (typeof document !== 'undefined') document.documentElement.lang = language === 'pseudo' ? 'en' : locale;
}
