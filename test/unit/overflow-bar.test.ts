import { describe, expect, it } from 'vitest';
import { overflowing, type BarItem } from '../../renderer/app/OverflowBar';

const items: BarItem[] = [
  { id: 'search', node: null },
  { id: 'filters', node: null, priority: 3 },
  { id: 'spacer', node: null, spacer: true },
  { id: 'bulk', node: null, priority: 5 },
  { id: 'columns', node: null, priority: 2 },
  { id: 'discard', node: null, priority: 1 },
];
const widths = new Map([
  ['search', 200],
  ['filters', 100],
  ['spacer', 500],
  ['bulk', 100],
  ['columns', 50],
  ['discard', 100],
]);

describe('overflowing (the bar that stays one row)', () => {
  it('keeps everything when it fits, the spacer taking no room of its own', () => {
    expect(overflowing(items, widths, 550, 0, 80, false)).toEqual(new Set());
  });

  it('moves the least important out first, making room for the More button', () => {
    expect(overflowing(items, widths, 549, 0, 80, false)).toEqual(new Set(['discard']));
    expect(overflowing(items, widths, 480, 0, 80, false)).toEqual(new Set(['columns', 'discard']));
  });

  it('does not keep a minor item that fits while a more important one went to the menu', () => {
    // bulk fits, filters does not; columns (50) would fit in what is left but goes too.
    expect(overflowing(items, widths, 420, 0, 80, false)).toEqual(new Set(['filters', 'columns', 'discard']));
  });

  it('counts gaps, and the More button when it always shows', () => {
    expect(overflowing(items, widths, 560, 0, 80, true)).toEqual(new Set(['discard']));
    expect(overflowing(items, widths, 550 + 6 * 8, 8, 80, false)).toEqual(new Set());
    expect(overflowing(items, widths, 550 + 6 * 8 - 1, 8, 80, false)).toEqual(new Set(['discard']));
  });

  it('never moves an item without a priority, however narrow', () => {
    expect(overflowing(items, widths, 10, 0, 80, false)).toEqual(new Set(['bulk', 'filters', 'columns', 'discard']));
  });
});
