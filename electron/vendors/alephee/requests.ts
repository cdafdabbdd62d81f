/**
 * Building Alephee's `POST /v2/products` bodies within its documented price rules: every
 * price greater than zero, at most 4 decimals, a period as separator (a JSON number always
 * has one), and only the attribute combinations of the business-rules page
 * (developers.alephee.com/v2/products/post-methods/business-rules/available-prices-
 * attributes-combinations-to-set-prices): Cost; Price or PriceWithTaxes alone, or with Cost,
 * or with SuggestedRetailPrice; Cost with SuggestedRetailPrice. "Any other combination ...
 * will return a validation error": never Price with PriceWithTaxes, never all three kinds in
 * one product object, and never a suggested retail price alone.
 */
import { dec, isDecimal, toFixed } from '../../../shared/money';
import type { PriceUpdate, RowResult } from '../../../shared/types';
import { planBatches as planKeyedBatches } from '../common/batches';
import { fitsDecimals } from '../common/decimals';
import { rowResult } from '../common/results';
import { notAPrice, saidOf, words, type Words } from '../common/words';
import type { Attribute, FieldTarget } from './describe';

/** Alephee's documented decimal limit for prices. */
export const MAX_DECIMALS = 4;

/** One product as Alephee takes it for a price update. */
export interface ProductBody {
  SKU: string;
  Price: Partial<Record<Attribute, number>>;
}

/** One product object of a request: the changes (with their positions) whose attributes it carries. */
export interface ProductObject<T extends { change: PriceUpdate }> {
  sku: string;
  parts: { entry: T; attribute: Attribute }[];
}

/** The connection's fields by id (`alepheeFieldMap`); a change without a field is the primary's (the plain price id). */
export type FieldMap = ReadonlyMap<string, FieldTarget>;

/** Where a change writes, or undefined for a field the connection does not have. */
export function targetOf(change: Pick<PriceUpdate, 'field'>, fields: FieldMap): FieldTarget | undefined {
  // The primary field is the first the map holds (the connection's own price).
  return fields.get(change.field ?? fields.keys().next().value!);
}

/** A change Alephee would refuse anyway, as an error result; null when it may be sent. */
export function localProblem(change: PriceUpdate, fields: FieldMap): RowResult | null {
  const refused = (w: Words, code: string) => rowResult(change, 'error', w.message, code, saidOf(w));
  if (!targetOf(change, fields)) {
    const edits = [...fields.keys()].join(', ');
    return refused(words(`This Alephee connection has no price field "${change.field}" (it edits ${edits}).`, 'vendor.alephee.unknownField', { field: change.field ?? '', fields: edits }), 'unknown_field');
  }
  if (!change.sku.trim()) return refused(words('Alephee needs a SKU to update a product, and this row has none.', 'vendor.alephee.skuMissing'), 'missing_sku');
  if (!isDecimal(change.newPrice)) return refused(notAPrice(change.newPrice), 'invalid_price');
  if (dec(change.newPrice).lte(0)) return refused(words('Alephee accepts only prices greater than zero.', 'vendor.alephee.priceNotPositive'), 'price_not_positive');
  if (!fitsDecimals(change.newPrice, MAX_DECIMALS)) return refused(words(`Alephee accepts at most ${MAX_DECIMALS} decimals in a price.`, 'vendor.alephee.tooManyDecimals', { count: MAX_DECIMALS }), 'too_many_decimals');
  return null;
}

/** The body of one product object; prices become JSON numbers only here, at the edge. */
export function productBody(object: ProductObject<{ change: PriceUpdate }>): ProductBody {
  const price: ProductBody['Price'] = {};
  for (const { entry, attribute } of object.parts) price[attribute] = Number(toFixed(entry.change.newPrice, MAX_DECIMALS));
  return { SKU: object.sku, Price: price };
}

const ALONE_REFUSED =
  'Alephee takes a suggested retail price only together with the price or the cost of the same product. Change one of them in the same send, or set the suggested retail price in Alephee.';

/**
 * The product objects for the changes of one row (one product's fields), within the allowed
 * combinations and as few as they allow: price, cost and suggested retail price together
 * become two objects (price with the suggested retail price, then the cost); any two go in
 * one. A suggested retail price with nothing to go with is refused. A field met twice (the
 * engine sends each (row, field) once) goes in an object of its own.
 */
function rowObjects<T extends { change: PriceUpdate }>(entries: { entry: T; attribute: Attribute }[], refused: { entry: T; result: RowResult }[]): ProductObject<T>['parts'][] {
  const layers: (typeof entries)[] = [];
  for (const part of entries) {
    const layer = layers.find((l) => !l.some((p) => p.attribute === part.attribute)) ?? (layers[layers.length] = []);
    layer.push(part);
  }
  const objects: ProductObject<T>['parts'][] = [];
  for (const layer of layers) {
    const price = layer.find((p) => p.attribute === 'Price' || p.attribute === 'PriceWithTaxes');
    const cost = layer.find((p) => p.attribute === 'Cost');
    const srp = layer.find((p) => p.attribute === 'SuggestedRetailPrice');
    if (srp && !price && !cost) refused.push({ entry: srp.entry, result: rowResult(srp.entry.change, 'error', ALONE_REFUSED, 'combination_not_allowed', { said: { id: 'vendor.alephee.srpAlone' } }) });
    else if (price && cost && srp) objects.push([price, srp], [cost]);
    else objects.push(layer);
  }
  return objects;
}

/** One request: a price list (undefined: the connection's unnamed one) and its product objects. */
export interface AlepheeRequest<T extends { change: PriceUpdate }> {
  list: string | undefined;
  objects: ProductObject<T>[];
}

/**
 * The requests for a submission: the fewest the rules allow. A request writes one price list
 * (`priceListId` is a query parameter), so changes are grouped by their field's list first.
 * Within a list, each row's changes become product objects (`rowObjects`); a request holds at
 * most `size` objects and never one SKU twice (case-insensitively: each of Alephee's items
 * names a SKU and must map back to one object), so a SKU with k objects needs k requests and
 * the fewest is max(k, ceil(objects / size)). With every SKU once, requests are filled in
 * order as before fields existed; otherwise the objects, grouped by SKU, are dealt round the
 * requests, which keeps one SKU's objects apart.
 */
export function planRequests<T extends { change: PriceUpdate }>(entries: T[], size: number, fields: FieldMap): { requests: AlepheeRequest<T>[]; refused: { entry: T; result: RowResult }[] } {
  const refused: { entry: T; result: RowResult }[] = [];
  const byList = new Map<string | undefined, Map<string, { entry: T; attribute: Attribute }[]>>();
  for (const entry of entries) {
    const { list, attribute } = targetOf(entry.change, fields)!;
    const rows = byList.get(list) ?? new Map<string, { entry: T; attribute: Attribute }[]>();
    rows.set(entry.change.key, [...(rows.get(entry.change.key) ?? []), { entry, attribute }]);
    byList.set(list, rows);
  }
  const requests = [...byList].flatMap(([list, rows]) => listRequests([...rows.values()], size, refused).map((objects) => ({ list, objects })));
  return { requests, refused };
}

/** The requests of one list, from its rows' changes. */
function listRequests<T extends { change: PriceUpdate }>(rows: { entry: T; attribute: Attribute }[][], size: number, refused: { entry: T; result: RowResult }[]): ProductObject<T>[][] {
  const bySku = new Map<string, ProductObject<T>[]>();
  for (const parts of rows) {
    const sku = parts[0]!.entry.change.sku;
    for (const objectParts of rowObjects(parts, refused)) {
      const group = bySku.get(sku.toLowerCase()) ?? [];
      group.push({ sku, parts: objectParts });
      bySku.set(sku.toLowerCase(), group);
    }
  }
  const groups = [...bySku.values()];
  const objects = groups.flat();
  const most = Math.max(0, ...groups.map((g) => g.length));
  if (most <= 1) return splitRequests(objects, size);
  const count = Math.max(most, Math.ceil(objects.length / size));
  const requests: ProductObject<T>[][] = Array.from({ length: count }, () => []);
  // Largest groups first, each group's objects on consecutive requests: no request gets a SKU twice.
  groups.sort((a, b) => b.length - a.length).flat().forEach((object, i) => requests[i % count]!.push(object));
  return requests;
}

/** Requests of at most `size` objects, a repeated SKU starting a new one; also halves a request after a 413. */
export function splitRequests<T extends { change: PriceUpdate }>(objects: ProductObject<T>[], size: number): ProductObject<T>[][] {
  return planKeyedBatches(objects, size, (object) => object.sku.toLowerCase());
}
