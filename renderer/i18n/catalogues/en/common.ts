/** Words many parts of the window use. */
export const common = {
  cancel: 'Cancel',
  close: 'Close',
  change_one: '{{count}} change',
  change_other: '{{count}} changes',
  price_one: '{{count}} price',
  price_other: '{{count}} prices',
  row_one: '{{count}} row',
  row_other: '{{count}} rows',
  product_one: '{{count}} product',
  product_other: '{{count}} products',
} as const;
