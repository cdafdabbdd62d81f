/**
 * The catalogues (issue #16): every language says everything English says, with the same
 * placeholders and every plural form its language has; plurals, the pseudo-locale, and
 * numbers and dates formatted per locale.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale, resources, t } from '../../renderer/i18n';
import { languageOf, localeName } from '../../renderer/i18n/languages';
import { pseudoLocalize } from '../../renderer/i18n/pseudo';
import { showMoney, showNumber, showWhen } from '../../renderer/app/locale';

type Tree = { [key: string]: string | Tree };

/** Every string of a catalogue by its dotted path ("grid:bar.search"). */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}${prefix.includes(':') ? '.' : ':'}${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else for (const [p, s] of flatten(v, path)) out.set(p, s);
  }
  return out;
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!));
const english = flatten(resources.en as unknown as Tree);
const plural = /_(zero|one|two|few|many|other)$/;

afterEach(() => applyLocale('en-US'));

describe.each(['es', 'sv'] as const)('the %s catalogue', (language) => {
  const catalogue = flatten(resources[language] as unknown as Tree);

  it('has every key English has, and none English lacks', () => {
    const stem = (key: string) => key.replace(plural, '');
    expect([...english.keys()].filter((k) => !catalogue.has(k))).toEqual([]);
    // Plural forms English has no word for (Spanish "many") are the language's own.
    expect([...catalogue.keys()].filter((k) => !english.has(k) && !english.has(`${stem(k)}_other`))).toEqual([]);
  });

  it('says every message in words, with only the placeholders English fills', () => {
    for (const [key, text] of catalogue) {
      expect(text.trim(), key).not.toBe('');
      const source = english.get(key) ?? english.get(key.replace(plural, '_other'))!;
      for (const name of placeholders(text)) expect(placeholders(source), `${key} uses {{${name}}}`).toContain(name);
    }
  });

  it('has every plural form the language has', () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const key of english.keys()) {
      if (!key.endsWith('_other')) continue;
      for (const category of categories) expect(catalogue.has(key.replace(/_other$/, `_${category}`)), `${key} in ${category}`).toBe(true);
    }
  });
});

describe('plurals', () => {
  it('picks the form by count in each language', () => {
    applyLocale('es-AR');
    expect([t('common:change', { count: 1 }), t('common:change', { count: 3 }), t('common:change', { count: 1_000_000 })]).toEqual(['1 cambio', '3 cambios', '1000000 cambios']);
    applyLocale('sv-SE');
    expect([t('common:change', { count: 1 }), t('common:change', { count: 3 })]).toEqual(['1 ändring', '3 ändringar']);
    applyLocale('en-US');
    expect([t('common:change', { count: 1 }), t('common:change', { count: 0 })]).toEqual(['1 change', '0 changes']);
  });
});

describe('the language a locale speaks', () => {
  it('is its own where there is a catalogue, English otherwise', () => {
    expect(['es-AR', 'es-ES', 'sv-SE', 'en-GB', 'de-DE', 'en-XA'].map(languageOf)).toEqual(['es', 'es', 'sv', 'en', 'en', 'pseudo']);
    expect(localeName('es-AR')).toBe('Español (Argentina)');
    expect(localeName('sv-SE')).toBe('Svenska (Sverige)');
  });

  it('falls back to English words for a locale without a catalogue', () => {
    applyLocale('de-DE');
    expect(t('common:cancel')).toBe('Cancel');
  });
});

describe('the pseudo-locale', () => {
  it('accents the words, keeps the placeholders and is at least 30 % longer', () => {
    const text = 'Send {{count}} changes';
    const pseudo = pseudoLocalize(text);
    expect(pseudo).toContain('{{count}}');
    expect(pseudo).not.toMatch(/Send|changes/);
    // The words grow by 30 % (the brackets aside); what fills a placeholder is not ours to lengthen.
    const words = (s: string) => s.replace('{{count}}', '').replace(/^\[|\]$/g, '').length;
    expect(words(pseudo)).toBeGreaterThanOrEqual(words(text) * 1.3);
    applyLocale('en-XA');
    expect(t('common:cancel')).toMatch(/^\[Çáñçéĺ~+\]$/);
  });
});

describe('numbers, prices and dates per locale', () => {
  // CLDR's own formats (Node's and Chromium's ICU agree), the local currency where it differs.
  const cases = [
    ['en-US', 'USD', '$1,234.50', '12,345', '3/15/26, 10:30 AM'],
    ['es-AR', 'ARS', '$ 1.234,50', '12.345', '15/3/26, 10:30 a. m.'],
    ['es-ES', 'EUR', '1234,50 €', '12.345', '15/3/26, 10:30'],
    ['sv-SE', 'SEK', '1 234,50 kr', '12 345', '2026-03-15 10:30'],
  ] as const;
  it.each(cases)('%s', (locale, currency, money, count, date) => {
    applyLocale(locale);
    const spaced = (text: string) => text.replace(/\s/g, ' ');
    expect(spaced(showMoney('1234.50', currency))).toBe(money);
    expect(spaced(showNumber(12345))).toBe(count);
    expect(spaced(showWhen('2026-03-15T10:30:00Z'))).toBe(date);
  });
});
