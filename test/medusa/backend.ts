/**
 * A real Medusa v2 server for the xclade suites: PostgreSQL from the OS packages on a
 * throwaway data directory (loopback only), the Medusa project in test/medusa-backend/
 * (its own package.json and lockfile, pinned to one 2.x release, never part of the app),
 * `medusa db:migrate`, an admin user, then `medusa start`. One server serves the whole
 * suite; tests isolate themselves with price lists of their own (see seed.ts).
 *
 * Timings on this project's 2-core machine when quiet: install ≈ 70 s from a warm npm
 * cache, migrate ≈ 17 s, user ≈ 5 s, start ≈ 7 s (several times that under load). Each
 * step prints how long it took.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', 'medusa-backend');
export const ADMIN_EMAIL = 'admin@shop.test';
export const ADMIN_PASSWORD = 'correct-horse-battery';
/** Admin tokens expire this fast here (a day in production), so renewal happens for real. */
export const TOKEN_LIFETIME_SECONDS = 12;

export interface RunningBackend {
  url: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

const say = (text: string) => process.stderr.write(`[medusa] ${text}\n`);

async function timed<T>(what: string, work: () => Promise<T> | T): Promise<T> {
  const started = Date.now();
  const result = await work();
  say(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** The newest PostgreSQL server binaries the OS packages installed (Debian: /usr/lib/postgresql/<v>/bin). */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = versions.map((v) => join(root, v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  if (!bin) throw new Error('PostgreSQL is not installed: `apt-get install -y postgresql` (the real-Medusa suite needs it).');
  return bin;
}

/** PostgreSQL refuses to run as root: as root, run its commands as the `postgres` user. */
function asPostgres(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): void {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${output}`);
  }
}

/** Installs the Medusa project from its lockfile when it is not there yet (CI does it in .ci/run). */
export function ensureInstalled(): void {
  if (existsSync(join(PROJECT, 'node_modules', '@medusajs', 'medusa'))) return;
  say('installing the Medusa test backend (npm ci in test/medusa-backend; about a minute from a warm cache)');
  run('npm', ['ci', '--legacy-peer-deps', '--no-audit', '--no-fund'], { cwd: PROJECT });
}

async function startPostgres(): Promise<{ databaseUrl: string; stop(): void }> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'pricedesk-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  const data = join(dir, 'data');
  await timed('initdb', () => run(...asPostgres(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'])));
  // Loopback only, socket in the throwaway directory; durability is pointless for a test database.
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  await timed('postgres start', () => run(...asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'postgres.log'), '-w', 'start'])));
  run(...asPostgres(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'medusa']));
  return {
    databaseUrl: `postgres://postgres@127.0.0.1:${port}/medusa`,
    stop() {
      spawnSync(...asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']), { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`medusa start exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Medusa did not answer /health within 3 minutes:\n${output()}`);
}

/** Starts PostgreSQL and Medusa, migrated and with an admin user; `stop` ends and removes both. */
export async function startBackend(): Promise<RunningBackend> {
  ensureInstalled();
  const postgres = await startPostgres();
  let child: ChildProcess | undefined;
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: postgres.databaseUrl,
      MEDUSA_DISABLE_TELEMETRY: 'true',
      NODE_ENV: 'development',
      JWT_EXPIRES_IN: `${TOKEN_LIFETIME_SECONDS}s`,
    };
    const medusa = join(PROJECT, 'node_modules', '.bin', 'medusa');
    await timed('medusa db:migrate', () => run(medusa, ['db:migrate'], { cwd: PROJECT, env }));
    await timed('medusa user', () => run(medusa, ['user', '-e', ADMIN_EMAIL, '-p', ADMIN_PASSWORD], { cwd: PROJECT, env }));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let output = '';
    child = spawn(medusa, ['start'], { cwd: PROJECT, env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const started = child;
    await timed('medusa start', () => waitForHealth(url, started, () => output));
    return {
      url,
      databaseUrl: postgres.databaseUrl,
      async stop() {
        if (started.exitCode === null && started.pid) {
          const exited = new Promise((resolve) => started.once('exit', resolve));
          process.kill(-started.pid, 'SIGTERM');
          await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
          if (started.exitCode === null) process.kill(-started.pid, 'SIGKILL');
        }
        postgres.stop();
      },
    };
  } catch (error) {
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    postgres.stop();
    throw error;
  }
}
