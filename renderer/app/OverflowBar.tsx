/**
 * A bar that stays one row high: items that do not fit move into a "More ▾" menu, the
 * least important first, and come back when there is room. Widths are measured, not
 * guessed: each item's width as last rendered in the bar (again on every render, so a
 * label that grows counts), the bar's own width on every resize.
 */
import { useEffect, useLayoutEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import { t } from '../i18n';

export interface BarItem {
  id: string;
  node: ReactNode;
  /** Higher stays in the bar longer. Without one the item never moves to the menu. */
  priority?: number;
  /** Takes the free space between items (its width does not count). */
  spacer?: boolean;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((id) => b.has(id));

/** The items that do not fit in `available` px, given measured widths and the gap between items. */
export function overflowing(items: BarItem[], widths: ReadonlyMap<string, number>, available: number, gap: number, moreWidth: number, alwaysMore: boolean): Set<string> {
  const width = (item: BarItem) => (item.spacer ? 0 : (widths.get(item.id) ?? 0)) + gap;
  const fixed = items.filter((i) => i.priority === undefined).reduce((sum, i) => sum + width(i), 0);
  const movable = items.filter((i) => i.priority !== undefined).sort((a, b) => b.priority! - a.priority!);
  const all = movable.reduce((sum, i) => sum + width(i), 0);
  if (fixed + all + (alwaysMore ? moreWidth : 0) <= available) return new Set();
  const hidden = new Set<string>();
  let used = fixed + moreWidth;
  // In priority order: once one does not fit, the less important ones go too (no gap-filling
  // that would keep a minor item in the bar while a more important one is in the menu).
  for (const item of movable) {
    if (hidden.size === 0 && used + width(item) <= available) used += width(item);
    else hidden.add(item.id);
  }
  return hidden;
}

export function OverflowBar(props: { items: BarItem[]; menuItems?: ReactNode; className: string; testId: string; moreTestId: string }) {
  const bar = useRef<HTMLDivElement>(null);
  const more = useRef<HTMLDetailsElement>(null);
  const widths = useRef(new Map<string, number>());
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [, remeasure] = useReducer((n: number) => n + 1, 0);
  const hasMenuItems = props.menuItems !== undefined && props.menuItems !== null && props.menuItems !== false;
  const showMore = hidden.size > 0 || hasMenuItems;

  // After every render, on purpose: a label that changes width changes what fits. It settles
  // at once: setHidden runs only when the set differs, and hidden items keep their measured width.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    for (const child of el.querySelectorAll<HTMLElement>(':scope > [data-bar-item]')) widths.current.set(child.dataset.barItem!, child.offsetWidth);
    if (more.current && more.current.offsetWidth > 0) widths.current.set('\0more', more.current.offsetWidth);
    const style = getComputedStyle(el);
    const gap = Number.parseFloat(style.columnGap) || 0;
    const available = el.clientWidth - (Number.parseFloat(style.paddingLeft) || 0) - (Number.parseFloat(style.paddingRight) || 0);
    const next = overflowing(props.items, widths.current, available, gap, (widths.current.get('\0more') ?? 0) + gap, hasMenuItems);
    if (!sameSet(next, hidden)) setHidden(next);
  });

  useEffect(() => {
    const observer = new ResizeObserver(() => remeasure());
    if (bar.current) observer.observe(bar.current);
    // A click elsewhere closes the menu, as a menu does.
    const outside = (e: MouseEvent) => {
      if (more.current?.open && !more.current.contains(e.target as Node)) more.current.open = false;
    };
    document.addEventListener('mousedown', outside);
    return () => {
      observer.disconnect();
      document.removeEventListener('mousedown', outside);
    };
  }, []);

  const close = () => more.current?.removeAttribute('open');
  return (
    <div className={`overflow-bar ${props.className}`} data-testid={props.testId} ref={bar}>
      {props.items
        .filter((item) => !hidden.has(item.id))
        .map((item) => (
          <div key={item.id} data-bar-item={item.id} className={item.spacer ? 'bar-spacer' : 'bar-item'}>
            {item.node}
          </div>
        ))}
      <details className={showMore ? 'menu more-menu' : 'menu more-menu more-unused'} ref={more} onKeyDown={(e) => e.key === 'Escape' && close()}>
        <summary data-testid={props.moreTestId} aria-haspopup="menu">
          {t('app:more')}
        </summary>
        <div className="menu-items" role="menu" onClick={(e) => (e.target as HTMLElement).closest('button') && close()}>
          {props.items
            .filter((item) => hidden.has(item.id))
            .map((item) => (
              <div key={item.id} className="menu-entry" data-menu-item={item.id}>
                {item.node}
              </div>
            ))}
          {props.menuItems}
        </div>
      </details>
    </div>
  );
}
