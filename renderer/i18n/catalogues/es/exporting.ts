import type { exporting as en } from '../en/exporting';
import type { Messages } from '../types';

export const exporting: Messages<typeof en> = {
  menu: 'Exportar',
  what: {
    grid: 'Todas las filas',
    filtered: 'Filas filtradas',
    changes: 'Solo los cambios',
    results: 'Últimos resultados',
    template: 'Plantilla de importación',
  },
  format: {
    xlsx: '{{what}} (.xlsx)',
    csv: '{{what}} (.csv)',
    'excel-csv': '{{what}} (CSV para Excel, punto y coma)',
  },
  sheet: { prices: 'Precios', changes: 'Cambios', results: 'Resultados', template: 'Plantilla' },
  result: { ok: 'Actualizado', warning: 'Actualizado con aviso', error: 'Falló', skipped: 'No enviado', unknown: 'Desconocido: revisar en la plataforma' },
  fileName: { grid: 'precios', filtered: 'precios-filtrados', changes: 'cambios', results: 'resultados', template: 'plantilla-de-importación' },
  saved_one: 'Se guardó {{n}} fila en {{file}}.',
  saved_other: 'Se guardaron {{n}} filas en {{file}}.',
};
