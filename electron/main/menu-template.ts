/**
 * The application menu as plain data, so it can be checked from plain Node. Undo and Redo
 * (and Select All) are our own items, not Electron's roles: on macOS the menu sees Cmd+Z before the page,
 * and the roles would run only the text field's native undo, never the grid's. Our items
 * push a `menu:command` event; the renderer chooses between field and grid.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract';

export interface MenuTemplateOptions {
  /** process.platform of the machine the menu is for. */
  platform: string;
  /** Hands a command to the renderer (main: the focused window's webContents.send). */
  send(payload: { command: MenuCommand }): void;
  /** True only in development (`!app.isPackaged`): the View menu then offers developer tools. */
  development: boolean;
}

/** The menu bar: app (macOS), File, Edit with our Undo/Redo, View (developer tools only in development), Window. */
export function buildMenuTemplate({ platform, send, development }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator: string, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send({ command: cmd }),
    ...extra,
  });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    {
      label: 'Edit',
      submenu: [
        command('Undo', 'undo', 'CmdOrCtrl+Z'),
        command('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        // Windows and Linux users also expect Ctrl+Y; hidden so the menu shows one Redo.
        ...(isMac ? [] : [command('Redo', 'redo', 'Ctrl+Y', { visible: false })]),
        { type: 'separator' },
        // The clipboard roles stay: they work in text fields, and the grid listens to the copy/paste events they fire.
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        // Ours, like Undo: the role would select the page's text on macOS; the renderer selects the field's text or the grid's cells.
        command('Select All', 'selectAll', 'CmdOrCtrl+A'),
      ],
    },
    // Electron's viewMenu role always carries Toggle Developer Tools (Ctrl+Shift+I): in a
    // packaged build that hands anyone at the desk a console inside the privileged page.
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'forceReload' },
        ...(development ? [{ role: 'toggleDevTools' as const }] : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
