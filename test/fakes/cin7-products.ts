/**
 * The Cin7 Omni fake's product and contact listings, for the catalog's grouping fields.
 * Sources: api.cin7.com/api/Help, `GET v1/Products?fields=&where=&order=&page=&rows=` and
 * `GET v1/Contacts?...` (the Product model: `Id`, `Brand`, `Category`, `SubCategory`,
 * `ProductType`, `SupplierId` = "the unique Cin7 supplier Id"; the Contact model: `Id`,
 * `Type` Customer or Supplier, `Company`), paged like `v1/ProductOptions` (rows at most 250,
 * a bare array, no total), camelCase keys as Omni's reads arrive.
 * Unverified, so chosen here: `fields` keeps only the named fields (matched case-insensitively);
 * a product without a brand answers `brand: null`.
 */
import type { FakeReply, FakeRequest } from './kit';

/** A product of the fake, one per distinct option `productId`. */
export interface Cin7FakeProduct {
  id: number;
  brand: string | null;
  category: string | null;
  productType: string | null;
  supplierId: number | null;
}

/** The fake's suppliers: contact id and company. */
export const CIN7_SUPPLIERS: Record<number, string> = { 7001: 'Kaffe Import AB', 7002: 'Leaf & Co' };

/** A product's fields, the same for a given id every run; every fifth has no brand and no supplier. */
export function fakeProduct(id: number): Cin7FakeProduct {
  const plain = id % 5 === 0;
  return {
    id,
    brand: plain ? null : ['Nordic Roast', 'Tea House'][id % 2]!,
    category: ['Coffee', 'Tea', 'Equipment'][id % 3]!,
    productType: 'Finished good',
    supplierId: plain ? null : 7001 + (id % 2),
  };
}

/** `where` as the connector sends it for contacts: `Id IN (1,2)`. */
function idsIn(where: string | null): Set<number> | null {
  if (!where) return null;
  const m = /^\s*Id\s+IN\s*\(([\d,\s]*)\)\s*$/i.exec(where);
  if (!m) throw new Error(`unsupported where ${where}`);
  return new Set(m[1]!.split(',').map((v) => Number(v.trim())));
}

/** Only the fields the request names (all without `fields`), with Omni's camelCase keys. */
function pick(record: Record<string, unknown>, fields: string | null): Record<string, unknown> {
  if (!fields) return record;
  const wanted = new Set(fields.split(',').map((f) => f.trim().toLowerCase()));
  return Object.fromEntries(Object.entries(record).filter(([k]) => wanted.has(k.toLowerCase())));
}

function paged<T>(req: FakeRequest, all: T[]): T[] | FakeReply {
  const page = Number(req.query.get('page') ?? 1);
  const rows = Number(req.query.get('rows') ?? 50);
  if (!Number.isInteger(rows) || rows < 1 || rows > 250) return { status: 400, json: { Message: 'rows must be between 1 and 250.' } };
  return all.slice((page - 1) * rows, page * rows);
}

/** `GET v1/Products` over the products of these option product ids. */
export function readProducts(req: FakeRequest, productIds: number[]): FakeReply {
  const products = [...new Set(productIds)].sort((a, b) => a - b).map(fakeProduct);
  const page = paged(req, products);
  if (!Array.isArray(page)) return page;
  return { status: 200, json: page.map((p) => pick({ ...p, status: 'Public', styleCode: `STYLE-${p.id}`, name: `Product ${p.id}`, subCategory: null }, req.query.get('fields'))) };
}

/** `GET v1/Contacts`: the suppliers, filtered by `where`. */
export function readContacts(req: FakeRequest): FakeReply {
  const ids = idsIn(req.query.get('where'));
  const contacts = Object.entries(CIN7_SUPPLIERS)
    .map(([id, company]) => ({ id: Number(id), type: 'Supplier', company, firstName: null, lastName: null, isActive: true }))
    .filter((c) => !ids || ids.has(c.id));
  const page = paged(req, contacts);
  if (!Array.isArray(page)) return page;
  return { status: 200, json: page.map((c) => pick(c, req.query.get('fields'))) };
}
