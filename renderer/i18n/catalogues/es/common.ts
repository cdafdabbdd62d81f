import type { common as en } from '../en/common';
import type { Messages } from '../types';

export const common: Messages<typeof en> = {
  cancel: 'Cancelar',
  close: 'Cerrar',
  change_one: '{{count}} cambio',
  change_other: '{{count}} cambios',
  price_one: '{{count}} precio',
  price_other: '{{count}} precios',
  row_one: '{{count}} fila',
  row_other: '{{count}} filas',
  product_one: '{{count}} producto',
  product_other: '{{count}} productos',
};
