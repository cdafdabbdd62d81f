/**
 * Reads a changes file (.xlsx/.xlsm/.xls/.ods/.csv/.tsv, or .json) into SKU and price
 * lines. Spreadsheets go through the app's import reader (shared/import: content sniffing,
 * size and zip-bomb limits, header-row detection, the multi-language header words), so the
 * CLI and the import dialog read a file the same way; prices go through the same parser
 * as typing in the grid. Anything that cannot be read stops the run with the row that caused it.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { isDateFormat, cellText as sheetCellText, numberText } from '../../shared/import/cells';
import { ImportError } from '../../shared/import/errors';
import { headerScore } from '../../shared/import/guess';
import { detectHeaderRow, headerLabels } from '../../shared/import/header';
import { assertSheetReadable, readWorkbook } from '../../shared/import/read-workbook';
import { DEFAULT_LIMITS, type Cell } from '../../shared/import/types';
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
  } else if (['.csv', '.tsv', '.txt', '.xlsx', '.xlsm', '.xls', '.ods'].includes(ext)) {
    records = readSheet(buffer, name);
  } else {
    throw new UsageError(`${name}: use a .xlsx, .csv or .json changes file.`);
  }

  const headers = [...new Set(records.flatMap((r) => Object.keys(r.cells)))];
  // The header that names the field most surely ("New price" beats "Price (2)"; "Current price" is none).
  const column = (kind: Column) => {
    let best: { header: string; score: number } | undefined;
    for (const header of headers) {
      const { field, score } = headerScore(header);
      if (field === kind && score > (best?.score ?? 0)) best = { header, score };
    }
    return best?.header;
  };
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

function readSheet(buffer: Buffer, name: string): { row: number; cells: Record<string, unknown> }[] {
  try {
    const workbook = readWorkbook(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), name, DEFAULT_LIMITS);
    const sheet = workbook.sheets.find((s) => !s.tooManyRows && s.rows.some((r) => r?.length)) ?? workbook.sheets[0]!;
    assertSheetReadable(sheet, DEFAULT_LIMITS);
    const headerRow = detectHeaderRow(sheet.rows);
    const { labels } = headerLabels(sheet, headerRow);
    const records: { row: number; cells: Record<string, unknown> }[] = [];
    for (let r = headerRow + 1; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r] ?? [];
      records.push({ row: r + 1, cells: Object.fromEntries(labels.map((label, c) => [label, cellValue(cells[c])])) });
    }
    return records;
  } catch (error) {
    if (error instanceof ImportError) throw new UsageError(error.message);
    throw error;
  }
}

/** A number for numeric cells (formula results included), the text as shown otherwise (SKUs keep leading zeros). */
function cellValue(cell: Cell): unknown {
  if (!cell || cell.v === undefined) return null;
  // Zero-padded formats ("000000") are SKUs shown with their zeros: keep the text.
  if (cell.t === 'n' && !isDateFormat(cell.z) && !/^0+$/.test(String(cell.z ?? ''))) return Number(numberText(cell.v as number));
  return sheetCellText(cell);
}
