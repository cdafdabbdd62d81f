/**
 * The menu bar's words in each language the window speaks (issue #16). Main cannot read the
 * renderer's catalogues (another bundle, and i18next is the window's), so the menu keeps its
 * own small table. English is the reference: Spanish and Swedish are typed against its keys,
 * so a missing label fails the typecheck. Labels for Electron's roles are given too: Electron
 * names them in English on Windows and Linux whatever the system's language.
 */
const en = {
  file: 'File',
  closeWindow: 'Close Window',
  // Electron's own names for quitting: "Exit" on Windows, "Quit" elsewhere.
  exit: 'Exit',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  forceReload: 'Force Reload',
  toggleDevTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Toggle Full Screen',
  window: 'Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  close: 'Close',
  front: 'Bring All to Front',
  about: 'About PriceDesk',
  services: 'Services',
  hide: 'Hide PriceDesk',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
  quitApp: 'Quit PriceDesk',
};

/** Every label the menu bar shows. */
export type MenuWords = Record<keyof typeof en, string>;

const es: MenuWords = {
  file: 'Archivo',
  closeWindow: 'Cerrar ventana',
  exit: 'Salir',
  quit: 'Salir',
  edit: 'Edición',
  undo: 'Deshacer',
  redo: 'Rehacer',
  cut: 'Cortar',
  copy: 'Copiar',
  paste: 'Pegar',
  selectAll: 'Seleccionar todo',
  view: 'Ver',
  reload: 'Volver a cargar',
  forceReload: 'Forzar recarga',
  toggleDevTools: 'Herramientas de desarrollo',
  resetZoom: 'Tamaño real',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  toggleFullScreen: 'Pantalla completa',
  window: 'Ventana',
  minimize: 'Minimizar',
  zoom: 'Zoom',
  close: 'Cerrar',
  front: 'Traer todo al frente',
  about: 'Acerca de PriceDesk',
  services: 'Servicios',
  hide: 'Ocultar PriceDesk',
  hideOthers: 'Ocultar otros',
  unhide: 'Mostrar todo',
  quitApp: 'Salir de PriceDesk',
};

const sv: MenuWords = {
  file: 'Arkiv',
  closeWindow: 'Stäng fönster',
  exit: 'Avsluta',
  quit: 'Avsluta',
  edit: 'Redigera',
  undo: 'Ångra',
  redo: 'Gör om',
  cut: 'Klipp ut',
  copy: 'Kopiera',
  paste: 'Klistra in',
  selectAll: 'Markera allt',
  view: 'Visa',
  reload: 'Läs in igen',
  forceReload: 'Tvinga omläsning',
  toggleDevTools: 'Utvecklarverktyg',
  resetZoom: 'Verklig storlek',
  zoomIn: 'Zooma in',
  zoomOut: 'Zooma ut',
  toggleFullScreen: 'Helskärm',
  window: 'Fönster',
  minimize: 'Minimera',
  zoom: 'Zooma',
  close: 'Stäng',
  front: 'Lägg alla överst',
  about: 'Om PriceDesk',
  services: 'Tjänster',
  hide: 'Göm PriceDesk',
  hideOthers: 'Göm övriga',
  unhide: 'Visa alla',
  quitApp: 'Avsluta PriceDesk',
};

export const MENU_WORDS = { en, es, sv } as const satisfies Record<string, MenuWords>;

/**
 * The menu's words for a locale ("es-AR"): its language's where we have them, English
 * otherwise (the pseudo-locale en-XA too: it checks the window, the menu is ours in English).
 */
export function menuWords(locale: string): MenuWords {
  const language = locale.split('-')[0]!.toLowerCase();
  return Object.hasOwn(MENU_WORDS, language) ? MENU_WORDS[language as keyof typeof MENU_WORDS] : en;
}
