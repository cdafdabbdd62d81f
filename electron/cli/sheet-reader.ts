/**
 * The CLI's reader thread: a changes spreadsheet is parsed here, in a worker_threads
 * worker with the app's import limits (shared/import/types.ts DEFAULT_LIMITS): the JS heap
 * ceiling as the worker's resourceLimits and the time limit enforced by the caller, who
 * terminates the worker past it (read-changes.ts). A hostile or huge file can then cost at
 * most that, and the CLI says so in one sentence instead of dying.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isDateFormat, cellText as sheetCellText, numberText } from '../../shared/import/cells';
import { ImportError } from '../../shared/import/errors';
import { detectHeaderRow, headerLabels } from '../../shared/import/header';
import { assertSheetReadable, readWorkbook } from '../../shared/import/read-workbook';
import type { Cell, ImportLimits } from '../../shared/import/types';
import { zlibInflate } from '../core/zlib-inflate';

/** What the CLI asks of the reader thread. */
export interface SheetRequest {
  bytes: Uint8Array;
  name: string;
  limits: ImportLimits;
}

/** One data row: its row number in the sheet and its cells by header label. */
export interface SheetRecord {
  row: number;
  cells: Record<string, unknown>;
}

/** The reader thread's answer: the records, or why the file cannot be read. */
export type SheetAnswer = { ok: true; records: SheetRecord[] } | { ok: false; importError: boolean; message: string };

/** The first sheet with content, from its detected header row down. */
export async function readSheetRecords({ bytes, name, limits }: SheetRequest): Promise<SheetRecord[]> {
  const workbook = await readWorkbook(bytes, name, limits, zlibInflate);
  const sheet = workbook.sheets.find((s) => !s.tooManyRows && s.rows.some((r) => r?.length)) ?? workbook.sheets[0]!;
  assertSheetReadable(sheet, limits);
  const headerRow = detectHeaderRow(sheet.rows);
  const { labels } = headerLabels(sheet, headerRow);
  const records: SheetRecord[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    records.push({ row: r + 1, cells: Object.fromEntries(labels.map((label, c) => [label, cellValue(cells[c])])) });
  }
  return records;
}

/** A number for numeric cells (formula results included), the text as shown otherwise (SKUs keep leading zeros). */
function cellValue(cell: Cell): unknown {
  if (!cell || cell.v === undefined) return null;
  // Zero-padded formats ("000000") are SKUs shown with their zeros: keep the text.
  if (cell.t === 'n' && !isDateFormat(cell.z) && !/^0+$/.test(String(cell.z ?? ''))) return Number(numberText(cell.v as number));
  return sheetCellText(cell);
}

if (parentPort) {
  const port = parentPort;
  readSheetRecords(workerData as SheetRequest).then(
    (records) => port.postMessage({ ok: true, records } satisfies SheetAnswer),
    (error: unknown) => port.postMessage({ ok: false, importError: error instanceof ImportError, message: error instanceof Error ? error.message : String(error) } satisfies SheetAnswer),
  );
}
