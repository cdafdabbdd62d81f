import type { WindowBounds } from '../core/settings';

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 800, maximized: false };

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Restores the saved bounds only when they still overlap a connected display (a laptop
 * unplugged from its monitor must not open the window off-screen).
 */
export function restoreBounds(saved: WindowBounds | null, displays: Area[]): WindowBounds {
  if (!saved) return DEFAULT_BOUNDS;
  const { x, y, width, height } = saved;
  if (x === undefined || y === undefined) return { ...saved };
  const visible = displays.some((d) => x < d.x + d.width - 50 && x + width > d.x + 50 && y < d.y + d.height - 50 && y + height > d.y);
  return visible ? { ...saved } : { width, height, maximized: saved.maximized };
}
