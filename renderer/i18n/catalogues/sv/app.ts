import type { app as en } from '../en/app';
import type { Messages } from '../types';

export const app: Messages<typeof en> = {
  toolbar: {
    history: 'Historik',
    reload: 'Hämta priser igen',
    send_one: 'Skicka {{n}} ändring',
    send_other: 'Skicka {{n}} ändringar',
  },
  more: 'Mer ▾',
  status: {
    loading: 'Hämtar priser…',
    progress: '{{done}} av {{total}}',
    rows_one: '{{n}} rad',
    rows_other: '{{n}} rader',
    shownRows_one: '{{shown}} av {{n}} rad',
    shownRows_other: '{{shown}} av {{n}} rader',
    changed_one: '{{n}} ändrad',
    changed_other: '{{n}} ändrade',
    changedIn_one: '{{n}} ändrad i {{field}}',
    changedIn_other: '{{n}} ändrade i {{field}}',
    problems_one: '{{n}} problem',
    problems_other: '{{n}} problem',
    problemsIn_one: '{{n}} problem i {{field}}',
    problemsIn_other: '{{n}} problem i {{field}}',
    sum: 'Summa: {{value}}',
    average: 'Medel: {{value}}',
    count: 'Antal: {{n}}',
  },
  dropOverlay: 'Släpp ett kalkylark här för att importera dess priser',
  notifications: {
    dismiss: 'Stäng meddelandet',
  },
  settings: {
    open: 'Inställningar',
    title: 'Inställningar',
    language: 'Språk och region',
    languageHelp: 'Texter, tal, priser och datum följer det här valet.',
    system: 'Som datorn ({{name}})',
    close: 'Stäng',
  },
};
