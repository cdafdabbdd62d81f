import { describe, expect, it } from 'vitest';
import { selectionStats } from '../../shared/grid/selection-stats';

const num = (value: string | null) => ({ value, numeric: true });
const text = (value: string | null) => ({ value, numeric: false });

describe('selectionStats', () => {
  it('sums decimals exactly, never as floats', () => {
    const stats = selectionStats(Array.from({ length: 10 }, () => num('0.1')));
    expect(stats.sum).toBe('1');
    expect(stats.average).toBe('0.10');
    expect(selectionStats([num('0.1'), num('0.2')]).sum).toBe('0.3');
    expect(selectionStats([num('19.99'), num('1299.01'), num('-5.5')]).sum).toBe('1313.5');
  });

  it('counts non-empty cells like Excel, and takes Sum and Average over the numeric ones only', () => {
    const stats = selectionStats([text('STA-01'), num('10.00'), num(null), text(''), num('20.50'), text('Changed')]);
    expect(stats).toEqual({ count: 4, numbers: 2, sum: '30.5', average: '15.25', currency: null });
  });

  it('does not add digits in a text column (a SKU) or words in a numeric one', () => {
    const stats = selectionStats([text('01234'), num('remove price'), num('7')]);
    expect(stats).toEqual({ count: 3, numbers: 1, sum: '7', average: '7.00', currency: null });
  });

  it('rounds the average half up to two decimals', () => {
    expect(selectionStats([num('0.01'), num('0.02')]).average).toBe('0.02');
    expect(selectionStats([num('1'), num('1'), num('2')]).average).toBe('1.33');
  });

  it('has no sum or average without numbers', () => {
    expect(selectionStats([text('A'), num(null)])).toEqual({ count: 1, numbers: 0, sum: null, average: null, currency: null });
    expect(selectionStats([])).toEqual({ count: 0, numbers: 0, sum: null, average: null, currency: null });
  });

  it('names the currency when every number summed is in one, and none when they mix or include a percent', () => {
    const eur = (value: string) => ({ value, numeric: true, currency: 'EUR' });
    expect(selectionStats([eur('10'), text('SKU-1'), eur('2.50')]).currency).toBe('EUR');
    expect(selectionStats([eur('10'), { value: '5', numeric: true, currency: 'SEK' }]).currency).toBeNull();
    // A percent column's number carries no currency: a sum with it is no amount of money.
    expect(selectionStats([eur('10'), num('40.0')]).currency).toBeNull();
    expect(selectionStats([num('40.0'), eur('10')]).currency).toBeNull();
    // A currency on a cell that is not a number does not count.
    expect(selectionStats([eur('10'), { value: 'remove price', numeric: true, currency: 'SEK' }]).currency).toBe('EUR');
  });
});
