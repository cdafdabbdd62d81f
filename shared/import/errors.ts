import type { Said } from '../said';

/** Why a file could not be imported; the message is written for shop staff. */
export type ImportErrorCode =
  | 'too_large'
  | 'unsupported_type'
  | 'not_a_spreadsheet'
  | 'damaged'
  | 'password_protected'
  | 'zip_bomb'
  | 'empty'
  | 'too_many_rows'
  | 'no_header'
  | 'timeout'
  | 'out_of_memory'
  | 'mapping';

/**
 * A file-level import failure: nothing is merged, the grid and the draft stay as they were.
 * `message` is the English the CLI prints; `said` the same as words the window says in the
 * person's language (catalogue messages.file; sizes and counts as raw numbers).
 */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly said?: Said,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** "12.3 MB" for limits and sizes in messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** "250,000" in messages, independent of the machine's locale. */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The limit in seconds as messages give it: 60, 0.5. */
const seconds = (ms: number): number => (ms >= 1000 ? Math.round(ms / 1000) : ms / 1000);

/** A reader stopped past ImportLimits.timeoutMs (the app's import worker and the CLI's reader alike). */
export function timeoutError(timeoutMs: number): ImportError {
  return new ImportError(
    'timeout',
    `Reading the file took longer than ${seconds(timeoutMs)} seconds, the time limit, so it was stopped. The file may be too large or damaged; try saving only the sheet you need, or as .csv.`,
    { id: 'file.timeout', params: { seconds: seconds(timeoutMs) } },
  );
}

/** A reader stopped at ImportLimits.maxHeapMb. */
export function outOfMemoryError(maxHeapMb: number): ImportError {
  return new ImportError(
    'out_of_memory',
    `Reading the file needed more than ${formatBytes(maxHeapMb * 1024 * 1024)} of memory, the limit, so it was stopped. The file may be too large or damaged; try saving only the sheet you need, or as .csv.`,
    { id: 'file.outOfMemory', params: { size: maxHeapMb * 1024 * 1024 } },
  );
}

/** A file that is protected with a password (an encrypted workbook, or an encrypted zip part). */
export function passwordProtected(fileName: string): ImportError {
  return new ImportError(
    'password_protected',
    `${fileName} is protected with a password. Open it in your spreadsheet program, remove the password (or save an unprotected copy) and import that.`,
    { id: 'file.passwordProtected', params: { file: fileName } },
  );
}

/** A file past ImportLimits.maxBytes (the reader, and the dialog before it reads the bytes). */
export function tooLarge(fileName: string, bytes: number, maxBytes: number): ImportError {
  return new ImportError('too_large', `${fileName} is ${formatBytes(bytes)}; PriceDesk imports files up to ${formatBytes(maxBytes)}. Split it into smaller files.`, {
    id: 'file.tooLarge',
    params: { file: fileName, size: bytes, max: maxBytes },
  });
}
