/** Resources a test starts, released after each test: fake servers and temporary directories. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { FakeServer } from '../fakes/kit';

/** `serve(startFake(...))` returns the started fake and closes it after the test. */
export function fakeScope(): <T extends FakeServer>(started: Promise<T>) => Promise<T> {
  let servers: FakeServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });
  return async (started) => {
    const server = await started;
    servers.push(server);
    return server;
  };
}

/** `tempDir()` makes a fresh directory named after `prefix`, removed after the test. */
export function tempDirScope(prefix: string): () => string {
  let dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    dirs = [];
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}
