import type { exporting as en } from '../en/exporting';
import type { Messages } from '../types';

export const exporting: Messages<typeof en> = {
  menu: 'Exportera',
  what: {
    grid: 'Alla rader',
    filtered: 'Filtrerade rader',
    changes: 'Bara ändringar',
    results: 'Senaste resultat',
    template: 'Importmall',
  },
  format: {
    xlsx: '{{what}} (.xlsx)',
    csv: '{{what}} (.csv)',
    'excel-csv': '{{what}} (CSV för Excel, semikolon)',
  },
  sheet: { prices: 'Priser', changes: 'Ändringar', results: 'Resultat', template: 'Mall' },
  result: { ok: 'Uppdaterad', warning: 'Uppdaterad med en varning', error: 'Misslyckad', skipped: 'Ej skickad', unknown: 'Okänt: kontrollera på plattformen' },
  fileName: { grid: 'priser', filtered: 'filtrerade-priser', changes: 'ändringar', results: 'resultat', template: 'importmall' },
  saved_one: 'Sparade {{n}} rad i {{file}}.',
  saved_other: 'Sparade {{n}} rader i {{file}}.',
};
