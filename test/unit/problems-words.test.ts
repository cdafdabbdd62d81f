/**
 * A pending price's problems in the person's language (renderer/i18n/problems.ts): the
 * English is shared/grid/validate.ts's and shared/field-rules.ts's own (the CLI's words),
 * Spanish and Swedish word the same problem with amounts and percents in their locale.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../renderer/i18n';
import { wordProblems } from '../../renderer/i18n/problems';
import { describeProblems, validatePrice, type PriceProblem } from '../../shared/grid/validate';
import { fieldWarnings } from '../../shared/field-rules';
import type { PriceField } from '../../shared/price-fields';

const options = { thresholdPercent: 30, maxDecimals: 2 };
const cases: [{ price: string | null; cost: string | null }, string, typeof options][] = [
  [{ price: '10', cost: '8.5' }, '8', options],
  [{ price: '10', cost: null }, '20', options],
  [{ price: '10', cost: null }, '6', options],
  [{ price: '29.99', cost: null }, '1299', options],
  [{ price: '12.99', cost: null }, '0.1299', options],
  [{ price: '10', cost: null }, '0', options],
  [{ price: '10', cost: null }, '10.123', options],
  [{ price: '10', cost: null }, '10.5', { ...options, maxDecimals: 0 }],
  [{ price: '10', cost: null }, '10.55', { ...options, maxDecimals: 1 }],
  [{ price: '1000', cost: '2000' }, '1500', options],
];

const fields: PriceField[] = [
  { id: 'price', label: 'Price', kind: 'price', currency: 'EUR', vatIncluded: true, primary: true, decimals: 2, removable: false },
  { id: 'wholesale', label: 'Wholesale', kind: 'tier', currency: 'EUR', vatIncluded: true, primary: false, decimals: 2, removable: true },
  { id: 'rrp', label: 'RRP', kind: 'recommended', currency: 'EUR', vatIncluded: true, primary: false, decimals: 2, removable: true },
];

/** Field-rule warnings as the grid shows them (derived.ts): a cross_field problem with the rule. */
const crossField = (prices: Record<string, string>): PriceProblem[] =>
  fieldWarnings(fields, prices).map((w) => ({ code: 'cross_field', message: w.message, params: { ...w.params, rule: w.rule } }));

afterEach(() => applyLocale('en-US'));

describe('a price problem in words', () => {
  it('says in English exactly what shared/ says', () => {
    for (const [row, price, opts] of cases) {
      const problems = validatePrice(row, price, opts);
      expect(problems.length, `${price} against ${row.price}`).toBeGreaterThan(0);
      expect(wordProblems(problems)).toBe(describeProblems(problems));
    }
    const rules = crossField({ price: '12.00', wholesale: '9999.00', rrp: '10.00' });
    expect(rules.map((p) => p.params!.rule)).toEqual(['tier_above_price', 'recommended_below_price']);
    expect(wordProblems(rules)).toBe('Wholesale 9,999.00 is above Price 12.00. RRP 10.00 is below Price 12.00.');
    expect(wordProblems([])).toBeNull();
  });

  it('says it in Spanish and Swedish, amounts and percents in the locale', () => {
    applyLocale('es-ES');
    expect(wordProblems(validatePrice({ price: '10', cost: '8.5' }, '8', options))).toBe('Por debajo del costo (8,50).');
    expect(wordProblems(validatePrice({ price: '10', cost: null }, '6', options))).toBe('Cambia el precio en −40 % (más de ±30 %).');
    expect(wordProblems(crossField({ price: '12.00', wholesale: '9999.00' }))).toBe('Wholesale 9999,00 es mayor que Price 12,00.');
    applyLocale('sv-SE');
    expect(wordProblems(validatePrice({ price: '29.99', cost: null }, '2999', options))).toMatch(/^Ändrar priset med \+9900 %: står decimaltecknet på fel ställe\?/);
    expect(wordProblems(validatePrice({ price: '10', cost: null }, '10.123', options))).toBe('Plattformen tar emot högst 2 decimaler.');
  });
});
