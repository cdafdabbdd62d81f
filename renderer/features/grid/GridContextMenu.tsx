/**
 * The grid's right-click menu (AG Grid Community has none): Copy, Paste, Fill down, Clear
 * new price, Bulk adjust on the selection and, where the vendor can, Remove price. Each
 * item runs the same command as its key or button. Keyboard: arrows move, Enter runs,
 * Escape closes and gives the focus back to the grid.
 */
import type { GridApi } from 'ag-grid-community';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../../i18n';
import { showNumber } from '../../app/locale';
import { useNotifications } from '../notifications/slice';
import { clearSelection, copySelection, currentBlock, fillDown, pasteText, writeClipboard } from './interactions';
import { isEditableColumn } from '../../../shared/grid/cells';
import { askToRemovePrices, useCanRemovePrices } from './RemovePrices';
import { useSelection } from './selection';
import { useGridView } from './view';

interface Item {
  id: string;
  label: string;
  keys?: string;
  enabled: boolean;
  run(api: GridApi): void;
}

async function pasteFromClipboard(api: GridApi): Promise<void> {
  let text: string;
  try {
    text = await navigator.clipboard.readText();
  } catch {
    // The app lets only its own page read the clipboard (electron/main/security.ts); should
    // the OS or a browser refuse anyway, the keyboard's paste always works.
    useNotifications.getState().notify('info', t('grid:menu.noClipboard'));
    return;
  }
  pasteText(api, text);
}

function menuItems(api: GridApi, canRemove: boolean): Item[] {
  const block = currentBlock(api);
  const rows = block ? block.bottom - block.top + 1 : 0;
  const onPrice = block?.cols.some(isEditableColumn) ?? false;
  const items: Item[] = [
    {
      id: 'copy',
      label: t('grid:menu.copy'),
      keys: 'Ctrl+C',
      enabled: block !== null,
      run: (a) => {
        const text = copySelection(a);
        if (text !== null && !writeClipboard(text)) useNotifications.getState().notify('info', t('grid:menu.copyRefused'));
      },
    },
    { id: 'paste', label: t('grid:menu.paste'), keys: 'Ctrl+V', enabled: block !== null, run: (a) => void pasteFromClipboard(a) },
    { id: 'fill-down', label: t('grid:menu.fillDown'), keys: 'Ctrl+D', enabled: onPrice && rows > 1, run: fillDown },
    { id: 'clear', label: t('grid:menu.clear'), keys: t('grid:menu.keyDelete'), enabled: rows > 0, run: (a) => clearSelection(a, true) },
    {
      id: 'bulk',
      label: t('grid:menu.bulk', { count: rows, n: showNumber(rows) }),
      enabled: rows > 0,
      run: () => useGridView.getState().set({ panel: 'bulk', bulkScope: 'selection' }),
    },
  ];
  if (canRemove) items.push({ id: 'remove-price', label: t('grid:menu.remove'), enabled: rows > 0, run: askToRemovePrices });
  return items;
}

export function GridContextMenu(props: { api: GridApi; x: number; y: number; onClose(): void }) {
  const canRemove = useCanRemovePrices();
  const [items] = useState(() => menuItems(props.api, canRemove));
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ left: props.x, top: props.y });

  // Opened near a window edge, the menu moves in so all of it shows.
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    setPos({ left: Math.max(0, Math.min(props.x, window.innerWidth - box.width - 4)), top: Math.max(0, Math.min(props.y, window.innerHeight - box.height - 4)) });
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [props.x, props.y]);

  useEffect(() => {
    const outside = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) props.onClose();
    };
    document.addEventListener('mousedown', outside, true);
    window.addEventListener('blur', props.onClose);
    return () => {
      document.removeEventListener('mousedown', outside, true);
      window.removeEventListener('blur', props.onClose);
    };
  }, [props]);

  /** Back to the grid: its focused cell takes the keys again. */
  const close = () => {
    props.onClose();
    const focus = useSelection.getState().focus;
    if (focus) props.api.setFocusedCell(focus.row, focus.col);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    e.stopPropagation();
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => buttons[(to + buttons.length) % buttons.length]?.focus();
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      close();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(at + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(at - 1);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      move(e.key === 'Home' ? 0 : -1);
    }
  };

  return (
    <div ref={ref} className="context-menu menu-items" role="menu" aria-label={t('grid:menu.label')} data-testid="grid-context-menu" style={{ position: 'fixed', left: pos.left, top: pos.top }} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          role="menuitem"
          data-testid={`menu-${item.id}`}
          disabled={!item.enabled}
          onClick={() => {
            close();
            item.run(props.api);
          }}
        >
          <span>{item.label}</span>
          {item.keys && <span className="menu-keys">{item.keys}</span>}
        </button>
      ))}
    </div>
  );
}
