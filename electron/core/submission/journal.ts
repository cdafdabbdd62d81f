/**
 * One journal file per submission (`<data dir>/submissions/<id>.jsonl`), one JSON entry a
 * line, only ever appended. Intents are flushed to disk (fsync) before their request may
 * leave, so after a crash every row is provably not sent, answered, or sent-without-answer
 * (unknown) — and nothing is resent blindly. A torn line from a crash or a failed write is
 * skipped, never allowed to swallow the entry after it. While a process writes a journal
 * it holds its lease (lease.ts), so other processes see it running there.
 */
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { RowResult } from '../../../shared/types';
import { foldJournal, markReverts, withReverts, type JournalEntry, type SubmissionRecord, type SubmissionSource, type SubmissionStart, type FailureWords } from '../../../shared/submission';
import { AppError } from '../errors';
import { syncDirectory } from '../atomic-file';
import { acquireLease, describeHolder, readLease, type JournalLease } from './lease';

/** The refusal of an id no journal has (or that is no journal id at all). */
const noSubmission = (id: string) => new AppError('not_found', `There is no submission "${id}".`, { said: { id: 'refused.noSubmission', params: { id } } });

export const journalDir = (dataDir: string) => join(dataDir, 'submissions');
const ID_PATTERN = /^[0-9]{8}T[0-9]{6}-[0-9a-f]{8}$/;
const journalPath = (dataDir: string, id: string) => join(journalDir(dataDir), `${id}.jsonl`);

/** A sortable, unique id: start time (UTC) plus a random tail. */
export function newSubmissionId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
  return `${stamp}-${randomUUID().slice(0, 8)}`;
}

/**
 * Appends entries in order; `durable` ones are fsynced before their promise resolves.
 * Entries that arrive while a write is under way go out together with one fsync (group
 * commit), so parallel requests (Cliniko's four workers) do not queue behind each other's
 * flushes.
 */
export class JournalWriter {
  private queue: string[] = [];
  private waiters: { durable: boolean; resolve(): void; reject(error: unknown): void }[] = [];
  private flushing: Promise<void> | null = null;
  private requests = 0;
  /** A write failed part-way: the file may end in half a line, so the next write starts a new one. */
  private torn = false;

  private constructor(
    private readonly handle: FileHandle,
    private readonly lease: JournalLease,
    readonly id: string,
  ) {}

  /** Creates the journal with its start entry, flushed to disk, and holds its lease until close. */
  static async create(dataDir: string, start: Omit<SubmissionStart, 't' | 'id' | 'at'>): Promise<JournalWriter> {
    const id = newSubmissionId();
    await mkdir(journalDir(dataDir), { recursive: true });
    const lease = await acquireLease(journalDir(dataDir), id, start.source, 'sending');
    try {
      const handle = await open(journalPath(dataDir, id), 'wx');
      const writer = new JournalWriter(handle, lease, id);
      await writer.append({ t: 'start', id, at: new Date().toISOString(), ...start }, true).catch(async (error: unknown) => {
        await handle.close();
        throw error;
      });
      await syncDirectory(journalDir(dataDir));
      return writer;
    } catch (error) {
      await lease.release();
      throw error;
    }
  }

  /**
   * Opens an existing journal to add verifications, holding its lease until close: refused
   * while another process sends or verifies it.
   */
  static async reopen(dataDir: string, id: string, source: SubmissionSource): Promise<JournalWriter> {
    assertId(id);
    const lease = await acquireLease(journalDir(dataDir), id, source, 'verifying');
    try {
      // Read and append, but never create: an unknown id must not leave an empty journal behind.
      const handle = await open(journalPath(dataDir, id), constants.O_RDWR | constants.O_APPEND);
      const writer = new JournalWriter(handle, lease, id);
      // A crash may have left a torn last line: start ours on a fresh one.
      const { size } = await handle.stat();
      const last = Buffer.alloc(1);
      writer.torn = size > 0 && (await handle.read(last, 0, 1, size - 1)).bytesRead === 1 && last[0] !== 0x0a;
      return writer;
    } catch (error) {
      await lease.release();
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw noSubmission(id);
      throw error;
    }
  }

  private append(entry: JournalEntry, durable: boolean): Promise<void> {
    this.queue.push(`${JSON.stringify(entry)}\n`);
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ durable, resolve, reject }));
    this.flushing ??= this.flush();
    return done;
  }

  private async flush(): Promise<void> {
    while (this.queue.length) {
      const lines = this.queue.splice(0);
      const waiters = this.waiters.splice(0);
      try {
        const text = (this.torn ? '\n' : '') + lines.join('');
        this.torn = true;
        await this.handle.appendFile(text, 'utf8');
        this.torn = false;
        if (waiters.some((w) => w.durable)) await this.handle.sync();
        waiters.forEach((w) => w.resolve());
      } catch (error) {
        // A failed write fails its callers (an intent that fails stops its request).
        waiters.forEach((w) => w.reject(error));
      }
    }
    this.flushing = null;
  }

  /** Records that these rows are about to be sent; resolves once that is on disk. */
  async intent(keys: string[]): Promise<string> {
    const req = `${this.id}/${++this.requests}`;
    await this.append({ t: 'intent', req, keys, at: new Date().toISOString() }, true);
    return req;
  }

  outcome(results: RowResult[]): Promise<void> {
    return this.append({ t: 'outcome', results, at: new Date().toISOString() }, false);
  }

  verify(results: RowResult[]): Promise<void> {
    return this.append({ t: 'verify', results, at: new Date().toISOString() }, true);
  }

  end(failure: string | null, words?: FailureWords): Promise<void> {
    return this.append({ t: 'end', at: new Date().toISOString(), failure, ...(words ? { words } : {}) }, true);
  }

  /** Waits for pending writes, closes the file and releases the lease. */
  async close(): Promise<void> {
    try {
      while (this.flushing) await this.flushing;
      await this.handle.close();
    } finally {
      await this.lease.release();
    }
  }
}

function assertId(id: string): void {
  // Ids reach here from IPC and the command line: never let one name another file.
  if (!ID_PATTERN.test(id)) throw noSubmission(id.slice(0, 60));
}

/**
 * Parses a journal's text; unreadable lines are counted, not fatal. A line that is half an
 * entry followed by a whole one (written by versions that did not start a fresh line after
 * a failed write) still yields the whole one: every entry starts with `{"t":"`.
 */
export function parseJournal(text: string): { entries: JournalEntry[]; damaged: number } {
  const entries: JournalEntry[] = [];
  let damaged = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const entry = parseEntry(line);
    if (entry) {
      entries.push(entry);
      continue;
    }
    damaged++;
    const tail = line.lastIndexOf('{"t":"');
    const rest = tail > 0 ? parseEntry(line.slice(tail)) : null;
    if (rest) entries.push(rest);
  }
  return { entries, damaged };
}

function parseEntry(line: string): JournalEntry | null {
  try {
    const entry = JSON.parse(line) as JournalEntry;
    return typeof entry === 'object' && entry !== null && typeof entry.t === 'string' ? entry : null;
  } catch {
    return null;
  }
}

export async function loadSubmission(dataDir: string, id: string): Promise<SubmissionRecord> {
  assertId(id);
  let text: string;
  try {
    text = await readFile(journalPath(dataDir, id), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw noSubmission(id);
    throw error;
  }
  const { entries, damaged } = parseJournal(text);
  const lease = await readLease(journalDir(dataDir), id);
  try {
    const record = foldJournal(entries, lease?.holder.purpose === 'sending', damaged);
    return lease && !lease.here ? { ...record, busyElsewhere: describeHolder(lease.holder), busyHolder: lease.holder } : record;
  } catch (error) {
    throw new AppError('invalid_request', `The journal of submission ${id} is damaged and cannot be read.`, { cause: error, said: { id: 'refused.journalDamaged', params: { id } } });
  }
}

/** Every submission, newest first; a damaged journal is skipped and logged, never fatal. */
export async function listSubmissions(dataDir: string, onDamaged?: (id: string, error: unknown) => void): Promise<SubmissionRecord[]> {
  let names: string[];
  try {
    names = await readdir(journalDir(dataDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const ids = names.filter((n) => n.endsWith('.jsonl')).map((n) => n.slice(0, -6)).filter((id) => ID_PATTERN.test(id)).sort().reverse();
  const records: SubmissionRecord[] = [];
  for (const id of ids) {
    try {
      records.push(await loadSubmission(dataDir, id));
    } catch (error) {
      onDamaged?.(id, error);
    }
  }
  // Ids sort by second; the start time carries milliseconds.
  return markReverts(records.sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id)));
}

/**
 * One submission as history shows it: with the reverts of its rows, which only the other
 * journals know (a journal is never rewritten, so "reverted by" is read, not stored).
 */
export async function loadWithReverts(dataDir: string, id: string): Promise<SubmissionRecord> {
  const record = await loadSubmission(dataDir, id);
  return withReverts(record, (await listSubmissions(dataDir)).filter((s) => s.revertOf === id));
}
