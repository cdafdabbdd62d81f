/**
 * Guesses which column holds which field, from the header text in the languages of our
 * vendors' customers and from the values (the column whose values are the catalog's SKUs).
 * Matching ignores case, accents, spaces and punctuation: "Art.nr", "Código", "PREÇO".
 */
import { cellText } from './cells';
import { IMPORT_FIELDS, type Cell, type ColumnMapping, type ImportField } from './types';

/** "Art.nr" -> "artnr", "Währung" -> "wahrung", "New price" -> "newprice". */
export const normaliseHeader = (header: string): string =>
  header.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z0-9]/g, '');

/** Header words per field: English, Spanish, Swedish, German, French, Portuguese (+ a few Nordic/Dutch). */
export const HEADER_ALIASES: Record<ImportField, string[]> = {
  sku: [
    'sku', 'skus', 'itemcode', 'itemno', 'itemnumber', 'productcode', 'productno', 'productnumber', 'articlenumber', 'articleno', 'partnumber', 'partno', 'ean',
    'artnr', 'artno', 'artikelnr', 'artikelnummer', 'produktnummer', 'varenummer', 'varenr',
    'codigo', 'codigodeproducto', 'codigoproducto', 'codigodoproduto', 'codigoproduto', 'referencia', 'ref', 'reference', 'refarticle', 'codearticle', 'numeroarticle', 'codeproduit',
  ],
  price: [
    'price', 'newprice', 'saleprice', 'sellingprice', 'unitprice', 'retailprice', 'listprice',
    'precio', 'nuevoprecio', 'precionuevo', 'preciodeventa', 'precioventa', 'pvp',
    'pris', 'nyttpris', 'nypris', 'utpris', 'forsaljningspris',
    'preis', 'neuerpreis', 'verkaufspreis', 'vkpreis',
    'prix', 'nouveauprix', 'prixdevente', 'prixunitaire',
    'preco', 'novopreco', 'precodevenda', 'precovenda', 'prijs',
  ],
  cost: [
    'cost', 'costprice', 'unitcost', 'purchaseprice',
    'costo', 'coste', 'preciodecosto', 'preciodecompra', 'kostnad', 'inkopspris', 'inpris',
    'kosten', 'einkaufspreis', 'ekpreis', 'ek', 'cout', 'prixdachat', 'prixderevient', 'custo', 'precodecusto', 'precodecompra',
  ],
  name: [
    'name', 'productname', 'itemname', 'description', 'title', 'product',
    'nombre', 'descripcion', 'producto', 'namn', 'benamning', 'produktnamn', 'beskrivning',
    'bezeichnung', 'produktname', 'artikelbezeichnung', 'beschreibung', 'nom', 'designation', 'libelle', 'nomduproduit', 'nome', 'descricao', 'produto', 'nomedoproduto',
  ],
  currency: ['currency', 'curr', 'ccy', 'valuta', 'moneda', 'divisa', 'wahrung', 'devise', 'moeda'],
};

// "Current price", "Precio actual", "Alter Preis": the price as it is, not the new one.
export const CURRENT_WORDS = /current|old|actual|actuel|atual|aktuell|alt(?:er)?preis|gammalt|nuvarande|antiguo|anterior|ancien|present/;
const NEW_WORDS = /^(new|nuevo|neu|nouveau|novo|nytt|ny)|(new|nuevo|neu|nouveau|novo)$/;

// Short words that appear inside others ("curr" in "Current price"): whole headers only.
const EXACT_ONLY = new Set(['curr']);

const ALIAS_INDEX = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const alias of HEADER_ALIASES[field]) if (!ALIAS_INDEX.has(alias)) ALIAS_INDEX.set(alias, field);

/** The field a header names and how sure that is (100 exact, 60 contains a word). */
export function headerScore(header: string): { field: ImportField | null; score: number } {
  const key = normaliseHeader(header);
  if (!key) return { field: null, score: 0 };
  const isPriceLike = (f: ImportField | undefined) => f === 'price';
  const exact = ALIAS_INDEX.get(key);
  if (exact) {
    if (isPriceLike(exact) && CURRENT_WORDS.test(key)) return { field: null, score: 0 };
    return { field: exact, score: 100 + (exact === 'price' && NEW_WORDS.test(key) ? 10 : 0) };
  }
  let best: { field: ImportField | null; score: number } = { field: null, score: 0 };
  for (const field of IMPORT_FIELDS) {
    for (const alias of HEADER_ALIASES[field]) {
      if (alias.length < 4 || EXACT_ONLY.has(alias) || !key.includes(alias)) continue;
      if (field === 'price' && CURRENT_WORDS.test(key)) continue;
      const score = 50 + alias.length + (field === 'price' && NEW_WORDS.test(key) ? 10 : 0);
      if (score > best.score) best = { field, score };
    }
  }
  return best;
}

/** An empty mapping. */
export const emptyMapping = (): ColumnMapping => ({ sku: null, price: null, cost: null, name: null, currency: null, fields: {} });

/** What the header of one column says instead of today's words (field-guess.ts): a field of today's, or null for none. */
export type ColumnClaims = ReadonlyMap<number, { field: ImportField; score: number } | null>;

/**
 * Guesses the mapping from header labels, then lets the values decide the SKU column:
 * a column where most values are SKUs of the catalog wins over a header guess. `claims`
 * overrides the header words of the columns it lists (a column that holds a price field).
 */
export function guessMapping(labels: string[], dataRows: Cell[][], catalogSkus: ReadonlySet<string>, claims: ColumnClaims = new Map()): ColumnMapping {
  const mapping = emptyMapping();
  const candidates: { field: ImportField; column: number; score: number }[] = [];
  labels.forEach((label, column) => {
    const { field, score } = claims.has(column) ? (claims.get(column) ?? { field: null, score: 0 }) : headerScore(label);
    if (field) candidates.push({ field, column, score });
  });
  const skuByValues = catalogSkus.size ? columnMatchingSkus(labels.length, dataRows, catalogSkus) : null;
  if (skuByValues) candidates.push({ field: 'sku', column: skuByValues.column, score: 100 + skuByValues.share * 100 });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const used = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== null || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}

/** The column whose first values are mostly catalog SKUs (at least half), if any. */
function columnMatchingSkus(width: number, rows: Cell[][], skus: ReadonlySet<string>): { column: number; share: number } | null {
  const sample = rows.slice(0, 200);
  let best: { column: number; share: number } | null = null;
  for (let c = 0; c < width; c++) {
    let seen = 0;
    let hits = 0;
    for (const row of sample) {
      const text = cellText(row?.[c]);
      if (!text) continue;
      seen++;
      if (skus.has(text)) hits++;
    }
    const share = seen ? hits / seen : 0;
    if (share >= 0.5 && (!best || share > best.share)) best = { column: c, share };
  }
  return best;
}

/** The key a remembered mapping is stored under: the normalised header labels. */
export const headersKey = (labels: string[]): string => labels.map(normaliseHeader).join('|').slice(0, 2000);
