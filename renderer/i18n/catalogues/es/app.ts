import type { app as en } from '../en/app';
import type { Messages } from '../types';

export const app: Messages<typeof en> = {
  toolbar: {
    history: 'Historial',
    reload: 'Recargar precios',
    send_one: 'Enviar {{n}} cambio',
    send_other: 'Enviar {{n}} cambios',
  },
  more: 'Más ▾',
  status: {
    loading: 'Cargando precios…',
    progress: '{{done}} de {{total}}',
    rows_one: '{{n}} fila',
    rows_other: '{{n}} filas',
    shownRows_one: '{{shown}} de {{n}} fila',
    shownRows_other: '{{shown}} de {{n}} filas',
    changed_one: '{{n}} modificado',
    changed_other: '{{n}} modificados',
    changedIn_one: '{{n}} modificado en {{field}}',
    changedIn_other: '{{n}} modificados en {{field}}',
    problems_one: '{{n}} problema',
    problems_other: '{{n}} problemas',
    problemsIn_one: '{{n}} problema en {{field}}',
    problemsIn_other: '{{n}} problemas en {{field}}',
    sum: 'Suma: {{value}}',
    average: 'Promedio: {{value}}',
    count: 'Recuento: {{n}}',
  },
  dropOverlay: 'Suelta aquí una hoja de cálculo para importar sus precios',
  notifications: {
    dismiss: 'Cerrar aviso',
  },
  settings: {
    open: 'Ajustes',
    title: 'Ajustes',
    language: 'Idioma y región',
    languageHelp: 'Los textos, números, precios y fechas siguen esta elección.',
    system: 'Como el equipo ({{name}})',
    close: 'Cerrar',
  },
};
