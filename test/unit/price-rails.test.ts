import { describe, expect, it } from 'vitest';
import { percentChange } from '../../shared/money';
import { belowCost, DEFAULT_SLIP_LIMITS, decimalSlip, holdBack, signedPercent, withThreshold, type RailRow } from '../../shared/price-rails';

describe('price rails', () => {
  it('flags a lost decimal point as a slip upwards', () => {
    expect(decimalSlip('28.95', '2895')).toEqual({ percent: '9900.0', limit: '500', direction: 'up' });
  });

  it('flags a cut deeper than 80 % as a slip downwards', () => {
    expect(decimalSlip('28.95', '2.90')).toEqual({ percent: '-90.0', limit: '-80', direction: 'down' });
  });

  it('lets changes inside the limits pass, the limits themselves included', () => {
    expect(decimalSlip('10.00', '60.00')).toBeNull(); // +500 % exactly
    expect(decimalSlip('10.00', '2.00')).toBeNull(); // −80 % exactly
    expect(decimalSlip('10.00', '60.01')).not.toBeNull();
  });

  it('cannot judge a first price, a removal or a zero old price', () => {
    expect(decimalSlip(null, '10')).toBeNull();
    expect(decimalSlip('10', null)).toBeNull();
    expect(decimalSlip('0', '10')).toBeNull();
  });

  it('takes wider limits', () => {
    expect(decimalSlip('28.95', '2895', { maxUpPercent: '10000', maxDownPercent: '-99' })).toBeNull();
  });

  it('gives the answer of the rounded percent for every change, the integer pre-check included', () => {
    // The rule as written: the percent rounded to one decimal, compared with big.js.
    const byPercent = (from: string, to: string, up: string, down: string) => {
      const p = Number(percentChange(from, to));
      return p > Number(up) || p < Number(down);
    };
    const limits = [DEFAULT_SLIP_LIMITS, { maxUpPercent: '12.5', maxDownPercent: '-12.5' }, { maxUpPercent: '33.36', maxDownPercent: '-0.04' }];
    const disagree: string[] = [];
    for (const { maxUpPercent, maxDownPercent } of limits) {
      for (const from of ['0.07', '1', '28.95', '99.99', '1234.5678']) {
        for (let cents = 0; cents <= 20_000; cents += 97) {
          const to = (cents / 100).toFixed(2);
          const fresh = { maxUpPercent, maxDownPercent }; // a new object each time: no memo reuse
          if ((decimalSlip(from, to, fresh) !== null) !== byPercent(from, to, maxUpPercent, maxDownPercent)) disagree.push(`${from} -> ${to} within ${maxDownPercent}..${maxUpPercent}`);
        }
      }
    }
    expect(disagree).toEqual([]);
    // Exactly +33.358 %, which rounds to +33.4 %: over a +33.36 % limit as the rule reads.
    expect(decimalSlip('1234.5678', '1646.40', { maxUpPercent: '33.36', maxDownPercent: '-80' })).toMatchObject({ percent: '33.4' });
  });

  it('knows below cost only with both numbers', () => {
    expect(belowCost('0.20', '7.78')).toBe(true);
    expect(belowCost('7.78', '7.78')).toBe(false);
    expect(belowCost('0.20', null)).toBe(false);
    expect(belowCost(null, '7.78')).toBe(false);
  });

  it('writes percents with their sign', () => {
    expect(signedPercent('9900.0')).toBe('+9900 %');
    expect(signedPercent('-90.0')).toBe('-90 %');
  });
});

describe('holdBack (the rails where nobody watches)', () => {
  const row = (sku: string, oldPrice: string | null, newPrice: string | null, cost: string | null = null): RailRow => ({ sku, oldPrice, newPrice, cost });
  const fine = (n: number) => Array.from({ length: n }, (_, i) => row(`OK-${i}`, '10.00', '11.00', '5.00'));
  const none = { belowCost: false, partial: false };

  it('holds back a lost decimal point and a price below cost, naming the rule and the numbers', () => {
    const plan = holdBack([row('COF', '28.95', '2895'), row('TEA', '10.00', '5.00', '6.00'), ...fine(8)], DEFAULT_SLIP_LIMITS, none);
    expect(plan.stopped).toBeNull();
    expect(plan.held).toEqual([
      { index: 0, code: 'change_limit', reason: 'held back: +9900 % (28.95 → 2895.00), above the +500 % limit' },
      { index: 1, code: 'below_cost', reason: 'held back: 5.00 is below cost 6.00 (10.00 → 5.00)' },
    ]);
  });

  it('names both rules when a cut is a slip and below cost', () => {
    const [held] = holdBack([row('TEA', '19.95', '0.20', '7.78'), ...fine(4)], DEFAULT_SLIP_LIMITS, none).held;
    expect(held).toEqual({ index: 0, code: 'change_limit', reason: 'held back: -99 % (19.95 → 0.20), below the -80 % limit; also below cost 7.78' });
  });

  it('holds everything when more than a fifth of the file is held back, naming the first rows', () => {
    const rows = [row('A', '10.00', '1000', null), row('B', '10.00', '1.00'), ...fine(3)].map((r, i) => ({ ...r, label: `row ${i + 2} ${r.sku}` }));
    const plan = holdBack(rows, DEFAULT_SLIP_LIMITS, none);
    expect(plan.ruled).toBe(2);
    expect(plan.held.map((h) => h.code)).toEqual(['change_limit', 'change_limit', 'too_many_held_back', 'too_many_held_back', 'too_many_held_back']);
    expect(plan.stopped).toContain('2 of 5 rows were held back, more than a fifth');
    expect(plan.stopped).toContain('row 2 A: +9900 % (10.00 → 1000.00)');
    expect(plan.stopped).toContain('row 3 B: -90 %');
  });

  it('counts the whole file: exactly a fifth still lets the rest go', () => {
    expect(holdBack([row('A', '10.00', '1000'), ...fine(4)], DEFAULT_SLIP_LIMITS, none).stopped).toBeNull();
    // One slip among two changes, but the file has five rows (three unchanged).
    expect(holdBack([row('A', '10.00', '1000'), ...fine(1)], DEFAULT_SLIP_LIMITS, none, 5).stopped).toBeNull();
    expect(holdBack([row('A', '10.00', '1000'), ...fine(1)], DEFAULT_SLIP_LIMITS, none, 4).stopped).not.toBeNull();
  });

  it('lets the overrides through: wider limits, below cost, partial sends', () => {
    const rows = [row('A', '28.95', '2895'), row('B', '10.00', '5.00', '6.00'), ...fine(1)];
    expect(holdBack(rows, { maxUpPercent: '10000', maxDownPercent: '-80' }, none).held.map((h) => h.code)).toEqual(['too_many_held_back', 'below_cost', 'too_many_held_back']);
    expect(holdBack(rows, { maxUpPercent: '10000', maxDownPercent: '-80' }, { belowCost: true, partial: false }).held).toEqual([]);
    const partial = holdBack(rows, DEFAULT_SLIP_LIMITS, { belowCost: false, partial: true });
    expect(partial.stopped).toBeNull();
    expect(partial.held.map((h) => h.index)).toEqual([0, 1]);
  });

  it('says where a limit comes from', () => {
    const limits = withThreshold(DEFAULT_SLIP_LIMITS, '30', 'the change threshold saved for "Shop"');
    expect(holdBack([row('A', '10.00', '14.00'), ...fine(4)], limits, none).held[0]!.reason).toBe('held back: +40 % (10.00 → 14.00), above the +30 % limit (the change threshold saved for "Shop")');
  });
});

describe('withThreshold', () => {
  it('tightens each side where the threshold is stricter than the slip limits', () => {
    expect(withThreshold(DEFAULT_SLIP_LIMITS, '30', 'x')).toEqual({ maxUpPercent: '30', maxDownPercent: '-30', upFrom: 'x', downFrom: 'x' });
    expect(withThreshold(DEFAULT_SLIP_LIMITS, '90', 'x')).toEqual({ maxUpPercent: '90', maxDownPercent: '-80', upFrom: 'x' });
  });

  it('never loosens the slip limits, and a zero threshold (off in the grid) changes nothing', () => {
    expect(withThreshold(DEFAULT_SLIP_LIMITS, '1000', 'x')).toEqual({ maxUpPercent: '500', maxDownPercent: '-80' });
    expect(withThreshold(DEFAULT_SLIP_LIMITS, '0', 'x')).toEqual({ maxUpPercent: '500', maxDownPercent: '-80' });
  });
});
