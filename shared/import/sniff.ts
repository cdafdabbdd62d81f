/**
 * Tells what a file really is from its first bytes, and checks a zip's directory before
 * anything is unpacked: a workbook is a zip, and a few kilobytes can declare gigabytes.
 */
import type { SaidId } from '../said-ids';
import { ImportError } from './errors';
import type { FileFormat } from './types';
import { tooBig, zipEntries, type ZipEntry } from './unzip';

export type Sniffed =
  | { kind: 'zip'; format: 'xlsx' | 'ods'; entries: ZipEntry[] }
  | { kind: 'ole'; format: 'xls' }
  | { kind: 'text'; format: 'csv' | 'tsv' };

const EXTENSIONS: Record<string, FileFormat> = { xlsx: 'xlsx', xlsm: 'xlsx', xls: 'xls', ods: 'ods', csv: 'csv', tsv: 'tsv', txt: 'csv' };

/** The format a file name promises, or an error for a type the import does not read. */
export function formatFromName(fileName: string): FileFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = EXTENSIONS[ext];
  if (!format) {
    throw new ImportError(
      'unsupported_type',
      `${fileName} is not a spreadsheet type PriceDesk reads. Choose an .xlsx, .xlsm, .xls, .ods, .csv or .tsv file.`,
      { id: 'file.unsupportedType', params: { file: fileName } },
    );
  }
  return format;
}

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Known non-spreadsheet files, to name them in the message (and their words' id for the window). */
const OTHER_TYPES: [number[], string, SaidId][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document', 'file.other.pdf'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image', 'file.other.png'],
  [[0xff, 0xd8, 0xff], 'a JPEG image', 'file.other.jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image', 'file.other.gif'],
  [[0x1f, 0x8b], 'a gzip archive', 'file.other.gzip'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive', 'file.other.rar'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive', 'file.other.7zip'],
];

/**
 * Identifies the content and, for zips, refuses one whose parts declare more than the
 * unpacked-size limit (cheap, before anything is inflated; unzipCapped then holds each
 * part to what it declares).
 */
export function sniff(bytes: Uint8Array, fileName: string, maxUnpackedBytes: number): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const entries = zipEntries(bytes, fileName);
    const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
    if (unpacked > maxUnpackedBytes) throw tooBig(fileName, bytes.length, maxUnpackedBytes, unpacked);
    const names = new Set(entries.map((e) => e.name));
    if (names.has('xl/workbook.xml') || names.has('xl/workbook.bin')) return { kind: 'zip', format: 'xlsx', entries };
    if (names.has('content.xml')) return { kind: 'zip', format: 'ods', entries };
    throw new ImportError('not_a_spreadsheet', `${fileName} is a zip archive but not a workbook (no Excel or OpenDocument content inside).`, { id: 'file.zipNotWorkbook', params: { file: fileName } });
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'ole', format: 'xls' };
  const other = OTHER_TYPES.find(([sig]) => startsWith(bytes, sig));
  if (other) throw new ImportError('not_a_spreadsheet', `${fileName} is not a spreadsheet: it is ${other[1]}.`, { id: other[2], params: { file: fileName } });
  const head = bytes.subarray(0, 64 * 1024);
  // UTF-16 text has NULs too; everything else with NULs is binary.
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16 && head.includes(0)) {
    throw new ImportError('not_a_spreadsheet', `${fileName} is not a spreadsheet or text file: its content is binary data PriceDesk cannot read.`, { id: 'file.binary', params: { file: fileName } });
  }
  return { kind: 'text', format: looksTabSeparated(head) ? 'tsv' : 'csv' };
}

function looksTabSeparated(head: Uint8Array): boolean {
  let tabs = 0;
  let commas = 0;
  let semicolons = 0;
  for (let i = 0; i < Math.min(head.length, 8192); i++) {
    const b = head[i];
    if (b === 0x09) tabs++;
    else if (b === 0x2c) commas++;
    else if (b === 0x3b) semicolons++;
  }
  return tabs > 0 && tabs >= commas && tabs >= semicolons;
}
