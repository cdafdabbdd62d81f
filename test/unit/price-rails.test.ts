import { describe, expect, it } from 'vitest';
import { belowCost, decimalSlip, signedPercent } from '../../shared/price-rails';

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
