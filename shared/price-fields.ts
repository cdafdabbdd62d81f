/**
 * Price fields: every price a product has at one connection (a retail and a wholesale tier,
 * one price per currency of a price list, a cost, a recommended price...). Connectors learn
 * them from the vendor where the vendor defines them (Cin7 Omni `PriceColumns` keys, the
 * currencies of a Medusa price list, Geins price lists, Alephee's price entries) and show
 * them on Test connection. Exactly one field is the primary one: the price the connection
 * edits today (`CatalogRow.price`), so a draft or journal that names no field means it.
 */

import type { Said } from './said';

/**
 * What a price is for, which decides the cross-field rules it takes part in
 * (shared/field-rules.ts): `price` a regular selling price, `tier` a lower price tier for
 * some customers (wholesale, VIP), `cost` what the shop pays, `recommended` the suggested
 * retail price, `sale` a special or sale price.
 */
export type PriceFieldKind = 'price' | 'tier' | 'cost' | 'recommended' | 'sale';

export const PRICE_FIELD_KINDS: readonly PriceFieldKind[] = ['price', 'tier', 'cost', 'recommended', 'sale'];

/** One price a connection can hold per product. */
export interface PriceField {
  /**
   * Stable and readable, the vendor's own name where it has one (`retailNZD`, `price.EUR`,
   * `cost`): a changes file may head a column with it, and drafts and journals will name it.
   */
  id: string;
  /** What people read in the grid, the preview and a spreadsheet header ("Wholesale NZD"). */
  label: string;
  kind: PriceFieldKind;
  /** ISO 4217, upper case. */
  currency: string;
  /** Whether amounts in this field include VAT. */
  vatIncluded: boolean;
  /** Most decimals the vendor accepts in this field. */
  decimals: number;
  /** Whether the connector can remove this price (send "no price") at the vendor. */
  removable: boolean;
  /** The field the connection edits when a change names none; exactly one per connection. */
  primary: boolean;
  /**
   * Why PriceDesk cannot change this field, in plain words (a Geins campaign list: Geins
   * ignores writes to it); absent for a field it can write. The grid shows such a field
   * without an editable New column and the submission engine refuses a change to it.
   */
  readOnly?: string;
  /** Our words for `readOnly` (shared/said.ts), for the window to say it in the person's language. */
  readOnlySaid?: Said;
}

/** Letters first, then letters, digits and `. _ -`: safe as a JSON key and a column header. */
export const PRICE_FIELD_ID = /^[A-Za-z][A-Za-z0-9._-]{0,99}$/;

const fold = (text: string) => text.trim().toLowerCase();

/**
 * What is wrong with a connection's fields, in plain words; empty when nothing is. Ids and
 * labels are compared case-insensitively and across each other, because a changes-file
 * header is matched against both (`findField`): one header must never fit two fields.
 */
export function priceFieldProblems(fields: readonly PriceField[]): string[] {
  const problems: string[] = [];
  const primaries = fields.filter((f) => f.primary);
  if (primaries.length !== 1) problems.push(`exactly one field must be the primary one; found ${primaries.length}${primaries.length ? ` (${primaries.map((f) => f.id).join(', ')})` : ''}`);
  const owner = new Map<string, string>();
  for (const field of fields) {
    if (!PRICE_FIELD_ID.test(field.id)) problems.push(`field id "${field.id}" is not a plain name`);
    for (const name of new Set([fold(field.id), fold(field.label)])) {
      const first = owner.get(name);
      if (first !== undefined) problems.push(`"${name}" names both ${first} and ${field.id}`);
      else owner.set(name, field.id);
    }
  }
  return problems;
}

/** The primary field (the one `CatalogRow.price` holds). */
export function primaryField(fields: readonly PriceField[]): PriceField {
  const primary = fields.find((f) => f.primary);
  if (!primary) throw new Error('The connection has no primary price field.');
  return primary;
}

/** The field a header or argument names, by id or label, case-insensitively; undefined when none. */
export function findField(fields: readonly PriceField[], name: string): PriceField | undefined {
  const wanted = fold(name);
  if (!wanted) return undefined;
  return fields.find((f) => fold(f.id) === wanted) ?? fields.find((f) => fold(f.label) === wanted);
}


/**
 * Why a change to `fieldId` cannot be sent, naming the field; null when it may go (the field
 * is writable, or unknown here: the connector judges fields it does not have).
 */
export function readOnlyRefusal(fields: readonly Pick<PriceField, 'id' | 'label' | 'readOnly'>[], fieldId: string | undefined): string | null {
  const field = fieldId === undefined ? undefined : fields.find((f) => f.id === fieldId);
  return field?.readOnly ? `${field.label} cannot be changed through PriceDesk: ${field.readOnly}` : null;
}
