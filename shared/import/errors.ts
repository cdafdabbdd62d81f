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

/** A file-level import failure: nothing is merged, the grid and the draft stay as they were. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
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

/** The limit in words: "60 seconds", "0.5 seconds". */
const seconds = (ms: number): string => (ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms / 1000} seconds`);

/** A reader stopped past ImportLimits.timeoutMs (the app's import worker and the CLI's reader alike). */
export function timeoutError(timeoutMs: number): ImportError {
  return new ImportError(
    'timeout',
    `Reading the file took longer than ${seconds(timeoutMs)}, the time limit, so it was stopped. The file may be too large or damaged; try saving only the sheet you need, or as .csv.`,
  );
}

/** A reader stopped at ImportLimits.maxHeapMb. */
export function outOfMemoryError(maxHeapMb: number): ImportError {
  return new ImportError(
    'out_of_memory',
    `Reading the file needed more than ${formatBytes(maxHeapMb * 1024 * 1024)} of memory, the limit, so it was stopped. The file may be too large or damaged; try saving only the sheet you need, or as .csv.`,
  );
}
