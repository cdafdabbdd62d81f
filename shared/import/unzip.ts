/**
 * Unpacks a workbook's zip ourselves, with a hard cap on what comes out, before SheetJS
 * sees it. A zip's headers declare each part's unpacked size, and a hostile file can
 * declare 0 bytes for a part that inflates to gigabytes: SheetJS would believe it and
 * inflate everything. Here each part is inflated with its declared size as the ceiling
 * (and never past what is left of the whole file's limit), so a lie is caught after at
 * most one chunk more than it declared; a part whose real size differs from what the
 * central directory or its local header says is refused.
 *
 * The inflater is passed in because the two sides differ: the renderer's Web Worker has
 * only the browser's `DecompressionStream` (`streamInflate` below, shared), Node has
 * zlib's synchronous inflate with `maxOutputLength` (electron/core/zlib-inflate.ts), which
 * is several times faster there. Both stop at the cap.
 */
import type { Said } from '../said';
import { ImportError, formatBytes, passwordProtected } from './errors';

/** A zip part as the central directory declares it. */
export interface ZipEntry {
  name: string;
  /** Declared unpacked size; ZIP64 ("more than 4 GB") reads as Number.MAX_SAFE_INTEGER. */
  size: number;
  /** Declared packed size. */
  packed: number;
  method: number;
  flags: number;
  /** Where its local header starts. */
  localOffset: number;
}

/** A zip part's unpacked bytes. */
export interface ZipFile {
  name: string;
  data: Uint8Array;
}

/**
 * Inflates raw deflate data, producing at most `maxOutput` bytes: returns null as soon as
 * the output would be larger, rejects on data that is not deflate.
 */
export type InflateRaw = (packed: Uint8Array, maxOutput: number) => Promise<Uint8Array | null>;

const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x1;
const SIZES_AFTER_DATA = 0x8;

/** Reads the zip's central directory: each part's name, declared sizes and where it starts. */
export function zipEntries(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(fileName);
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw damaged(fileName);
    const size = view.getUint32(offset + 24, true);
    const nameLen = view.getUint16(offset + 28, true);
    const extraLen = view.getUint16(offset + 30, true);
    const commentLen = view.getUint16(offset + 32, true);
    let name = '';
    for (let i = 0; i < nameLen; i++) name += String.fromCharCode(bytes[offset + 46 + i]!);
    entries.push({
      name,
      // 0xFFFFFFFF means a ZIP64 size: more than 4 GB, far past any limit.
      size: size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size,
      packed: view.getUint32(offset + 20, true),
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Every part's bytes, unpacked under the caps; throws ImportError for anything else. */
export async function unzipCapped(bytes: Uint8Array, fileName: string, entries: readonly ZipEntry[], maxUnpackedBytes: number, inflate: InflateRaw): Promise<ZipFile[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files: ZipFile[] = [];
  let unpacked = 0;
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw damaged(fileName);
    if (entry.flags & ENCRYPTED) {
      throw passwordProtected(fileName);
    }
    if (entry.method !== STORED && entry.method !== DEFLATED) throw damaged(fileName);
    // Without the "sizes after the data" flag the local header repeats the sizes: they must agree.
    if (!(entry.flags & SIZES_AFTER_DATA) && (view.getUint32(at + 18, true) !== entry.packed || view.getUint32(at + 22, true) !== entry.size)) {
      throw liar(fileName, entry.name, 'its two size records disagree', { id: 'file.zipSizesDisagree', params: {} });
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + entry.packed > bytes.length) throw damaged(fileName);
    const packed = bytes.subarray(start, start + entry.packed);
    // The cap: what this part declares, and never more than the file's limit has left.
    const cap = Math.min(entry.size, maxUnpackedBytes - unpacked);
    let data: Uint8Array | null;
    if (entry.method === STORED) data = packed.length <= cap ? packed : null;
    else {
      try {
        data = await inflate(packed, cap);
      } catch {
        throw damaged(fileName);
      }
    }
    if (data === null) {
      if (cap < entry.size) throw tooBig(fileName, bytes.length, maxUnpackedBytes);
      throw liar(fileName, entry.name, `it holds more than the ${formatBytes(entry.size)} it declares`, { id: 'file.zipPartOverDeclared', params: { declared: entry.size } });
    }
    if (data.length !== entry.size) {
      throw liar(fileName, entry.name, `it holds ${formatBytes(data.length)}, not the ${formatBytes(entry.size)} it declares`, { id: 'file.zipPartWrongSize', params: { size: data.length, declared: entry.size } });
    }
    unpacked += data.length;
    files.push({ name: entry.name, data });
  }
  return files;
}

/** The refusal for a zip whose parts declare more than the limit in total. */
export function tooBig(fileName: string, fileBytes: number, maxUnpackedBytes: number, declared?: number): ImportError {
  const what = declared === undefined ? `unpack to more than ${formatBytes(maxUnpackedBytes)}, the limit` : `unpack to ${formatBytes(declared)}, more than the ${formatBytes(maxUnpackedBytes)} limit`;
  const params = { file: fileName, size: fileBytes, max: maxUnpackedBytes };
  const said: Said = declared === undefined ? { id: 'file.zipTooBig', params } : { id: 'file.zipTooBigDeclared', params: { ...params, declared } };
  return new ImportError('zip_bomb', `${fileName} was not opened: its ${formatBytes(fileBytes)} ${what}. ${BOMB}`, said);
}

const BOMB = 'A file like this is either damaged or built to overload the computer (a "zip bomb").';

/** `said`: the words for `what`; the file and the part are added here. */
function liar(fileName: string, part: string, what: string, said: Said): ImportError {
  return new ImportError('zip_bomb', `${fileName} was not opened: its part "${part}" is not the size the file says (${what}). ${BOMB}`, {
    id: said.id,
    params: { ...said.params, file: fileName, part },
  });
}

function damaged(fileName: string): ImportError {
  return new ImportError('damaged', `${fileName} is damaged: its zip structure is broken, so it cannot be read. Open it in your spreadsheet program and save it again.`, {
    id: 'file.zipDamaged',
    params: { file: fileName },
  });
}

interface ByteStream {
  getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> };
}
interface ByteSink {
  getWriter(): { readonly ready: Promise<void>; write(chunk: Uint8Array): Promise<void>; close(): Promise<void> };
}
type DecompressionStreamCtor = new (format: 'deflate-raw') => { readable: ByteStream; writable: ByteSink };
// shared/ has no DOM or Node typings; DecompressionStream exists in workers and Node 20.
const Decompression = (globalThis as unknown as { DecompressionStream: DecompressionStreamCtor }).DecompressionStream;

// Packed data goes in in slices, so one slice can expand to at most ~1,000 times its size
// (deflate's best ratio) before the reader sees the output and can stop.
const SLICE = 16 * 1024;

/** The browser's inflater, streamed and stopped at the cap (the renderer's import worker). */
export const streamInflate: InflateRaw = async (packed, maxOutput) => {
  const stream = new Decompression('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feeding = (async () => {
    for (let at = 0; at < packed.length; at += SLICE) {
      await writer.ready;
      await writer.write(packed.subarray(at, at + SLICE));
    }
    await writer.close();
  })();
  // A cancelled read rejects the pending writes; only the reader's verdict counts.
  feeding.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done || !value) break;
    total += value.length;
    if (total > maxOutput) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  await feeding;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};
