import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, restoreBounds } from '../../electron/main/window-bounds';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('window bounds', () => {
  it('start at the default size', () => {
    expect(restoreBounds(null, screen)).toEqual(DEFAULT_BOUNDS);
  });
  it('come back where they were', () => {
    const saved = { x: 100, y: 80, width: 1000, height: 700, maximized: true };
    expect(restoreBounds(saved, screen)).toEqual(saved);
  });
  it('keep the size but drop a position on a display that is gone', () => {
    expect(restoreBounds({ x: 2500, y: 100, width: 1000, height: 700, maximized: false }, screen)).toEqual({ width: 1000, height: 700, maximized: false });
  });
});
