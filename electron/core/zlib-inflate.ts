/**
 * Node's inflater for the import's zip guard (shared/import/unzip.ts): zlib's synchronous
 * raw inflate with `maxOutputLength`, which stops inflating once the output passes the cap
 * instead of producing it all first. Several times faster in Node than the streamed
 * DecompressionStream the renderer's worker uses; used by the CLI's reader, the bench and tests.
 */
import { inflateRawSync } from 'node:zlib';
import type { InflateRaw } from '../../shared/import/unzip';

export const zlibInflate: InflateRaw = async (packed, maxOutput) => {
  try {
    // One byte more than the cap, so "exactly the cap" and "more" can be told apart; zlib needs at least 1.
    const out = inflateRawSync(packed, { maxOutputLength: maxOutput + 1 });
    // The Buffer itself: SheetJS reads a Buffer's text with toString('binary'), a plain
    // Uint8Array through a slower TextDecoder pass (about a fifth of a large sheet's read).
    return out.length > maxOutput ? null : out;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw error;
  }
};
