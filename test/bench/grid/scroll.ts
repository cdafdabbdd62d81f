/**
 * The scroll measure, one code for the app's grid and the bare AG Grid page: the page's
 * `[data-testid="price-grid"]` is scrolled down by a fixed step every frame, and the time
 * between painted frames is what a person sees as smooth or jerky.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface FrameTimes {
  p95: number;
  median: number;
  /**
   * CPU milliseconds the page's renderer process spent per scrolled frame (Chromium's
   * ProcessTime: main thread and raster threads). Frame times come in whole vsync intervals
   * and stretch when other work on the machine takes the CPU; CPU time does neither.
   */
  cpu: number;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** The renderer's CPU seconds so far, through the DevTools protocol's Performance domain. */
async function processTime(page: Page): Promise<number> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page).then(async (s) => (await s.send('Performance.enable'), s));
    sessions.set(page, session);
  }
  const { metrics } = await (await session).send('Performance.getMetrics');
  const value = metrics.find((m) => m.name === 'ProcessTime')?.value;
  if (value === undefined) throw new Error('this Chromium reports no ProcessTime metric');
  return value;
}

/** One pass of `frames` frames, scrolling `px` pixels a frame; back at the top afterwards. */
export async function scrollPass(page: Page, px: number, frames: number): Promise<FrameTimes> {
  const before = await processTime(page);
  const times = await page.evaluate(
    async ([step, count]) => {
      // Whichever element AG Grid scrolls vertically (its class names change between versions).
      const viewport = [...document.querySelectorAll<HTMLElement>('[data-testid="price-grid"] *')]
        .filter((el) => el.scrollHeight > el.clientHeight + 100 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowY))
        .sort((a, b) => b.scrollHeight - a.scrollHeight)[0]!;
      const deltas: number[] = [];
      let last = await new Promise<number>((r) => requestAnimationFrame(r));
      for (let i = 0; i < count; i++) {
        viewport.scrollTop += step;
        const now = await new Promise<number>((r) => requestAnimationFrame(r));
        deltas.push(now - last);
        last = now;
      }
      deltas.sort((a, b) => a - b);
      return { p95: deltas[Math.floor(deltas.length * 0.95)]!, median: deltas[Math.floor(deltas.length / 2)]! };
    },
    [px, frames] as const,
  );
  const cpu = ((await processTime(page)) - before) * 1000 / frames;
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="price-grid"] *')) if (el.scrollTop > 0) el.scrollTop = 0;
    await new Promise((r) => requestAnimationFrame(r));
  });
  return { ...times, cpu };
}

/**
 * The header's columns as drawn (id, width, pinned side), and how many columns the grid
 * has in all (aria-colcount, hidden columns and those scrolled out of the DOM included):
 * to check two pages show the same grid.
 */
export function headerLayout(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    `columns:${document.querySelector('[data-testid="price-grid"] [aria-colcount]')?.getAttribute('aria-colcount')}`,
    ...[...document.querySelectorAll<HTMLElement>('[data-testid="price-grid"] .ag-header-cell[col-id]')]
      .map((el) => {
        const side = el.closest('.ag-grid-pinned-left-cells') ? 'left' : el.closest('.ag-grid-pinned-right-cells') ? 'right' : 'centre';
        return { text: `${side}:${el.getAttribute('col-id')}:${Math.round(el.getBoundingClientRect().width)}`, x: el.getBoundingClientRect().left };
      })
      .sort((a, b) => a.x - b.x)
      .map((c) => c.text),
  ]);
}
