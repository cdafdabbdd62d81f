/**
 * Tells what a file really is from its first bytes, and checks a zip's directory before
 * anything is unpacked: a workbook is a zip, and a few kilobytes can declare gigabytes.
 */
import { ImportError, formatBytes } from './errors';
import type { FileFormat } from './types';

export type Sniffed =
  | { kind: 'zip'; format: 'xlsx' | 'ods' }
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
    );
  }
  return format;
}

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Known non-spreadsheet files, to name them in the message. */
const OTHER_TYPES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
];

/** Reads the zip's central directory: entry names and their declared unpacked sizes. */
export function zipEntries(bytes: Uint8Array, fileName: string): { name: string; size: number; packed: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  const damaged = () => new ImportError('damaged', `${fileName} is damaged: its zip structure is broken, so it cannot be read. Open it in your spreadsheet program and save it again.`);
  if (eocd < 0) throw damaged();
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: { name: string; size: number; packed: number }[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw damaged();
    const packed = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLen = view.getUint16(offset + 28, true);
    const extraLen = view.getUint16(offset + 30, true);
    const commentLen = view.getUint16(offset + 32, true);
    let name = '';
    for (let i = 0; i < nameLen; i++) name += String.fromCharCode(bytes[offset + 46 + i]!);
    // 0xFFFFFFFF means a ZIP64 size: more than 4 GB, far past any limit.
    entries.push({ name, size: size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size, packed });
    offset += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Identifies the content and, for zips, enforces the unpacked-size limit. */
export function sniff(bytes: Uint8Array, fileName: string, maxUnpackedBytes: number): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const entries = zipEntries(bytes, fileName);
    const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
    if (unpacked > maxUnpackedBytes) {
      throw new ImportError(
        'zip_bomb',
        `${fileName} was not opened: its ${formatBytes(bytes.length)} unpack to ${formatBytes(unpacked)}, more than the ${formatBytes(maxUnpackedBytes)} limit. ` +
          'A file like this is either damaged or built to overload the computer (a "zip bomb").',
      );
    }
    const names = new Set(entries.map((e) => e.name));
    if (names.has('xl/workbook.xml') || names.has('xl/workbook.bin')) return { kind: 'zip', format: 'xlsx' };
    if (names.has('content.xml')) return { kind: 'zip', format: 'ods' };
    throw new ImportError('not_a_spreadsheet', `${fileName} is a zip archive but not a workbook (no Excel or OpenDocument content inside).`);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'ole', format: 'xls' };
  const other = OTHER_TYPES.find(([sig]) => startsWith(bytes, sig));
  if (other) throw new ImportError('not_a_spreadsheet', `${fileName} is not a spreadsheet: it is ${other[1]}.`);
  const head = bytes.subarray(0, 64 * 1024);
  // UTF-16 text has NULs too; everything else with NULs is binary.
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16 && head.includes(0)) throw new ImportError('not_a_spreadsheet', `${fileName} is not a spreadsheet or text file: its content is binary data PriceDesk cannot read.`);
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
