/**
 * Undo, Redo and Select All, however they arrive (the Edit menu's `menu:command` event, or Ctrl/Cmd+Z
 * and Ctrl+Y reaching the page): in a text field they are the field's own; elsewhere they
 * are the grid's. A modal dialog keeps the grid out of reach.
 */
import type { MenuCommand } from '../../../shared/contract';
import { selectAllCells } from './interactions';
import { useGrid } from './slice';
import { useGridView } from './view';

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'number', 'email', 'url', 'tel', 'password']);

/** Whether an element takes typed text, so Undo means "undo my typing". */
export function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** Where an undo from this element goes: the field, the grid, or nowhere (a dialog is open over it). */
export function editCommandTarget(el: Element | null): 'field' | 'grid' | 'none' {
  if (isTextField(el)) return 'field';
  if (el?.closest('dialog, [role="dialog"]') || document.querySelector('dialog:modal')) return 'none';
  return 'grid';
}

/** Runs Undo, Redo or Select All where the focus is. */
export function runEditCommand(command: MenuCommand): void {
  const target = editCommandTarget(document.activeElement);
  // execCommand is deprecated but still the only way to reach a field's native undo stack.
  if (target === 'field') document.execCommand(command);
  else if (target !== 'grid') return;
  else if (command === 'selectAll') {
    const api = useGridView.getState().api;
    if (api) selectAllCells(api);
  } else useGrid.getState()[command]();
}
