import type { common as en } from '../en/common';
import type { Messages } from '../types';

export const common: Messages<typeof en> = {
  cancel: 'Avbryt',
  close: 'Stäng',
  change_one: '{{count}} ändring',
  change_other: '{{count}} ändringar',
  price_one: '{{count}} pris',
  price_other: '{{count}} priser',
  row_one: '{{count}} rad',
  row_other: '{{count}} rader',
  product_one: '{{count}} produkt',
  product_other: '{{count}} produkter',
};
