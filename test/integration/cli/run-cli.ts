/** Runs the CLI as a child process, as a script would, and collects what it printed. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

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
