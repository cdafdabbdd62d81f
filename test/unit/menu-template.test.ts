import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../electron/main/menu-template';
import type { MenuCommand } from '../../shared/contract';

function editMenu(platform: string, development = false) {
  const sent: { command: MenuCommand }[] = [];
  const template = buildMenuTemplate({ platform, send: (payload) => sent.push(payload), development });
  const edit = template.find((item) => item.label === 'Edit');
  return { template, sent, items: (edit?.submenu ?? []) as MenuItemConstructorOptions[] };
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('the application menu template', () => {
  it.each(['darwin', 'win32', 'linux'])('on %s, Undo and Redo are our items sending menu:command, never the roles', (platform) => {
    const { items, sent } = editMenu(platform);
    expect(items.some((item) => item.role === 'undo' || item.role === 'redo')).toBe(false);
    const undo = items.find((item) => item.label === 'Undo')!;
    const redo = items.find((item) => item.label === 'Redo' && item.visible !== false)!;
    expect(undo.accelerator).toBe('CmdOrCtrl+Z');
    expect(redo.accelerator).toBe('CmdOrCtrl+Shift+Z');
    click(undo);
    click(redo);
    expect(sent).toEqual([{ command: 'undo' }, { command: 'redo' }]);
  });

  it.each(['win32', 'linux'])('on %s, Ctrl+Y also redoes', (platform) => {
    const { items, sent } = editMenu(platform);
    const ctrlY = items.find((item) => item.accelerator === 'Ctrl+Y')!;
    expect(ctrlY).toBeDefined();
    click(ctrlY);
    expect(sent).toEqual([{ command: 'redo' }]);
  });

  it('on macOS there is no Ctrl+Y, and the app menu comes first', () => {
    const { items, template } = editMenu('darwin');
    expect(items.some((item) => item.accelerator === 'Ctrl+Y')).toBe(false);
    expect(template[0]!.role).toBe('appMenu');
    expect(editMenu('linux').template[0]!.role).toBe('fileMenu');
  });

  it('keeps the clipboard roles, so text fields still cut, copy and paste', () => {
    const roles = editMenu('darwin').items.map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(['cut', 'copy', 'paste']);
  });

  it.each(['darwin', 'win32', 'linux'])('on %s, Select All is our item too: the renderer selects the field or the grid, never the page', (platform) => {
    const { items, sent } = editMenu(platform);
    const selectAll = items.find((item) => item.label === 'Select All')!;
    expect(selectAll.accelerator).toBe('CmdOrCtrl+A');
    click(selectAll);
    expect(sent).toEqual([{ command: 'selectAll' }]);
  });

  const roles = (template: MenuItemConstructorOptions[]): string[] =>
    template.flatMap((item) => [String(item.role ?? ''), ...roles((item.submenu ?? []) as MenuItemConstructorOptions[])]).filter(Boolean);

  it.each(['darwin', 'win32', 'linux'])('on %s, a packaged build offers no developer tools anywhere in the menu', (platform) => {
    const { template } = editMenu(platform, false);
    expect(roles(template).map((r) => r.toLowerCase())).not.toContain('toggledevtools');
    // The viewMenu role would bring Toggle Developer Tools back with it.
    expect(roles(template)).not.toContain('viewMenu');
    expect(template.some((item) => item.label === 'View')).toBe(true);
  });

  it('in development the View menu offers developer tools', () => {
    const view = editMenu('linux', true).template.find((item) => item.label === 'View')!;
    expect(roles([view])).toContain('toggleDevTools');
  });
});
