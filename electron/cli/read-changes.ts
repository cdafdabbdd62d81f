/**
 * Reads a changes file (.xlsx/.xlsm/.xls/.ods/.csv/.tsv, or .json) into SKU and price
 * lines. Spreadsheets go through the app's import reader (shared/import: content sniffing,
 * size and zip-bomb limits, header-row detection, the multi-language header words), so the
 * CLI and the import dialog read a file the same way; prices go through the same parser
 * as typing in the grid. Spreadsheets are parsed in a worker thread under the app's time
 * limit and memory ceiling (sheet-reader.ts), never on the CLI's main thread. Anything that
 * cannot be read stops the run with the row that caused it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { outOfMemoryError, timeoutError } from '../../shared/import/errors';
import { DEFAULT_LIMITS, type ImportLimits } from '../../shared/import/types';
import { parsePrice } from '../../shared/parse-price';
import type { PriceField } from '../../shared/price-fields';
import { withField } from '../../shared/types';
import { changeColumns } from './change-columns';
import { UsageError } from './errors';
import type { SheetAnswer, SheetRecord, SheetRequest } from './sheet-reader';

/** One wanted price from the file: a (SKU, price field) with its new price. */
export interface ChangeLine {
  /** The row in the file as staff see it (header is row 1), or the entry number in JSON. */
  row: number;
  sku: string;
  /** The price field, by id; absent for the primary field (PriceChange.field). */
  field?: string;
  price: string;
  cost: string | null;
  currency: string | null;
}

/** Cell text; numbers are cut to 15 significant digits so 0.1+0.2 from a sheet reads 0.3. */
function cellText(value: unknown): { text: string; numeric: boolean } {
  if (typeof value === 'number') return { text: String(Number(value.toPrecision(15))), numeric: true };
  if (value === null || value === undefined) return { text: '', numeric: false };
  return { text: String(value).trim(), numeric: false };
}

/**
 * Reads the file; throws UsageError naming the file and row on anything unreadable.
 * `limits` are the app's import limits; tests lower them. With the connection's `fields`
 * (its connection test), a column per price field (change-columns.ts) gives one line per
 * (SKU, field) whose cell is not empty; without them, the SKU and price columns of today.
 */
export async function readChanges(path: string, limits: ImportLimits = DEFAULT_LIMITS, fields?: readonly PriceField[], connection?: string): Promise<ChangeLine[]> {
  return changeLines(await readChangeRecords(path, limits), fields, connection);
}

/** A changes file read into records, before its columns are matched to price fields. */
export interface ChangeFile {
  name: string;
  /** How a message names one record: "row" (spreadsheets) or "entry" (JSON). */
  unit: string;
  records: SheetRecord[];
}

/** Reads and parses the file (no network): a file that cannot be read costs nothing. */
export async function readChangeRecords(path: string, limits: ImportLimits = DEFAULT_LIMITS): Promise<ChangeFile> {
  const name = basename(path);
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch {
    throw new UsageError(`Cannot read the changes file ${path}.`);
  }
  const ext = extname(path).toLowerCase();
  let records: SheetRecord[];
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
    records = await readSheet(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), name, limits);
  } else {
    throw new UsageError(`${name}: use a .xlsx, .csv or .json changes file.`);
  }

  return { name, unit, records };
}

/** The file's lines, one per (SKU, price field) with a price; `fields` as in `readChanges`. */
export function changeLines({ name, unit, records }: ChangeFile, fields?: readonly PriceField[], connection?: string): ChangeLine[] {
  const headers = [...new Set(records.flatMap((r) => Object.keys(r.cells)))];
  const columns = changeColumns(headers, fields, name, connection);
  // Each price column with its field (absent for the primary), in the file's order.
  const priceColumns = [...(columns.primary ? [{ header: columns.primary, field: undefined }] : []), ...columns.fields];
  const several = priceColumns.length > 1;

  const lines: ChangeLine[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of records) {
    const sku = cellText(cells[columns.sku]).text;
    const where = `${name} ${unit} ${row}`;
    if (!sku && priceColumns.every(({ header }) => !cellText(cells[header]).text)) continue;
    if (!sku) throw new UsageError(`${where}: the SKU is empty.`);
    const wanted = priceColumns.flatMap(({ header, field }) => {
      const price = readAmount(cellText(cells[header]), several ? `${where}: "${header}"` : `${where}: price`);
      return price === null ? [] : [{ field, price }];
    });
    // An empty cell is no change for that field; a row with none at all is a mistake.
    if (!wanted.length) throw new UsageError(several ? `${where}: every price column is empty.` : `${where}: the price is empty.`);
    if (seen.has(sku)) throw new UsageError(`${where}: SKU "${sku}" is already on ${unit} ${seen.get(sku)}.`);
    seen.set(sku, row);
    const cost = columns.cost ? readAmount(cellText(cells[columns.cost]), `${where}: cost`) : null;
    const currencyText = columns.currency ? cellText(cells[columns.currency]).text.toUpperCase() : '';
    if (currencyText && !/^[A-Z]{3}$/.test(currencyText)) throw new UsageError(`${where}: "${currencyText}" is not a currency code like EUR.`);
    for (const { field, price } of wanted) lines.push({ row, sku, ...withField({ field }), price, cost, currency: currencyText || null });
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

/**
 * The reader thread's code: beside cli.js when built. From source (npm run cli, tests) it
 * is TypeScript, and a worker does not inherit tsx's loader (Node 20 ignores `--import` in
 * a worker's execArgv for its entry), so a one-line bootstrap registers tsx first.
 */
function readerModule(): { script: string | URL; eval: boolean } {
  for (const candidate of ['./sheet-reader.js', '../sheet-reader.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return { script: url, eval: false };
  }
  return { script: tsxWorkerScript(new URL('./sheet-reader.ts', import.meta.url).href), eval: true };
}

/** An eval worker's code that registers tsx, then imports the TypeScript module at `source`. */
export function tsxWorkerScript(source: string): string {
  // tsx's ESM API sits beside the CommonJS entry that require.resolve finds.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  return `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
}

/**
 * Reads the spreadsheet in a worker thread with the app's import limits: its heap capped
 * at `limits.maxHeapMb`, ended past `limits.timeoutMs`; either ends the run with a sentence
 * naming the limit. Throws UsageError for a file that cannot be read.
 */
function readSheet(bytes: Uint8Array, name: string, limits: ImportLimits): Promise<SheetRecord[]> {
  const reader = readerModule();
  return new Promise((resolve, reject) => {
    const worker = new Worker(reader.script, { eval: reader.eval, workerData: { bytes, name, limits } satisfies SheetRequest, resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb } });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new UsageError(`${name}: ${timeoutError(limits.timeoutMs).message}`))), limits.timeoutMs);
    worker.once('message', (answer: SheetAnswer) =>
      settle(() => {
        if (answer.ok) resolve(answer.records);
        else reject(answer.importError ? new UsageError(answer.message) : new Error(answer.message));
      }),
    );
    worker.once('error', (error: NodeJS.ErrnoException) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new UsageError(`${name}: ${outOfMemoryError(limits.maxHeapMb).message}`) : error)),
    );
    worker.once('exit', () => settle(() => reject(new Error(`the reader of ${name} stopped without an answer`))));
  });
}
