import { app, BrowserWindow, Menu } from 'electron';
import type { EventName } from '../../shared/contract';
import { buildMenuTemplate } from './menu-template';

const MENU_EVENT: EventName = 'menu:command';

/**
 * Installs the menu bar in the locale's language (the one chosen in Settings, else the
 * computer's); called again when the person chooses another. Undo/Redo go to the focused
 * window's page as `menu:command`.
 */
export function installMenu(chosenLocale: string | null): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    development: !app.isPackaged,
    locale: chosenLocale ?? app.getLocale(),
    send: (payload) => BrowserWindow.getFocusedWindow()?.webContents.send(MENU_EVENT, payload),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
