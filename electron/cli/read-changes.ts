/**
 * Reads a changes file (.xlsx/.xls/.ods/.csv via SheetJS, or .json) into SKU and price
 * lines. Headers are matched loosely and in several languages, because the files come
 * from shop staff's own spreadsheets; prices go through the same parser as typing in the
 * grid. Anything that cannot be read stops the run with the row that caused it.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import * as XLSX from 'xlsx';
import { parsePrice } from '../../shared/parse-price';
import { UsageError } from './errors';

/** One wanted price from the file. */
export interface ChangeLine {
  /** The row in the file as staff see it (header is row 1), or the entry number in JSON. */
  row: number;
  sku: string;
  price: string;
  cost: string | null;
  currency: string | null;
}

type Column = 'sku' | 'price' | 'cost' | 'currency';

const ALIASES: Record<Column, string[]> = {
  sku: ['sku', 'artnr', 'artno', 'artikelnr', 'artikelnummer', 'articlenumber', 'articleno', 'itemcode', 'itemno', 'itemnumber', 'productcode', 'reference', 'ref', 'referencia', 'codigo'],
  price: ['price', 'newprice', 'pris', 'nyttpris', 'nypris', 'precio', 'nuevoprecio', 'precionuevo', 'preis', 'neuerpreis', 'prix', 'nouveauprix', 'saleprice', 'unitprice'],
  cost: ['cost', 'costprice', 'kostnad', 'inkopspris', 'costo', 'coste', 'kosten', 'einkaufspreis', 'cout', 'prixdachat'],
  currency: ['currency', 'valuta', 'moneda', 'wahrung', 'devise', 'curr'],
};

// "Art.nr" -> "artnr", "Währung" -> "wahrung", "New price" -> "newprice".
const normalise = (header: string) => header.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** Cell text; numbers are cut to 15 significant digits so 0.1+0.2 from a sheet reads 0.3. */
function cellText(value: unknown): { text: string; numeric: boolean } {
  if (typeof value === 'number') return { text: String(Number(value.toPrecision(15))), numeric: true };
  if (value === null || value === undefined) return { text: '', numeric: false };
  return { text: String(value).trim(), numeric: false };
}

/** Reads the file; throws UsageError naming the file and row on anything unreadable. */
export function readChanges(path: string): ChangeLine[] {
  const name = basename(path);
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch {
    throw new UsageError(`Cannot read the changes file ${path}.`);
  }
  const ext = extname(path).toLowerCase();
  let records: { row: number; cells: Record<string, unknown> }[];
  let unit = 'row';
  if (ext === '.json') {
    unit = 'entry';
    let data: unknown;
    try {
      data = JSON.parse(buffer.toString('utf8'));
    } catch {
      throw new UsageError(`${name} is not valid JSON.`);
    }
    if (!Array.isArray(data)) throw new UsageError(`${name} must be a JSON array of {"sku": ..., "price": ...} objects.`);
    records = data.map((item, i) => {
      if (!item || typeof item !== 'object' || Array.isArray(item)) throw new UsageError(`${name} entry ${i + 1}: expected an object like {"sku": "A-1", "price": "12.50"}.`);
      return { row: i + 1, cells: item as Record<string, unknown> };
    });
  } else if (['.csv', '.txt', '.xlsx', '.xls', '.ods'].includes(ext)) {
    records = readSheet(buffer, ext, name);
  } else {
    throw new UsageError(`${name}: use a .xlsx, .csv or .json changes file.`);
  }

  const headers = [...new Set(records.flatMap((r) => Object.keys(r.cells)))];
  const column = (kind: Column) => headers.find((h) => ALIASES[kind].includes(normalise(h)));
  const skuKey = column('sku');
  const priceKey = column('price');
  if (!skuKey || !priceKey) {
    throw new UsageError(`${name} needs a SKU column and a price column (e.g. "SKU" and "Price"); found: ${headers.map((h) => `"${h}"`).join(', ') || 'no columns'}.`);
  }
  const costKey = column('cost');
  const currencyKey = column('currency');

  const lines: ChangeLine[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of records) {
    const sku = cellText(cells[skuKey]).text;
    const priceCell = cellText(cells[priceKey]);
    const where = `${name} ${unit} ${row}`;
    if (!sku && !priceCell.text) continue;
    if (!sku) throw new UsageError(`${where}: the SKU is empty.`);
    const price = readAmount(priceCell, `${where}: price`);
    if (price === null) throw new UsageError(`${where}: the price is empty.`);
    if (seen.has(sku)) throw new UsageError(`${where}: SKU "${sku}" is already on ${unit} ${seen.get(sku)}.`);
    seen.set(sku, row);
    const cost = costKey ? readAmount(cellText(cells[costKey]), `${where}: cost`) : null;
    const currencyText = currencyKey ? cellText(cells[currencyKey]).text.toUpperCase() : '';
    if (currencyText && !/^[A-Z]{3}$/.test(currencyText)) throw new UsageError(`${where}: "${currencyText}" is not a currency code like EUR.`);
    lines.push({ row, sku, price, cost, currency: currencyText || null });
  }
  if (!lines.length) throw new UsageError(`${name} has no rows with a SKU and a price.`);
  return lines;
}

function readAmount(cell: { text: string; numeric: boolean }, where: string): string | null {
  if (!cell.text) return null;
  const parsed = parsePrice(cell.text);
  if (!parsed.ok) throw new UsageError(`${where} ${parsed.error}.`);
  // "1.299" typed as text could be 1299 or 1.299: a wrong guess would change a price a thousandfold.
  if (parsed.ambiguous && !cell.numeric) throw new UsageError(`${where} "${cell.text}" is ambiguous (thousands or decimals?); write it with two decimals, e.g. 1299.00 or 1.30.`);
  return parsed.value;
}

function readSheet(buffer: Buffer, ext: string, name: string): { row: number; cells: Record<string, unknown> }[] {
  let workbook: XLSX.WorkBook;
  try {
    // CSV cells stay text (raw), so "12,50" reaches the price parser as written.
    workbook = ext === '.csv' || ext === '.txt' ? XLSX.read(buffer.toString('utf8'), { type: 'string', raw: true }) : XLSX.read(buffer, { type: 'buffer' });
  } catch {
    throw new UsageError(`${name} could not be read as a spreadsheet.`);
  }
  const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
  if (!sheet) throw new UsageError(`${name} has no sheet.`);
  const grid = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true });
  const [header = [], ...body] = grid;
  const keys = header.map((h) => cellText(h).text);
  return body.map((cells, i) => ({ row: i + 2, cells: Object.fromEntries(keys.map((k, c) => [k, cells[c]]).filter(([k]) => k)) }));
}
