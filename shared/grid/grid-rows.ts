/**
 * The catalog rows as the grid gets them (`catalog:load`). A window keeps every row of the
 * catalog (100,000 at a large shop) for as long as the connection is open, and the answer
 * crosses IPC as one copy of every object, so the rows carry only what the grid uses:
 * - `prices` (every price field of the row by id) is kept: the grid shows and edits every
 *   field. Rows whose only field is the primary one drop it (`price` holds the same).
 * - rows with the same grouping fields ("Coffee", "Nordic Roast") share one groups object;
 *   IPC's structured clone (and the browser harness's serializer) keep a shared object
 *   shared, so the window holds one per combination rather than one per row.
 * Measured with `npm run bench -- --only=grid` (100,000 demo rows): see the commit message.
 */
import type { CatalogGroups, CatalogRow, GroupField } from '../types';

/**
 * What a grid row keeps of each field of CatalogRow (false: left out). A field added to
 * CatalogRow fails the type check here until someone decides whether the grid gets it.
 */
const KEPT = {
  key: true,
  sku: true,
  name: true,
  price: true,
  cost: true,
  currency: true,
  vatIncluded: true,
  prices: true,
  vendorIds: true,
  notice: true,
  noticeSaid: true,
  groups: true,
} as const satisfies Record<keyof CatalogRow, boolean>;

/** The rows as the grid gets them (see above); the connector's own rows are left unchanged. */
export function gridRows(rows: readonly CatalogRow[]): CatalogRow[] {
  const groups = new Map<string, CatalogGroups>();
  return rows.map((r) => {
    // Field by field rather than a rest spread: one object shape, and 100,000 rows in a few ms.
    const row: CatalogRow = { key: r.key, sku: r.sku, name: r.name, price: r.price, cost: r.cost, currency: r.currency, vatIncluded: r.vatIncluded, vendorIds: r.vendorIds };
    if (KEPT.prices && r.prices && !onlyPrimary(r)) row.prices = r.prices;
    if (KEPT.notice && r.notice !== undefined) row.notice = r.notice;
    if (KEPT.noticeSaid && r.noticeSaid) row.noticeSaid = r.noticeSaid;
    if (KEPT.groups && r.groups) {
      const key = groupsKey(r.groups);
      const known = groups.get(key);
      if (known) row.groups = known;
      else groups.set(key, (row.groups = r.groups));
    }
    return row;
  });
}

/** A row whose prices hold one field only: the primary, which `price` already holds. */
function onlyPrimary(r: CatalogRow): boolean {
  let count = 0;
  for (const _ in r.prices) if (++count > 1) return false;
  return true;
}

/** One text per combination of grouping fields: the field names and values, separated by characters no name holds. */
function groupsKey(g: CatalogGroups): string {
  let key = '';
  for (const field in g) key += `${field}\u0001${g[field as GroupField]}\u0002`;
  return key;
}
