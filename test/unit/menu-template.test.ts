import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appHandlers } from '../../electron/core/handlers/app';
import { buildMenuTemplate } from '../../electron/main/menu-template';
import { MENU_WORDS, menuWords } from '../../electron/main/menu-words';
import type { MenuCommand } from '../../shared/contract';
import { testHost } from '../support/host';

function editMenu(platform: string, development = false, locale = 'en-US') {
  const sent: { command: MenuCommand }[] = [];
  const template = buildMenuTemplate({ platform, send: (payload) => sent.push(payload), development, locale });
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

  /** Every label in the menu, hidden items included, in order. */
  const labels = (template: MenuItemConstructorOptions[]): string[] =>
    template.flatMap((item) => [...(item.label ? [item.label] : []), ...labels((item.submenu ?? []) as MenuItemConstructorOptions[])]);
  const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    template.flatMap((item) => [item, ...items((item.submenu ?? []) as MenuItemConstructorOptions[])]);

  it.each(['darwin', 'win32', 'linux'])('on %s, in English every item is labelled as Electron would label it, so nothing reads differently', (platform) => {
    const all = labels(editMenu(platform, true).template);
    expect(all).toEqual(expect.arrayContaining(['File', platform === 'darwin' ? 'Close Window' : platform === 'win32' ? 'Exit' : 'Quit', 'Edit', 'Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All', 'View', 'Reload', 'Zoom In', 'Window', 'Minimize']));
  });

  it.each([
    ['es-AR', ['Archivo', 'Edición', 'Deshacer', 'Rehacer', 'Cortar', 'Copiar', 'Pegar', 'Seleccionar todo', 'Ver', 'Ventana']],
    ['sv-SE', ['Arkiv', 'Redigera', 'Ångra', 'Gör om', 'Klipp ut', 'Kopiera', 'Klistra in', 'Markera allt', 'Visa', 'Fönster']],
  ])('in %s, the menu speaks the language, and its commands still send the same thing', (locale, words) => {
    for (const platform of ['darwin', 'win32', 'linux']) {
      const { template, sent } = editMenu(platform, true, locale);
      expect(labels(template)).toEqual(expect.arrayContaining(words));
      // Every item carries a label: none is left to Electron's English (macOS titles the app menu with the app's name).
      expect(items(template).filter((item) => item.type !== 'separator' && item.role !== 'appMenu' && !item.label)).toEqual([]);
      const english = Object.values(MENU_WORDS.en).filter((word) => !Object.values(menuWords(locale)).includes(word));
      expect(labels(template).filter((label) => english.includes(label))).toEqual([]);
      const edit = template.find((item) => item.label === words[1])!;
      const undo = (edit.submenu as MenuItemConstructorOptions[]).find((item) => item.label === words[2])!;
      click(undo);
      expect(sent).toEqual([{ command: 'undo' }]);
    }
  });

  it('has every label in every language, and falls back to English for other languages and the pseudo-locale', () => {
    for (const words of Object.values(MENU_WORDS)) {
      expect(Object.keys(words).sort()).toEqual(Object.keys(MENU_WORDS.en).sort());
      expect(Object.values(words).every((word) => word.trim().length > 0)).toBe(true);
    }
    expect(menuWords('es-ES')).toBe(MENU_WORDS.es);
    expect(menuWords('sv')).toBe(MENU_WORDS.sv);
    expect(menuWords('de-DE')).toBe(MENU_WORDS.en);
    expect(menuWords('en-XA')).toBe(MENU_WORDS.en);
    expect(menuWords('constructor')).toBe(MENU_WORDS.en);
  });

  it('Settings saving another language tells main, which rebuilds the menu; "as the computer" tells it null', async () => {
    const host = await testHost();
    const told: (string | null)[] = [];
    host.localeChanged = (locale) => told.push(locale);
    const handlers = appHandlers(host);
    await handlers['app:setLocale']({ locale: 'sv-SE' });
    await handlers['app:setLocale']({ locale: null });
    expect(told).toEqual(['sv-SE', null]);
    expect(host.settings.get('locale')).toBeNull();
  });
});
