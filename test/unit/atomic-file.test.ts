/**
 * An atomic write is durable only once the directory holding the renamed file is flushed
 * too: without that, a power cut after the rename can bring back the old file (or none).
 * node:fs/promises is wrapped to record the order of flushes and renames on a real disk.
 */
import type * as fsPromises from 'node:fs/promises';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../electron/core/atomic-file';

const steps: string[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof fsPromises>();
  const open: typeof fs.open = async (path, flags, mode) => {
    const handle = await fs.open(path, flags, mode);
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      steps.push(`sync ${String(path)}`);
      return sync();
    };
    return handle;
  };
  const rename: typeof fs.rename = async (from, to) => {
    steps.push(`rename to ${String(to)}`);
    return fs.rename(from, to);
  };
  return { ...fs, default: { ...fs, open, rename }, open, rename };
});

describe('writeFileAtomic', () => {
  it.runIf(process.platform !== 'win32')('flushes the file, renames it into place, then flushes the directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pricedesk-atomic-'));
    const path = join(dir, 'draft.json');
    steps.length = 0;
    await writeFileAtomic(path, '{"a":1}');
    expect(await readFile(path, 'utf8')).toBe('{"a":1}');
    expect(steps.map((s) => s.replace(/draft\.json\.\d+\.\d+\.[0-9a-f]+\.tmp$/, 'draft.json.<temp>'))).toEqual([`sync ${path}.<temp>`, `rename to ${path}`, `sync ${dir}`]);
  });

  it('lets two writes of one file in the same millisecond both land, the last one winning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pricedesk-atomic-'));
    const path = join(dir, 'catalog.json');
    // Started together, as a connection test and a catalog load write a new demo shop's file.
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now);
    try {
      await Promise.all([writeFileAtomic(path, 'first'), writeFileAtomic(path, 'second')]);
    } finally {
      clock.mockRestore();
    }
    expect(['first', 'second']).toContain(await readFile(path, 'utf8'));
  });
});
