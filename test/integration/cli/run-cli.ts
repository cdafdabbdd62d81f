/** Runs the CLI as a child process, as a script would, and collects what it printed. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CatalogRow } from '../../../shared/types';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ENTRY = resolve('electron/cli/index.ts');

/**
 * `input` is written to the CLI's stdin (a pipe, not a terminal), which is then closed.
 * `interruptWhen` sends one SIGINT (Ctrl-C) as soon as stderr satisfies it.
 */
export function runCli(args: string[], env: Record<string, string | undefined> = {}, input = '', interruptWhen?: (stderr: string) => boolean): Promise<CliRun> {
  return new Promise((done, fail) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, PRICEDESK_SECRET: undefined, ...env };
    for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
    // stdin is a closed pipe: not a terminal, like cron or CI.
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    let interrupted = false;
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      if (interruptWhen && !interrupted && interruptWhen(stderr)) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    child.stdin.end(input);
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** True when the text looks like a Node stack trace. */
export const hasStack = (text: string): boolean => /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /node:internal/.test(text);

/** A fresh data directory with a Demo shop connection file, and the catalog the CLI reads from it. */
export async function sandboxCli(prefix: string, extra: Record<string, unknown> = {}): Promise<{ dir: string; conn: string; catalog: CatalogRow[] }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const conn = join(dir, 'demo.json');
  writeFileSync(conn, JSON.stringify({ vendor: 'sandbox', dataDir: dir, latencyMs: 0, requestsPerSecond: 1000, ...extra }));
  const run = await runCli(['catalog', '--connection', conn, '--out', join(dir, 'catalog.json')]);
  if (run.code !== 0) throw new Error(`pricedesk catalog failed: ${run.stderr}`);
  return { dir, conn, catalog: JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as CatalogRow[] };
}
