/**
 * Whether products PriceDesk creates go live at once or stay hidden until someone publishes
 * them at the vendor. A connector that creates products (`capabilities.createsProducts`)
 * offers the choice as the `newProducts` connection setting; hidden is the default, so a
 * product and price nobody has reviewed at the vendor are not on sale by surprise. The
 * preview reads it from here (its words: renderer/features/preview/words.ts) and the connector
 * reads the same setting, so both agree.
 */

/** The connection setting's key. */
export const NEW_PRODUCTS_SETTING = 'newProducts';

/** How new products are created: hidden (not on sale) or live. */
export type NewProductVisibility = 'hidden' | 'live';

/** The connection's choice; anything but an explicit `live` is hidden. */
export function newProductVisibility(settings: Record<string, string> | undefined): NewProductVisibility {
  return settings?.[NEW_PRODUCTS_SETTING] === 'live' ? 'live' : 'hidden';
}
