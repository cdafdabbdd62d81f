import type { app as en } from '../en/app';
import type { Messages } from '../types';

export const app: Messages<typeof en> = {
  settings: {
    open: 'Ajustes',
    title: 'Ajustes',
    language: 'Idioma y región',
    languageHelp: 'Los textos, números, precios y fechas siguen esta elección.',
    system: 'Como el equipo ({{name}})',
    close: 'Cerrar',
  },
};
