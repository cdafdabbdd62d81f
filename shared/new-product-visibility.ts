/**
 * Whether products PriceDesk creates go live at once or stay hidden until someone publishes
 * them at the vendor. A connector that creates products (`capabilities.createsProducts`)
 * offers the choice as the `newProducts` connection setting; hidden is the default, so a
 * product and price nobody has reviewed at the vendor are not on sale by surprise. The
 * preview words it from here and the connector reads the same setting, so both agree.
 */

/** The connection setting's key. */
export const NEW_PRODUCTS_SETTING = 'newProducts';

/** How new products are created: hidden (not on sale) or live. */
export type NewProductVisibility = 'hidden' | 'live';

/** The connection's choice; anything but an explicit `live` is hidden. */
export function newProductVisibility(settings: Record<string, string> | undefined): NewProductVisibility {
  return settings?.[NEW_PRODUCTS_SETTING] === 'live' ? 'live' : 'hidden';
}

/** The preview's line about the new products of a submission. */
export function newProductsWords(count: number, visibility: NewProductVisibility, vendorName: string): string {
  const products = count === 1 ? '1 new product' : `${count} new products`;
  return visibility === 'live'
    ? `${products} will be created live at ${vendorName}: on sale as soon as ${count === 1 ? 'it is' : 'they are'} created (connection setting).`
    : `${products} will be created hidden at ${vendorName}: not on sale until published there (connection setting).`;
}
