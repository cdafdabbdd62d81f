import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';

/**
 * Writes a file so that a crash leaves either the old or the new content, never half:
 * temporary file beside it, flushed to disk, then renamed over the target, and the
 * directory flushed so the rename itself survives a power cut.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Unique per call, not per millisecond: two writes of one file in the same millisecond must not share a temp file.
  const temp = `${path}.${process.pid}.${Date.now()}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
  await syncDirectory(dirname(path));
}

/**
 * Makes changes to a directory's entries (a new file, a rename) durable. Windows cannot
 * open a directory for this and needs no such flush: there it is skipped.
 */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (network shares) cannot flush a directory; that is not a failed write.
    if (!CANNOT_SYNC_DIR.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

const CANNOT_SYNC_DIR = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM']);

/** Where a damaged file is kept when it is set aside (renamed, never deleted): `<path>.damaged-<time>`. */
export function asidePath(path: string, now: Date): string {
  return `${path}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/** Reads a JSON file, or returns undefined when it does not exist. */
export async function readJsonIfExists(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
