/**
 * A ceiling on the pages of one listing. Connectors stop on a short page, a repeated page or
 * the vendor's own count, but a broken or hostile vendor can keep saying "more" with fresh
 * ids forever; past this many pages PriceDesk stops and says so instead of reading on.
 */
import { wordedError, words } from './words';

/**
 * The most pages PriceDesk reads for one listing: at the connectors' page sizes (100-1000)
 * that is 500,000 products or more, twice the grid's 250,000-row import limit.
 */
export const MAX_CATALOG_PAGES = 5000;

/** Call once before reading each page; throws a plain error naming the ceiling past it. */
export function pageCeiling(vendor: string, max: number = MAX_CATALOG_PAGES): () => void {
  let pages = 0;
  return () => {
    if (++pages > max) {
      const pages = max.toLocaleString('en');
      const message = `${vendor} kept sending more pages: PriceDesk stopped after ${pages} pages, the most it reads for one catalog. Nothing was changed; ask ${vendor} whether the product list is as large as that.`;
      throw wordedError('vendor_error', words(message, 'vendor.tooManyPages', { vendor, pages }));
    }
  };
}
