/**
 * Cin7 Omni's grouping fields for the catalog. Product options (what the grid's rows are)
 * carry no brand or category; their product does: `GET v1/Products` has `Brand`,
 * `Category`, `ProductType` and `SupplierId` (api.cin7.com/api/Help, the Product model), and
 * a supplier's name is its contact's `Company` (`GET v1/Contacts`, the Contact model).
 *
 * Fewest requests: the product listing is read once per catalog load, only those four
 * fields (`fields=`), 250 products a page, and joined to the options by `ProductId`. A
 * product has one option or more, so that is never more pages than the options' listing
 * (reading the products of each options page instead would cost one request per page);
 * supplier names then take one request per 100 distinct suppliers. Omni allows 60 requests
 * a minute, which is why this is not one request per product.
 */
import { z } from 'zod';
import type { CatalogGroups } from '../../../shared/types';
import type { HttpClient } from '../../core/http';
import { chunks } from '../common/batches';
import { catalogGroups } from '../common/groups';
import { pageCeiling } from '../common/paging';
import { parseList } from './map';

const PAGE_ROWS = 250;
const text = z.string().nullable().optional();
const productSchema = z.object({ id: z.number(), brand: text, category: text, productType: text, supplierId: z.number().nullable().optional() });
const contactSchema = z.object({ id: z.number(), company: text });

/** The product fields asked for: what the groups need and nothing more. */
export const PRODUCT_GROUP_FIELDS = 'Id,Brand,Category,ProductType,SupplierId';

interface Reading {
  signal: AbortSignal;
  onWait?: (ms: number) => void;
  maxPages?: number;
}

/** Each product's grouping fields by product id (products without any are left out). */
export async function readProductGroups(http: HttpClient, { signal, onWait, maxPages }: Reading): Promise<Map<number, CatalogGroups>> {
  const products: z.infer<typeof productSchema>[] = [];
  const seen = new Set<number>();
  const nextPage = pageCeiling('Cin7 Omni', maxPages);
  for (let page = 1; ; page++) {
    nextPage();
    const response = await http.request({ method: 'GET', path: 'v1/Products', query: { fields: PRODUCT_GROUP_FIELDS, page, rows: PAGE_ROWS }, idempotent: true, signal, onWait });
    const batch = parseList(productSchema, response.json, 'a product list');
    const fresh = batch.filter((p) => !seen.has(p.id));
    for (const p of fresh) seen.add(p.id);
    products.push(...fresh);
    // As for options: no total in the answer, a short page is the last, a page of known ids means paging is ignored.
    if (batch.length < PAGE_ROWS || !fresh.length) break;
  }
  const suppliers = await supplierNames(http, [...new Set(products.flatMap((p) => (p.supplierId ? [p.supplierId] : [])))], { signal, onWait });
  const groups = new Map<number, CatalogGroups>();
  for (const p of products) {
    const found = catalogGroups({ category: p.category, brand: p.brand, productType: p.productType, supplier: p.supplierId ? suppliers.get(p.supplierId) : undefined });
    if (found) groups.set(p.id, found);
  }
  return groups;
}

/** Suppliers' names (their contact's Company) by contact id, 100 ids a request. */
async function supplierNames(http: HttpClient, ids: number[], { signal, onWait }: Reading): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  for (const chunk of chunks(ids, 100)) {
    const response = await http.request({ method: 'GET', path: 'v1/Contacts', query: { fields: 'Id,Company', where: `Id IN (${chunk.join(',')})`, page: 1, rows: PAGE_ROWS }, idempotent: true, signal, onWait });
    for (const c of parseList(contactSchema, response.json, 'a contact list')) if (c.company) names.set(c.id, c.company);
  }
  return names;
}
