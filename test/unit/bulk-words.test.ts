/**
 * Bulk adjust in the person's language (issue #16): the window says a rule, its Apply button,
 * refusals and preview counts from the parts shared/grid/bulk.ts works out; English reads
 * exactly as describeRule and the English refusals, Spanish and Swedish with their own plural
 * forms and the locale's decimal comma.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { describeRule, describeSkipped, isRefusal, planBulk, refusalWords, ruleParts, type BulkPlan, type BulkRow, type BulkRule } from '../../shared/grid/bulk';
import type { PriceField } from '../../shared/price-fields';
import { applyLocale } from '../../renderer/i18n';
import { applyText, countText, refusalText, ruleText, skippedText, slipsText } from '../../renderer/features/grid/bulk-words';

const field = (id: string, label: string, kind: PriceField['kind'], currency = 'EUR', primary = false): PriceField => ({ id, label, kind, currency, vatIncluded: kind !== 'cost', decimals: 2, removable: true, primary });
const SHOP = [field('price', 'Price', 'price', 'EUR', true), field('price.SEK', 'Price SEK', 'price', 'SEK'), field('wholesale', 'Wholesale', 'tier'), field('cost', 'Cost', 'cost')];
const ROWS: BulkRow[] = [
  { key: 'a', price: '10.00', cost: '5.00', prices: { price: '10.00', wholesale: '7.00', cost: '5.00' } },
  { key: 'b', price: '20.00', cost: null, prices: { price: '20.00', wholesale: null, cost: null } },
];
const none = { kind: 'none' } as const;

function plan(rule: BulkRule, fields: PriceField[] = SHOP, rows: BulkRow[] = ROWS): BulkPlan {
  const p = planBulk(rows, {}, fields, rule);
  if (isRefusal(p)) throw new Error(refusalWords(p));
  return p;
}

const RULES: [BulkRule, number, PriceField[]][] = [
  [{ operation: { kind: 'addPercent', percent: '5' }, rounding: none, target: { kind: 'field', field: 'wholesale' } }, 2, SHOP],
  [{ operation: { kind: 'multiply', factor: '0.6' }, rounding: none, target: { kind: 'field', field: 'wholesale' }, base: { kind: 'field', field: 'price' } }, 84, SHOP],
  [{ operation: { kind: 'multiply', factor: '1.8' }, rounding: { kind: 'ending', ending: '0.99', mode: 'nearest' }, base: { kind: 'field', field: 'cost' } }, 1, SHOP],
  [{ operation: { kind: 'addPercent', percent: '3' }, rounding: { kind: 'decimals', decimals: 2, mode: 'up' }, target: { kind: 'tiers' } }, 1, SHOP],
  [{ operation: { kind: 'none' }, rounding: { kind: 'step', step: '0.05', mode: 'down' } }, 12, []],
  [{ operation: { kind: 'subtract', amount: '1.5' }, rounding: none, target: { kind: 'prices' } }, 3, SHOP],
  [{ operation: { kind: 'set', value: '9.90' }, rounding: none }, 1000, []],
  [{ operation: { kind: 'margin', percent: '40' }, rounding: { kind: 'ending', ending: '0.95', mode: 'up' } }, 7, SHOP],
];

afterEach(() => applyLocale('en-US'));

describe('bulk adjust in English', () => {
  it('says every rule as describeRule does, so the English history source is unchanged', () => {
    applyLocale('en-US');
    // Counts of 1000 rows and more are grouped in the window ("1,000 rows").
    for (const [rule, rows, fields] of RULES) expect(ruleText(ruleParts(rule, rows, fields))).toBe(describeRule(rule, rows, fields).replace('1000 rows', '1,000 rows'));
  });

  it('says every refusal and skipped count as the English words do', () => {
    applyLocale('en-US');
    const refusals = [
      planBulk(ROWS, {}, SHOP, { operation: { kind: 'multiply', factor: '11' }, rounding: none, target: { kind: 'field', field: 'price.SEK' }, base: { kind: 'field', field: 'price' } }),
      planBulk(ROWS, {}, SHOP, { operation: { kind: 'addPercent', percent: '1' }, rounding: none, target: { kind: 'field', field: 'vip' } }),
      planBulk(ROWS, {}, SHOP.filter((f) => f.kind !== 'tier'), { operation: { kind: 'addPercent', percent: '1' }, rounding: none, target: { kind: 'tiers' } }),
      planBulk(ROWS, {}, [], { operation: { kind: 'addPercent', percent: '1' }, rounding: none, target: { kind: 'tiers' } }),
      planBulk(ROWS, {}, SHOP, { operation: { kind: 'margin', percent: '100' }, rounding: none }),
    ];
    for (const r of refusals) {
      if (!isRefusal(r)) throw new Error('not refused');
      expect(refusalText(r)).toBe(refusalWords(r));
    }
    const skipped = [plan({ operation: { kind: 'multiply', factor: '1.8' }, rounding: none, base: { kind: 'field', field: 'cost' } }), plan({ operation: { kind: 'margin', percent: '50' }, rounding: none }, []), plan({ operation: { kind: 'addPercent', percent: '1' }, rounding: none, target: { kind: 'prices' } })];
    for (const p of skipped) expect(skippedText(p)).toBe(describeSkipped(p));
  });

  it('names the rule, the field and the rows on the Apply button', () => {
    applyLocale('en-US');
    const [rule] = RULES[1]!;
    expect(applyText('filtered', 84, ruleParts(rule, 0, SHOP), 'Price')).toBe('Apply Price × 0.6 to Wholesale of 84 filtered rows');
    expect(applyText('selection', 1, ruleParts({ operation: { kind: 'addPercent', percent: '10' }, rounding: none }, 0, SHOP), 'Price')).toBe('Apply +10 % to Price of 1 selected row');
    expect(applyText('all', 500, ruleParts({ operation: { kind: 'set', value: '9.9' }, rounding: none }, 0, []), undefined)).toBe('Apply 9.9 to all 500 rows');
    expect(applyText('all', 500, null, 'Price')).toBe('Apply to Price of all 500 rows');
  });

  it('counts the preview as before: rows where the rule changes one field, prices where it changes several', () => {
    applyLocale('en-US');
    expect(countText(plan({ operation: { kind: 'addPercent', percent: '10' }, rounding: none }), 2)).toBe('2 of 2 rows change');
    expect(countText(plan({ operation: { kind: 'addPercent', percent: '10' }, rounding: none }, SHOP, [ROWS[0]!]), 1)).toBe('1 of 1 row changes');
    expect(countText(plan({ operation: { kind: 'addPercent', percent: '10' }, rounding: none, target: { kind: 'prices' } }, SHOP, [ROWS[0]!]), 1)).toBe('2 prices change in 1 row');
    expect(slipsText(plan({ operation: { kind: 'multiply', factor: '100' }, rounding: none }))).toBe('2 rows change by more than +500 % or −80 %: each will need your confirmation before it can be sent.');
  });
});

describe.each([
  {
    locale: 'es-AR',
    rule: 'Wholesale = Price × 0,6 en 84 filas',
    one: '+3 % en todos los niveles de 1 fila, redondeado hacia arriba a 2 decimales',
    roundOnly: 'redondeado hacia abajo a múltiplos de 0,05 en 12 filas',
    apply: 'Aplicar Price × 0,6 a Wholesale de 84 filas filtradas',
    applyOne: 'Aplicar +10 % a Price de 1 fila seleccionada',
    refusal: 'Price SEK está en SEK y Price en EUR: PriceDesk no tiene tipos de cambio, así que uno no se puede calcular a partir del otro.',
    skipped: '1 producto no tiene costo: queda sin cambios.',
    count: 'Cambian 1 de 2 filas',
    slips: '1 fila cambia más de +500 % o −80 %: habrá que confirmarla antes de enviarla.',
  },
  {
    locale: 'sv-SE',
    rule: 'Wholesale = Price × 0,6 på 84 rader',
    one: '+3 % på alla prisnivåer för 1 rad, avrundat uppåt till 2 decimaler',
    roundOnly: 'avrundat nedåt till steg om 0,05 på 12 rader',
    apply: 'Tillämpa Price × 0,6 på Wholesale för 84 filtrerade rader',
    applyOne: 'Tillämpa +10 % på Price för 1 markerad rad',
    refusal: 'Price SEK är i SEK och Price i EUR: PriceDesk har inga växelkurser, så det ena kan inte räknas fram ur det andra.',
    skipped: '1 produkt saknar inköpspris: lämnas oförändrad.',
    count: '1 av 2 rader ändras',
    slips: '1 rad ändras mer än +500 % eller −80 %: den måste bekräftas innan den kan skickas.',
  },
])('bulk adjust in $locale', (l) => {
  it('describes rules with the plural form and decimal comma of the language', () => {
    applyLocale(l.locale);
    expect(ruleText(ruleParts(RULES[1]![0], 84, SHOP))).toBe(l.rule);
    expect(ruleText(ruleParts(RULES[3]![0], 1, SHOP))).toBe(l.one);
    expect(ruleText(ruleParts(RULES[4]![0], 12, []))).toBe(l.roundOnly);
    expect(applyText('filtered', 84, ruleParts(RULES[1]![0], 0, SHOP), 'Price')).toBe(l.apply);
    expect(applyText('selection', 1, ruleParts({ operation: { kind: 'addPercent', percent: '10' }, rounding: none }, 0, SHOP), 'Price')).toBe(l.applyOne);
  });

  it('refuses, counts and names what is missing in the language', () => {
    applyLocale(l.locale);
    const refused = planBulk(ROWS, {}, SHOP, { operation: { kind: 'multiply', factor: '11' }, rounding: none, target: { kind: 'field', field: 'price.SEK' }, base: { kind: 'field', field: 'price' } });
    if (!isRefusal(refused)) throw new Error('not refused');
    expect(refusalText(refused)).toBe(l.refusal);
    const margin = plan({ operation: { kind: 'margin', percent: '60' }, rounding: none }, []);
    expect(skippedText(margin)).toBe(l.skipped);
    expect(countText(margin, 2)).toBe(l.count);
    const slip = plan({ operation: { kind: 'multiply', factor: '100' }, rounding: none }, [], [ROWS[0]!]);
    expect(slipsText(slip)).toBe(l.slips);
  });
});
