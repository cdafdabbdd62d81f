import { app, BrowserWindow, Menu } from 'electron';
import type { EventName } from '../../shared/contract';
import { buildMenuTemplate } from './menu-template';

const MENU_EVENT: EventName = 'menu:command';

/** Installs the menu bar; Undo/Redo go to the focused window's page as `menu:command`. */
export function installMenu(): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    development: !app.isPackaged,
    send: (payload) => BrowserWindow.getFocusedWindow()?.webContents.send(MENU_EVENT, payload),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
