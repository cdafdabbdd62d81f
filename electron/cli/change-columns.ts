/**
 * Which column of a changes file holds what: the SKU, the primary field's new price (headed
 * as today: "Price", "New price", "Neuer Preis"... or by the primary field's id or label),
 * one column per other price field (headed by the field's id or label, case-insensitively,
 * `findField`; or "<label> (<id>)" as `pricedesk catalog` heads a label that is already a
 * header, which a cost field needs: see `namedField`), and the optional cost and currency. A column that looks meant for a price field
 * but names none, or a second column for one field, stops the run with the column named:
 * a price column silently left out is a price silently not sent.
 */
import { namedField } from '../../shared/import/field-guess';
import { CURRENT_WORDS, headerScore, normaliseHeader } from '../../shared/import/guess';
import type { PriceField } from '../../shared/price-fields';
import { UsageError } from './errors';

/** The columns of one changes file. */
export interface ChangeColumns {
  sku: string;
  /** The primary field's column, if the file has one. */
  primary?: string;
  /** Other price fields' columns, by field id, in the file's order. */
  fields: { field: string; header: string }[];
  cost?: string;
  currency?: string;
}

type Kind = 'sku' | 'price' | 'cost' | 'currency';

/** The header that names an import column most surely ("New price" beats "Price (2)"; "Current price" is none). */
function bestHeader(headers: readonly string[], kind: Kind, skip: ReadonlySet<string> = new Set()): string | undefined {
  let best: { header: string; score: number } | undefined;
  for (const header of headers) {
    if (skip.has(header)) continue;
    const { field, score } = headerScore(header);
    if (field === kind && score > (best?.score ?? 0)) best = { header, score };
  }
  return best?.header;
}

/**
 * The other field a header seems meant for without naming it exactly ("Wholesale NZD" for
 * "Wholesale"), if any. Not the primary: "Current price" beside "New price" is today's file.
 */
function nearField(fields: readonly PriceField[], header: string): PriceField | undefined {
  const key = normaliseHeader(header);
  return fields.find((f) => !f.primary && [f.id, f.label].some((name) => normaliseHeader(name).length >= 4 && key.includes(normaliseHeader(name))));
}

const fieldList = (fields: readonly PriceField[]) => fields.map((f) => (f.label.toLowerCase() === f.id.toLowerCase() ? `"${f.label}"` : `"${f.label}" (${f.id})`)).join(', ');

/**
 * Finds the columns in `headers`. Without `fields` (no connection test), today's columns
 * only: SKU, price, cost, currency. `name` names the file in messages; `connection` the
 * connection whose fields were looked for.
 */
export function changeColumns(headers: readonly string[], fields: readonly PriceField[] | undefined, name: string, connection = 'the connection'): ChangeColumns {
  const sku = bestHeader(headers, 'sku');
  const columns: ChangeColumns['fields'] = [];
  const owner = new Map<string, string>();
  const claim = (field: PriceField, header: string) => {
    const first = owner.get(field.id);
    if (first !== undefined) throw new UsageError(`${name}: the columns "${first}" and "${header}" are both for the price field "${field.label}"; keep one.`);
    // A file exported with every field carries the read-only ones too: say which, rather than send nothing silently.
    if (field.readOnly) throw new UsageError(`${name}: the column "${header}" is the price field "${field.label}", which PriceDesk cannot change: ${field.readOnly} Remove the column.`);
    owner.set(field.id, header);
  };
  const rest = headers.filter((h) => h !== sku);
  // Other fields first: "Price SEK" and "Recommended price" hold a price, but not the primary one.
  for (const header of fields ? rest : []) {
    const field = namedField(fields!, header);
    if (field && !field.primary) {
      claim(field, header);
      columns.push({ field: field.id, header });
    }
  }
  const taken = new Set(columns.map((c) => c.header));
  // Then today's rule: the price header that names a new price most surely.
  let primary = bestHeader(rest, 'price', taken);
  const primaryField = fields?.find((f) => f.primary);
  if (primary && primaryField) claim(primaryField, primary);
  for (const header of fields ? rest : []) {
    if (header === primary || taken.has(header)) continue;
    const known = headerScore(header);
    // "Price" beside "New price" is the current price, as it always was; so is "Current Wholesale" (the app's exports).
    if ((known.field === 'price' && known.score >= 100) || CURRENT_WORDS.test(normaliseHeader(header))) continue;
    if (namedField(fields!, header)?.primary) {
      // "retailNZD" beside "New price": a second column for the primary field.
      claim(primaryField!, header);
      primary = header;
    } else if (known.field === 'price') {
      // "Wholesale price", "Price EUR": a price column, but of which field?
      throw new UsageError(`${name}: the column "${header}" names no price field of ${connection}. Its fields: ${fieldList(fields!)}. Head the column with one of them, or remove it.`);
    } else if (known.field === null && nearField(fields!, header)) {
      throw new UsageError(`${name}: the column "${header}" names no price field of ${connection} (did you mean "${nearField(fields!, header)!.label}"?). Its fields: ${fieldList(fields!)}. Head the column with one of them, or remove it.`);
    }
  }
  if (!sku || (!primary && !columns.length)) {
    throw new UsageError(`${name} needs a SKU column and a price column (e.g. "SKU" and "Price"); found: ${headers.map((h) => `"${h}"`).join(', ') || 'no columns'}.`);
  }
  if (primary) taken.add(primary);
  // A cost column that is a price field's column is that field's new price, not the rails' cost.
  const cost = bestHeader(rest, 'cost', taken);
  const currency = bestHeader(rest, 'currency', taken);
  return { sku, ...(primary ? { primary } : {}), fields: columns, ...(cost ? { cost } : {}), ...(currency ? { currency } : {}) };
}
