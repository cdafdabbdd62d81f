/**
 * A lease on a journal, so two processes never write one journal or act on it at once: the
 * app and the CLI (a scheduled job) share the data directory, and without this a journal
 * the CLI is still writing looks "interrupted" to the app, which would offer Retry and
 * Revert on rows still being sent.
 *
 * The lease is `<id>.lock` beside the journal, created atomically (written to a temporary
 * file, then hard-linked into place, which fails when a lock exists), renewed (its mtime)
 * while the holder works and removed when it ends. A lock counts as stale once its
 * process is gone (same host) or it has not been renewed for JOURNAL_LEASE_MS (a hung
 * process, or another machine on a shared folder).
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import { link, open, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import type { Said } from '../../../shared/said';
import type { JournalHolder, SubmissionSource } from '../../../shared/submission';
import { AppError } from '../errors';

/** How long a lock counts as held without renewal. The one place this limit is set. */
export const JOURNAL_LEASE_MS = 60_000;
const RENEW_EVERY_MS = JOURNAL_LEASE_MS / 4;

/** What a lock file says about its holder. */
export type LeaseHolder = JournalHolder;

/** A held lease; `release` removes the lock (best effort: a leftover lock goes stale). */
export interface JournalLease {
  release(): Promise<void>;
}

/** A live lease found on a journal, and whether this process holds it. */
export interface LeaseState {
  holder: LeaseHolder;
  here: boolean;
}

const lockPath = (dir: string, id: string) => join(dir, `${id}.lock`);
// Locks this process holds: a lock naming our pid that is not here is a dead namesake's.
const held = new Set<string>();

/** Takes the lease on journal `id` in `dir`, or refuses with who holds it. */
export async function acquireLease(dir: string, id: string, source: SubmissionSource, purpose: LeaseHolder['purpose']): Promise<JournalLease> {
  const path = lockPath(dir, id);
  const holder: LeaseHolder = { pid: process.pid, host: hostname(), source, purpose, at: new Date().toISOString() };
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(JSON.stringify(holder), 'utf8');
  } finally {
    await handle.close();
  }
  try {
    // Two tries: the second after setting a stale lock aside.
    for (let attempt = 0; ; attempt++) {
      try {
        await link(temp, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
        const live = await readLease(dir, id);
        if (live) throw busyError(id, live);
        const taken = await setStaleAside(path);
        if (taken) throw busyError(id, taken);
      }
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  held.add(path);
  const renew = setInterval(() => {
    const now = new Date();
    // A failed renewal only shortens the lease; the holder keeps working.
    utimes(path, now, now).catch(() => undefined);
  }, RENEW_EVERY_MS);
  renew.unref();
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      clearInterval(renew);
      held.delete(path);
      await unlink(path).catch(() => undefined);
    },
  };
}

/** The live lease on journal `id`, or null when there is none or it is stale. */
export function readLease(dir: string, id: string): Promise<LeaseState | null> {
  return judgeLock(lockPath(dir, id));
}

async function judgeLock(path: string): Promise<LeaseState | null> {
  let text: string;
  let mtimeMs: number;
  try {
    [text, { mtimeMs }] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (held.has(path)) return { holder: parseHolder(text), here: true };
  const holder = parseHolder(text);
  if (Date.now() - mtimeMs > JOURNAL_LEASE_MS) return null;
  if (holder.host === hostname() && (holder.pid === process.pid || !processAlive(holder.pid))) return null;
  return { holder, here: false };
}

/** Plain words for who holds a journal, for history. */
export function describeHolder(holder: LeaseHolder): string {
  const who = holder.source === 'cli' ? 'the command line' : 'the PriceDesk app';
  return `${holder.purpose === 'sending' ? 'Being sent' : 'Being verified'} by ${who} (process ${holder.pid} on ${holder.host})`;
}

const BUSY_SAID = {
  here: { sending: 'refused.busySendingHere', verifying: 'refused.busyVerifyingHere' },
  app: { sending: 'refused.busySendingApp', verifying: 'refused.busyVerifyingApp' },
  cli: { sending: 'refused.busySendingCli', verifying: 'refused.busyVerifyingCli' },
} as const;

/** The refusal of an action on a journal someone holds (this window, or `describeHolder`'s process); names the lease limit. */
export function busyError(id: string, lease: LeaseState): AppError {
  const { holder } = lease;
  const seconds = JOURNAL_LEASE_MS / 1000;
  const where = lease.here ? `${holder.purpose === 'sending' ? 'It is still being sent' : 'It is being verified'} in this window` : describeHolder(holder);
  const message = `Submission ${id} is busy. ${where}. Retry, revert and verify wait until that ends; a process that stops without ending counts as stopped once it has not renewed its lock for ${seconds} seconds.`;
  const said: Said = { id: BUSY_SAID[lease.here ? 'here' : holder.source][holder.purpose], params: { id, seconds, pid: holder.pid, host: holder.host } };
  return new AppError('conflict', message, { said });
}

function parseHolder(text: string): LeaseHolder {
  try {
    const parsed = JSON.parse(text) as Partial<LeaseHolder>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, source: parsed.source === 'cli' ? 'cli' : 'app', purpose: parsed.purpose === 'verifying' ? 'verifying' : 'sending', at: String(parsed.at ?? '') };
    }
  } catch {
    // An unreadable lock still counts until its lease runs out.
  }
  return { pid: 0, host: 'an unknown host', source: 'app', purpose: 'sending', at: '' };
}

function processAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves a stale lock out of the way. Rename is atomic, so of two processes breaking the
 * same stale lock one wins. Should the loser's rename catch the winner's fresh lock, it
 * finds it live, puts it back and answers who holds it.
 */
async function setStaleAside(path: string): Promise<LeaseState | null> {
  const aside = `${path}.stale-${process.pid}-${Date.now()}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const live = await judgeLock(aside);
  if (live) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
  return live;
}
