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
  saved_one: 'Sparade {{n}} rad i {{file}}.',
  saved_other: 'Sparade {{n}} rader i {{file}}.',
};
