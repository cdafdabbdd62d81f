/**
 * The integer path of bulk rules (bulk-exact.ts) against big.js (applyRule), the reference:
 * every operation and rounding over prices chosen to hit halves, endings and steps exactly.
 */
import { describe, expect, it } from 'vitest';
import { applyRule, planBulk, type BulkOperation, type BulkRule, type RoundMode, type Rounding } from '../../shared/grid/bulk';
import { computeExact, prepareExact } from '../../shared/grid/bulk-exact';
import { exactMicros, fromMicros } from '../../shared/grid/micros';
import { decimalSlip } from '../../shared/price-rails';

/** A small fixed pseudo-random stream (mulberry32), so a failure names a case that comes back. */
function stream(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MODES: RoundMode[] = ['down', 'up', 'nearest'];
const ROUNDINGS: Rounding[] = [
  { kind: 'none' },
  ...MODES.flatMap((mode): Rounding[] => [
    { kind: 'decimals', decimals: 0, mode },
    { kind: 'decimals', decimals: 2, mode },
    { kind: 'decimals', decimals: 3, mode },
    { kind: 'step', step: '0.05', mode },
    { kind: 'step', step: '0.10', mode },
    { kind: 'step', step: '1', mode },
    { kind: 'ending', ending: '0.99', mode },
    { kind: 'ending', ending: '0.95', mode },
    { kind: 'ending', ending: '0.90', mode },
  ]),
];
const OPERATIONS: BulkOperation[] = [
  { kind: 'none' },
  { kind: 'set', value: '4.995' },
  { kind: 'add', amount: '0.005' },
  { kind: 'subtract', amount: '1.25' },
  { kind: 'subtract', amount: '30' },
  { kind: 'addPercent', percent: '10' },
  { kind: 'addPercent', percent: '12.5' },
  { kind: 'addPercent', percent: '0.0001' },
  { kind: 'subtractPercent', percent: '33' },
  { kind: 'subtractPercent', percent: '99.5' },
  { kind: 'multiply', factor: '0.6' },
  { kind: 'multiply', factor: '1.000001' },
];

/** Prices of 0 to 6 decimals, from cents to thousands, many on a half, an ending or a step. */
function price(next: () => number): string {
  const whole = Math.floor(next() ** 3 * 5000);
  const decimals = Math.floor(next() * 7);
  const special = ['5', '99', '95', '90', '045', '985', '9949', '005'];
  const fraction = next() < 0.4 ? special[Math.floor(next() * special.length)]! : String(Math.floor(next() * 10 ** decimals)).padStart(decimals, '0');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

describe('bulk rules in integers give what big.js gives', () => {
  it('for every operation and rounding over 20,000 prices', () => {
    const next = stream(42);
    let exact = 0;
    let cases = 0;
    for (const operation of OPERATIONS) {
      for (const rounding of ROUNDINGS) {
        const rule: BulkRule = { operation, rounding };
        const prepared = prepareExact(rule);
        expect(prepared, JSON.stringify(rule)).not.toBeNull();
        for (let i = 0; i < 60; i++) {
          const base = price(next);
          const reference = applyRule(base, null, rule);
          const micros = computeExact(exactMicros(base), prepared!);
          cases++;
          // Null hands the price to big.js (a result of zero or less); else the two agree.
          if (micros === null) continue;
          exact++;
          expect(reference.ok && reference.value, `${base} ${JSON.stringify(rule)}`).toBe(fromMicros(micros));
        }
      }
    }
    // Nearly all of them took the integer path: the comparison above is not empty.
    expect(exact).toBeGreaterThan(cases * 0.9);
  });

  it('leaves to big.js what integers at 6 decimals cannot do exactly', () => {
    const none: Rounding = { kind: 'none' };
    expect(prepareExact({ operation: { kind: 'margin', percent: '40' }, rounding: none })).toBeNull();
    // (100 + 33.33333) / 100 needs 7 decimals.
    expect(prepareExact({ operation: { kind: 'addPercent', percent: '33.33333' }, rounding: none })).toBeNull();
    expect(prepareExact({ operation: { kind: 'multiply', factor: '0.1234567' }, rounding: none })).toBeNull();
    const plus10 = prepareExact({ operation: { kind: 'addPercent', percent: '10' }, rounding: none })!;
    expect(computeExact(exactMicros('1.1234567'), plus10)).toBeNull();
    expect(computeExact(null, plus10)).toBeNull();
    // Nothing at zero or below: the ending rounding's own rules for those stay big.js's.
    const minus30 = prepareExact({ operation: { kind: 'subtract', amount: '30' }, rounding: { kind: 'ending', ending: '0.99', mode: 'nearest' } })!;
    expect(computeExact(exactMicros('12'), minus30)).toBeNull();
  });

  it('counts the same decimal slips as decimalSlip on the texts, at and around the limits', () => {
    const next = stream(7);
    const rows = Array.from({ length: 3000 }, (_, i) => ({ key: String(i), price: price(next), cost: null }));
    for (const factor of ['6', '6.001', '5.999', '0.2', '0.199', '0.201', '0.19', '1.1', '100']) {
      const plan = planBulk(rows, {}, [], { operation: { kind: 'multiply', factor }, rounding: { kind: 'none' } });
      if ('refused' in plan) throw new Error('refused');
      const byText = plan.ids.filter((key, i) => decimalSlip(rows.find((r) => r.key === key)!.price, plan.values[i]!) !== null).length;
      expect(plan.preview.slips, `× ${factor}`).toBe(byText);
    }
  });

  it('a plan mixes both paths and reports the same preview as big.js would', () => {
    const rows = [
      { key: 'a', price: '19.99', cost: null },
      { key: 'b', price: '1.1234567', cost: null }, // more than 6 decimals: big.js
      { key: 'c', price: '0.5', cost: null },
      { key: 'd', price: '10.000000', cost: null },
    ];
    const rule: BulkRule = { operation: { kind: 'subtract', amount: '0.5' }, rounding: { kind: 'none' } };
    const plan = planBulk(rows, {}, [], rule);
    if ('refused' in plan) throw new Error('refused');
    // Rounded to 6 decimals either way, as prices travel.
    expect(plan.values).toEqual(['19.49', '0.623457', '0', '9.5']);
    expect(plan.preview.lowest).toBe('0');
    expect(plan.preview.highest).toBe('19.49');
    // Round-only with no rounding: "10.000000" stays the same amount, not a change; 1.1234567 becomes 1.123457.
    const same = planBulk(rows, {}, [], { operation: { kind: 'none' }, rounding: { kind: 'none' } });
    if ('refused' in same) throw new Error('refused');
    expect(same.ids).toEqual(['b']);
  });
});
