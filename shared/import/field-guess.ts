/**
 * Which price field of the connection (shared/price-fields.ts) a sheet column holds: by the
 * field's id or label, as the CLI's changes file names it ("Wholesale", "price.SEK",
 * "Cost (cost)"); by words for its kind in the languages the import reads ("Grossist",
 * "Großhandelspreis", "PVP recomendado", "UVP", "Oferta"); and by a currency code in the
 * header ("Price EUR", "Precio USD": the price field in that currency). A header that could
 * be two fields, or looks meant for a field the connection lacks, is none: the person
 * chooses, and a note says why. The import dialog and `pricedesk submit` share these rules.
 */
import { findField, type PriceField, type PriceFieldKind } from '../price-fields';
import { CURRENT_WORDS, guessMapping, headerScore, normaliseHeader } from './guess';
import type { Said } from '../said';
import type { Cell, ColumnMapping, ImportField, ImportMessage } from './types';

/**
 * The field a header names by id or label, or as "<label> (<id>)". A header that is exactly
 * one of today's cost words ("Cost", "Costo", "Cost price") keeps today's meaning, the cost the
 * rails compare with, never sent, even where a cost field has that name: an existing file must
 * not start overwriting the vendor's costs. Such a field takes the "<label> (<id>)" form, as
 * `pricedesk catalog` and the app's exports head it ("Cost (cost)").
 */
export function namedField(fields: readonly PriceField[], header: string): PriceField | undefined {
  const direct = isTodaysCostHeader(header) ? undefined : findField(fields, header);
  if (direct) return direct;
  const qualified = /\(([^()]+)\)\s*$/.exec(header);
  const byId = qualified ? fields.find((f) => f.id.toLowerCase() === qualified[1]!.trim().toLowerCase()) : undefined;
  return byId && findField(fields, header.slice(0, qualified!.index).trim()) === byId ? byId : undefined;
}

/** A header that is exactly one of today's cost words ("Cost", "Costo", "Cost price"); "Cost NZD" or "costNZD" is not. */
export const isTodaysCostHeader = (header: string): boolean => {
  const { field, score } = headerScore(header);
  return field === 'cost' && score >= 100;
};

/**
 * Words for each kind but the regular price (whose words are today's price words), folded as
 * `normaliseHeader` folds a header. Long words are found inside compounds ("Großhandelspreis",
 * "rekommenderatpris"); short ones (`SHORT`) only as a word of their own ("RRP", "Rea").
 * "PVP" alone is Spanish and Portuguese for the shop's own selling price ("precio de venta al
 * público") and stays the regular price, as it always was; "PVPR", "PVP recomendado" or
 * "PVP sugerido" are the recommended one.
 */
export const KIND_WORDS: Record<Exclude<PriceFieldKind, 'price' | 'cost'>, string[]> = {
  tier: [
    'wholesale', 'trade', 'dealer', 'reseller', 'distributor', 'tier', 'b2b', 'vip',
    'mayorista', 'mayoreo', 'pormayor', 'distribuidor', 'revendedor', 'atacado', 'atacadista',
    'grossist', 'aterforsaljare', 'aterforsaljarpris', 'handlarpris',
    'grosshandel', 'handlerpreis', 'haendlerpreis', 'wiederverkaufer', 'prixdegros', 'gros', 'revendeur',
  ],
  recommended: [
    'recommended', 'suggested', 'rrp', 'msrp', 'srp', 'uvp', 'pvpr', 'pvpsugerido', 'pvprecomendado',
    'recomendado', 'sugerido', 'rekommenderat', 'rekommenderad', 'riktpris', 'cirkapris',
    'empfohlen', 'preisempfehlung', 'unverbindlich', 'conseille', 'prixconseille',
  ],
  sale: [
    'sale', 'special', 'offer', 'promo', 'promotion', 'oferta', 'rebaja', 'rebajado', 'promocion', 'liquidacion',
    'rea', 'reapris', 'kampanj', 'kampanjpris', 'extrapris', 'angebot', 'aktion', 'aktionspreis', 'sonderpreis', 'solde', 'promocao',
  ],
};

/** Words matched only as a whole word: inside others they mean something else ("area", "trader"...). */
const SHORT = new Set(['trade', 'tier', 'b2b', 'vip', 'rrp', 'msrp', 'srp', 'uvp', 'pvpr', 'gros', 'sale', 'rea', 'offer', 'promo', 'aktion', 'solde']);

/** Codes seen in shops' price lists; a connection's own currencies count too. */
const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'SEK', 'NOK', 'DKK', 'ISK', 'CHF', 'PLN', 'CZK', 'HUF', 'NZD', 'AUD', 'CAD', 'JPY', 'CNY', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'UYU', 'BRL', 'ZAR'];

/** What a header says about price fields: one field, none (with the reason, and its words for the window), or nothing at all (today's rules decide). */
export type FieldMatch = { field: PriceField; how: 'named' | 'words' } | { none: string; said: Said } | null;

const words = (header: string) => header.split(/[^\p{L}\p{N}]+/u).map(normaliseHeader).filter(Boolean);

/** The kinds a header's words name (besides the regular price). */
function kindsIn(header: string): PriceFieldKind[] {
  const key = normaliseHeader(header);
  const tokens = new Set(words(header));
  const kinds: PriceFieldKind[] = [];
  for (const [kind, list] of Object.entries(KIND_WORDS) as [PriceFieldKind, string[]][]) {
    if (list.some((w) => (SHORT.has(w) ? tokens.has(w) : key.includes(w)))) kinds.push(kind);
  }
  if (headerScore(header).field === 'cost') kinds.push('cost');
  return kinds;
}

/** A currency code written as a word of its own ("Price EUR", "Precio (USD)"), if one. */
function currencyIn(header: string, fields: readonly PriceField[]): string | undefined {
  const known = new Set([...COMMON_CURRENCIES, ...fields.map((f) => f.currency)]);
  return header
    .split(/[^A-Za-z]+/)
    .map((w) => w.toUpperCase())
    .find((w) => w.length === 3 && known.has(w));
}

const KIND_NAME: Record<PriceFieldKind, string> = { price: 'price', tier: 'wholesale or tier price', cost: 'cost', recommended: 'recommended price', sale: 'sale price' };
const names = (fields: readonly PriceField[]) => fields.map((f) => `"${f.label}"`).join(' or ');

/**
 * The price field a header names, or why none. `null` leaves the header to today's rules: a
 * SKU, name or currency column, the primary "Price"/"New price", the rails' "Cost", or a price
 * as it is ("Current price", "Wholesale (current)": never a new price).
 */
export function fieldForHeader(fields: readonly PriceField[], header: string): FieldMatch {
  if (!fields.length || !header.trim()) return null;
  if (CURRENT_WORDS.test(normaliseHeader(header))) return null;
  const named = namedField(fields, header);
  if (named) return { field: named, how: 'named' };
  if (isTodaysCostHeader(header)) return null;
  const kinds = kindsIn(header);
  if (kinds.length > 1) {
    // The kinds as codes: the window names them in its language.
    return { none: `"${header}" could be a ${kinds.map((k) => KIND_NAME[k]).join(' or a ')}; choose its field.`, said: { id: 'file.note.couldBeKinds', params: { header, kinds: kinds.join(',') } } };
  }
  const known = headerScore(header);
  const kind: PriceFieldKind | undefined = kinds[0] ?? (known.field === 'price' ? 'price' : undefined);
  if (!kind) return null;
  const currency = currencyIn(header, fields);
  // A plain price header ("Price", "Nuevo precio") is the primary field, as it always was.
  if (kind === 'price' && !currency) return null;
  const candidates = fields.filter((f) => f.kind === kind && (!currency || f.currency === currency));
  // The regular price of a currency is its primary field where that is one (field-rules' regularPrice).
  const chosen = candidates.length === 1 ? candidates[0] : candidates.find((f) => f.primary);
  if (chosen) return { field: chosen, how: 'words' };
  if (candidates.length > 1) {
    // The labels one a line: the window quotes them and joins them with its own "or".
    return { none: `"${header}" could be ${names(candidates)}; choose its field.`, said: { id: 'file.note.couldBeFields', params: { header, fields: candidates.map((f) => f.label).join('\n') } } };
  }
  // "Sale price" and "Retail price" were always the new price: without such a field they still are.
  if (!currency && known.field === 'price' && known.score >= 100) return null;
  return {
    none: `"${header}" looks like a ${KIND_NAME[kind]}${currency ? ` in ${currency}` : ''}, which this connection does not have; choose its field or leave it out.`,
    said: currency ? { id: 'file.note.looksLikeIn', params: { header, kind, currency } } : { id: 'file.note.looksLike', params: { header, kind } },
  };
}

/** A guessed mapping with the notes that explain what was left for the person to choose. */
export interface ColumnGuess {
  mapping: ColumnMapping;
  notes: ImportMessage[];
}

/**
 * Guesses every column: the connection's other price fields first (by name, then by words
 * and currency; the column naming a field most surely wins it), then today's SKU, primary
 * price, cost, name and currency from what is left, as `guessMapping` always did. A column
 * that names the primary field ("Retail NZD", "Price EUR" where EUR is the primary's
 * currency) is a candidate for the primary price.
 */
export function guessColumns(labels: string[], dataRows: Cell[][], catalogSkus: ReadonlySet<string>, fields: readonly PriceField[]): ColumnGuess {
  const claims = new Map<number, { field: ImportField; score: number } | null>();
  const best = new Map<string, { column: number; score: number }>();
  const notes: ImportMessage[] = [];
  labels.forEach((label, column) => {
    const match = fieldForHeader(fields, label);
    if (match === null) return;
    if ('none' in match) {
      claims.set(column, null);
      notes.push({ message: match.none, said: match.said });
      return;
    }
    if (match.field.primary) {
      // Beside "New price", "Price" is the price as it is: today's scores decide between them.
      const known = headerScore(label);
      claims.set(column, { field: 'price', score: known.field === 'price' ? known.score : 100 });
      return;
    }
    claims.set(column, null);
    const score = match.how === 'named' ? 2 : 1;
    const first = best.get(match.field.id);
    if (first) {
      const second = score > first.score;
      notes.push({
        message: `"${labels[first.column]}" and "${label}" could both be ${match.field.label}; the ${second ? 'second' : 'first'} is used. Check it.`,
        said: { id: second ? 'file.note.bothSecondUsed' : 'file.note.bothFirstUsed', params: { first: labels[first.column]!, second: label, field: match.field.label } },
      });
    }
    if (!first || score > first.score) best.set(match.field.id, { column, score });
  });
  const mapping = guessMapping(labels, dataRows, catalogSkus, claims);
  mapping.fields = Object.fromEntries(fields.filter((f) => best.has(f.id)).map((f) => [f.id, best.get(f.id)!.column]));
  return { mapping, notes };
}

/**
 * A remembered mapping for this file's headers, fitted to the connection's fields today: a
 * field the connection no longer has is dropped; a mapping remembered before fields existed
 * (no `fields`) takes the guessed field columns its own columns leave free. Null when a
 * column is past the file's width (the headers moved: guess again).
 */
export function fitRemembered(remembered: ColumnMapping, labels: readonly string[], fields: readonly PriceField[], guessed: ColumnMapping): ColumnMapping | null {
  const inFile = (c: number | null) => c === null || (Number.isInteger(c) && c >= 0 && c < labels.length);
  const { fields: rememberedFields, ...today } = remembered;
  if (!Object.values(today).every(inFile)) return null;
  const known = new Set(fields.filter((f) => !f.primary).map((f) => f.id));
  if (rememberedFields) {
    return { ...today, fields: Object.fromEntries(Object.entries(rememberedFields).filter(([id, c]) => known.has(id) && inFile(c))) };
  }
  const used = new Set(Object.values(today));
  return { ...today, fields: Object.fromEntries(Object.entries(guessed.fields ?? {}).filter(([, c]) => !used.has(c))) };
}
