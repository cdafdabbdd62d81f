import type { app as en } from '../en/app';
import type { Messages } from '../types';

export const app: Messages<typeof en> = {
  settings: {
    open: 'Inställningar',
    title: 'Inställningar',
    language: 'Språk och region',
    languageHelp: 'Texter, tal, priser och datum följer det här valet.',
    system: 'Som datorn ({{name}})',
    close: 'Stäng',
  },
};
