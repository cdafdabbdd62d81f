/**
 * The application menu as plain data, so it can be checked from plain Node. Undo and Redo
 * (and Select All) are our own items, not Electron's roles: on macOS the menu sees Cmd+Z before the page,
 * and the roles would run only the text field's native undo, never the grid's. Our items
 * push a `menu:command` event; the renderer chooses between field and grid.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract';
import { menuWords } from './menu-words';

export interface MenuTemplateOptions {
  /** process.platform of the machine the menu is for. */
  platform: string;
  /** Hands a command to the renderer (main: the focused window's webContents.send). */
  send(payload: { command: MenuCommand }): void;
  /** True only in development (`!app.isPackaged`): the View menu then offers developer tools. */
  development: boolean;
  /** The locale the menu speaks: the one chosen in Settings, else the computer's (main: app.getLocale()). */
  locale: string;
}

/**
 * The menu bar: app (macOS), File, Edit with our Undo/Redo, View (developer tools only in
 * development), Window; every label in the locale's language. The roles' submenus are
 * spelt out, each item with its label: Electron would fill them with English ones.
 */
export function buildMenuTemplate({ platform, send, development, locale }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const w = menuWords(locale);
  const command = (label: string, cmd: MenuCommand, accelerator: string, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send({ command: cmd }),
    ...extra,
  });
  return [
    ...(isMac
      ? [
          {
            role: 'appMenu' as const,
            submenu: [
              { role: 'about', label: w.about },
              { type: 'separator' },
              { role: 'services', label: w.services },
              { type: 'separator' },
              { role: 'hide', label: w.hide },
              { role: 'hideOthers', label: w.hideOthers },
              { role: 'unhide', label: w.unhide },
              { type: 'separator' },
              { role: 'quit', label: w.quitApp },
            ] satisfies MenuItemConstructorOptions[],
          },
        ]
      : []),
    { role: 'fileMenu', label: w.file, submenu: [isMac ? { role: 'close', label: w.closeWindow } : { role: 'quit', label: platform === 'win32' ? w.exit : w.quit }] },
    {
      label: w.edit,
      submenu: [
        command(w.undo, 'undo', 'CmdOrCtrl+Z'),
        command(w.redo, 'redo', 'CmdOrCtrl+Shift+Z'),
        // Windows and Linux users also expect Ctrl+Y; hidden so the menu shows one Redo.
        ...(isMac ? [] : [command(w.redo, 'redo', 'Ctrl+Y', { visible: false })]),
        { type: 'separator' },
        // The clipboard roles stay: they work in text fields, and the grid listens to the copy/paste events they fire.
        { role: 'cut', label: w.cut },
        { role: 'copy', label: w.copy },
        { role: 'paste', label: w.paste },
        // Ours, like Undo: the role would select the page's text on macOS; the renderer selects the field's text or the grid's cells.
        command(w.selectAll, 'selectAll', 'CmdOrCtrl+A'),
      ],
    },
    // Electron's viewMenu role always carries Toggle Developer Tools (Ctrl+Shift+I): in a
    // packaged build that hands anyone at the desk a console inside the privileged page.
    {
      label: w.view,
      submenu: [
        { role: 'reload', label: w.reload },
        { role: 'forceReload', label: w.forceReload },
        ...(development ? [{ role: 'toggleDevTools' as const, label: w.toggleDevTools }] : []),
        { type: 'separator' },
        { role: 'resetZoom', label: w.resetZoom },
        { role: 'zoomIn', label: w.zoomIn },
        { role: 'zoomOut', label: w.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: w.toggleFullScreen },
      ],
    },
    {
      role: 'windowMenu',
      label: w.window,
      // Electron's own Window menu, item for item: macOS brings all to front, the others close.
      submenu: [{ role: 'minimize', label: w.minimize }, { role: 'zoom', label: w.zoom }, ...(isMac ? [{ type: 'separator' as const }, { role: 'front' as const, label: w.front }] : [{ role: 'close' as const, label: w.close }])],
    },
  ];
}
