/**
 * The import worker: untrusted spreadsheet files are parsed here, off the UI thread and
 * inside the sandboxed renderer, never in the privileged main process. The page ends this
 * worker (terminate) when a step runs past the time limit.
 */
import { ImportError } from '../../shared/import/errors';
import { analyseSheet, proposeMapping, summariseSheets } from '../../shared/import/pipeline';
import { assertSheetReadable, readWorkbook } from '../../shared/import/read-workbook';
import type { ImportLimits, Workbook } from '../../shared/import/types';
import type { WorkerRequest, WorkerResponse, WorkerResults } from './import-protocol';

let workbook: Workbook | null = null;
let limits: ImportLimits | null = null;

async function handle(request: WorkerRequest): Promise<WorkerResults[WorkerRequest['type']]> {
  if (request.type === 'open') {
    workbook = null;
    limits = request.limits;
    // Zip parts are unpacked with the browser's DecompressionStream, capped (shared/import/unzip.ts).
    workbook = await readWorkbook(new Uint8Array(request.bytes), request.fileName, request.limits);
    return { format: workbook.format, notes: workbook.notes, sheets: summariseSheets(workbook, request.limits) };
  }
  if (!workbook || !limits) throw new ImportError('empty', 'Open a file first.', { id: 'file.openFirst' });
  const sheet = workbook.sheets[request.sheet];
  if (!sheet) throw new ImportError('empty', 'That sheet is not in the file.', { id: 'file.sheetNotInFile' });
  assertSheetReadable(sheet, limits);
  if (request.type === 'propose') return proposeMapping(sheet, request.headerRow, new Set(request.catalogSkus), request.remembered, request.fields);
  return analyseSheet(sheet, request);
}

self.onmessage = async (event: MessageEvent<{ id: number; request: WorkerRequest }>) => {
  const { id, request } = event.data;
  let response: WorkerResponse;
  try {
    response = { id, ok: true, result: await handle(request) };
  } catch (error) {
    // The words' id travels with the English, so the page says it in the person's language.
    if (error instanceof ImportError) response = { id, ok: false, error: { code: error.code, message: error.message, ...(error.said ? { said: error.said } : {}) } };
    else {
      const detail = error instanceof Error ? error.message : String(error);
      response = { id, ok: false, error: { code: 'internal', message: `The file could not be read (${detail}).`, said: { id: 'file.unreadable', params: { detail } } } };
    }
  }
  self.postMessage(response);
};
