/**
 * Reads an untrusted file into sheets of cells with SheetJS. Runs inside the renderer's
 * import Web Worker (never in main), and in Node in the CLI's reader worker, the bench and
 * tests. Limits are checked before and while parsing, never only after: a zip is unpacked
 * here under hard caps (unzip.ts) and SheetJS gets the parts, never the zip; delimited
 * text is cut to the column limit before SheetJS splits it (cap-columns.ts). Every
 * failure is an ImportError in plain words.
 */
import * as XLSX from 'xlsx';
import { capColumns } from './cap-columns';
import type { Said } from '../said';
import { ImportError, formatCount, passwordProtected, tooLarge } from './errors';
import { formatFromName, sniff } from './sniff';
import type { Cell, FileFormat, ImportLimits, ImportMessage, SheetGrid, Workbook } from './types';
import { streamInflate, unzipCapped, type InflateRaw, type ZipEntry } from './unzip';

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderCtor = new (label: string, options?: { fatal?: boolean }) => TextDecoderLike;
// shared/ has no DOM or Node typings; TextDecoder exists in both workers and Node.
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder;

const FORMAT_NAMES: Record<FileFormat, string> = { xlsx: 'an Excel workbook (.xlsx)', xls: 'an old Excel workbook (.xls)', ods: 'an OpenDocument spreadsheet (.ods)', csv: 'CSV text', tsv: 'tab-separated text' };

/** SheetJS's reader for an already unpacked zip (exported by xlsx 0.20.3, not in its typings). */
interface ZipContainer {
  FileIndex: unknown[];
  FullPaths: string[];
}
const sheetjs = XLSX as unknown as { parse_zip(zip: ZipContainer, options: XLSX.ParsingOptions): XLSX.WorkBook };
const cfb = XLSX.CFB.utils as unknown as { cfb_new(): ZipContainer; cfb_add(zip: ZipContainer, name: string, data: Uint8Array, options: { unsafe: boolean }): void };

/**
 * Reads every sheet of the file; throws ImportError for anything that cannot be imported.
 * `inflate` unpacks zip parts: the browser's DecompressionStream unless the caller has a
 * faster one (Node's zlib, electron/core/zlib-inflate.ts).
 */
export async function readWorkbook(bytes: Uint8Array, fileName: string, limits: ImportLimits, inflate: InflateRaw = streamInflate): Promise<Workbook> {
  const claimed = formatFromName(fileName);
  if (bytes.length > limits.maxBytes) {
    throw tooLarge(fileName, bytes.length, limits.maxBytes);
  }
  if (bytes.length === 0) throw new ImportError('empty', `${fileName} is empty (0 bytes).`, { id: 'file.empty', params: { file: fileName } });
  const sniffed = sniff(bytes, fileName, limits.maxUnpackedBytes);
  const notes: ImportMessage[] = [];
  const family = (f: FileFormat) => (f === 'csv' || f === 'tsv' ? 'text' : f);
  if (family(claimed) !== family(sniffed.format)) {
    notes.push({
      message: `${fileName} is named like ${FORMAT_NAMES[claimed]} but is really ${FORMAT_NAMES[sniffed.format]}; it was read as such.`,
      // The formats as codes: the window names them in its language.
      said: { id: 'file.note.misnamed', params: { file: fileName, claimed, real: sniffed.format } },
    });
  }

  let wb: XLSX.WorkBook;
  // Delimited text: the widest row as the file has it, before the cut to the limit.
  let textColumns = 0;
  try {
    if (sniffed.kind === 'text') ({ wb, columns: textColumns } = readText(bytes, sniffed.format, limits));
    else if (sniffed.kind === 'zip') wb = await readZip(bytes, fileName, sniffed.entries, limits, inflate);
    else wb = readOle(bytes, limits);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw describeParseError(error, fileName);
  }
  const sheets = wb.SheetNames.map((name) => toGrid(name, wb.Sheets[name]!, limits, notes, textColumns));
  if (sheets.length === 0) throw new ImportError('empty', `${fileName} has no sheets.`, { id: 'file.noSheets', params: { file: fileName } });
  return { format: sniffed.format, sheets, notes };
}

/** SheetJS options for workbooks (xlsx, ods, xls). */
const binaryOptions = (limits: ImportLimits): XLSX.ParsingOptions => ({
  dense: true,
  // Formatted text, HTML and styles are not needed and cost time; number formats are
  // kept to tell dates from prices and to show SKUs with their leading zeros.
  cellText: false,
  cellHTML: false,
  cellNF: true,
  cellStyles: false,
  cellDates: false,
  sheetRows: limits.maxRows + 1,
});

async function readZip(bytes: Uint8Array, fileName: string, entries: ZipEntry[], limits: ImportLimits, inflate: InflateRaw): Promise<XLSX.WorkBook> {
  const files = await unzipCapped(bytes, fileName, entries, limits.maxUnpackedBytes, inflate);
  const zip = cfb.cfb_new();
  // unsafe: no directory rebuild per part (SheetJS's own zip reader adds parts the same way).
  for (const file of files) cfb.cfb_add(zip, file.name, file.data, { unsafe: true });
  return sheetjs.parse_zip(zip, binaryOptions(limits));
}

function readOle(bytes: Uint8Array, limits: ImportLimits): XLSX.WorkBook {
  // An encrypted .xlsx is an OLE container holding EncryptionInfo + EncryptedPackage.
  let container: { FullPaths: string[] };
  try {
    container = XLSX.CFB.read(bytes, { type: 'array' }) as { FullPaths: string[] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError('damaged', `The file is damaged: its container could not be opened (${detail}).`, { id: 'file.containerDamaged', params: { detail } });
  }
  if (container.FullPaths.some((p) => /EncryptionInfo|EncryptedPackage/i.test(p))) throw new Error('password-protected');
  return XLSX.read(bytes, { type: 'array', ...binaryOptions(limits) });
}

function readText(bytes: Uint8Array, format: 'csv' | 'tsv', limits: ImportLimits): { wb: XLSX.WorkBook; columns: number } {
  let text = decodeText(bytes);
  let separator = format === 'tsv' ? '\t' : guessDelimiter(text);
  // Excel's "sep=;" first line names the delimiter.
  const sep = /^sep=(.)\r?\n/.exec(text);
  if (sep) {
    separator = sep[1]!;
    text = text.slice(sep[0].length);
  }
  const capped = capColumns(text, separator, limits.maxColumns, limits.maxRows);
  // raw: every cell stays text, so SKUs keep their zeros and prices are read with locale rules.
  const wb = XLSX.read(capped.text, { type: 'string', raw: true, dense: true, FS: separator, sheetRows: limits.maxRows + 1 });
  return { wb, columns: capped.columns };
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new Decoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new Decoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new Decoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Not UTF-8: Excel on Windows saves CSV in the ANSI code page.
    return new Decoder('windows-1252').decode(body);
  }
}

/** The delimiter used most on the first lines: comma, semicolon (European Excel) or pipe. */
function guessDelimiter(text: string): string {
  const sample = text.slice(0, 8192).split(/\r?\n/).slice(0, 20).join('\n').replace(/"[^"]*"/g, '');
  const counts = [',', ';', '|', '\t'].map((d) => [d, sample.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/** `textColumns`: the widest row of delimited text before it was cut (0 for workbooks). */
function toGrid(name: string, ws: XLSX.WorkSheet, limits: ImportLimits, notes: ImportMessage[], textColumns: number): SheetGrid {
  const data = ((ws as { '!data'?: Cell[][] })['!data'] ?? []) as Cell[][];
  const ref = ws['!fullref'] ?? ws['!ref'];
  const range = ref ? XLSX.utils.decode_range(ref) : null;
  const rowCount = range ? range.e.r + 1 : 0;
  const columnCount = Math.max(range ? range.e.c + 1 : 0, textColumns);
  if (rowCount > limits.maxRows) {
    // Text files have no declared size: past the limit we only know "more than".
    return { name, rows: [], rowCount: ws['!fullref'] ? rowCount : -1, columnCount, merges: [], droppedColumns: 0, tooManyRows: true };
  }
  let droppedColumns = 0;
  let rows = data;
  if (columnCount > limits.maxColumns) {
    droppedColumns = columnCount - limits.maxColumns;
    rows = data.map((row) => (row && row.length > limits.maxColumns ? row.slice(0, limits.maxColumns) : row));
    notes.push({
      message: `Sheet "${name}" has ${formatCount(columnCount)} columns; only the first ${limits.maxColumns} were read.`,
      said: { id: 'file.note.columnsDropped', params: { sheet: name, columns: columnCount, maxColumns: limits.maxColumns } },
    });
  }
  return { name, rows, rowCount, columnCount, merges: ws['!merges'] ?? [], droppedColumns, tooManyRows: false };
}

function describeParseError(error: unknown, fileName: string): ImportError {
  const detail = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(detail)) {
    return passwordProtected(fileName);
  }
  return new ImportError('damaged', `${fileName} could not be read: the file looks damaged or incomplete (${detail.slice(0, 200)}). Open it in your spreadsheet program and save it again.`, {
    id: 'file.damaged',
    params: { file: fileName, detail: detail.slice(0, 200) },
  });
}

/** Throws the too-many-rows error for a sheet the user picked. */
export function assertSheetReadable(sheet: SheetGrid, limits: ImportLimits): void {
  if (sheet.tooManyRows) {
    const over = sheet.rowCount < 0;
    const count = over ? `more than ${formatCount(limits.maxRows)}` : formatCount(sheet.rowCount);
    const said: Said = over
      ? { id: 'file.tooManyRowsOver', params: { sheet: sheet.name, maxRows: limits.maxRows } }
      : { id: 'file.tooManyRows', params: { sheet: sheet.name, rows: sheet.rowCount, maxRows: limits.maxRows } };
    throw new ImportError('too_many_rows', `Sheet "${sheet.name}" has ${count} rows; PriceDesk imports at most ${formatCount(limits.maxRows)} rows at once. Split the sheet into smaller files.`, said);
  }
  if (sheet.rows.every((row) => !row || row.every((c) => c === undefined || c.v === undefined || c.v === ''))) {
    throw new ImportError('empty', `Sheet "${sheet.name}" is empty.`, { id: 'file.sheetEmpty', params: { sheet: sheet.name } });
  }
}
