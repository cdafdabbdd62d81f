/**
 * One journal file per submission (`<data dir>/submissions/<id>.jsonl`), one JSON entry a
 * line, only ever appended. Intents are flushed to disk (fsync) before their request may
 * leave, so after a crash every row is provably not sent, answered, or sent-without-answer
 * (unknown) — and nothing is resent blindly. A torn last line from a crash is ignored.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { RowResult } from '../../../shared/types';
import { foldJournal, type JournalEntry, type SubmissionRecord, type SubmissionStart } from '../../../shared/submission';
import { AppError } from '../errors';

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

  private constructor(
    private readonly handle: FileHandle,
    readonly id: string,
  ) {}

  /** Creates the journal with its start entry, flushed to disk. */
  static async create(dataDir: string, start: Omit<SubmissionStart, 't' | 'id' | 'at'>): Promise<JournalWriter> {
    const id = newSubmissionId();
    await mkdir(journalDir(dataDir), { recursive: true });
    const handle = await open(journalPath(dataDir, id), 'wx');
    const writer = new JournalWriter(handle, id);
    await writer.append({ t: 'start', id, at: new Date().toISOString(), ...start }, true);
    await syncDirectory(journalDir(dataDir));
    return writer;
  }

  /** Opens an existing journal to add verifications. */
  static async reopen(dataDir: string, id: string): Promise<JournalWriter> {
    assertId(id);
    const handle = await open(journalPath(dataDir, id), 'a+');
    // A crash may have left a torn last line: start ours on a fresh one.
    const { size } = await handle.stat();
    const last = Buffer.alloc(1);
    if (size > 0 && (await handle.read(last, 0, 1, size - 1)).bytesRead === 1 && last[0] !== 0x0a) await handle.appendFile('\n');
    return new JournalWriter(handle, id);
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
        await this.handle.appendFile(lines.join(''), 'utf8');
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

  end(failure: string | null): Promise<void> {
    return this.append({ t: 'end', at: new Date().toISOString(), failure }, true);
  }

  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    await this.handle.close();
  }
}

/** Makes a new file's directory entry durable too; some platforms (Windows) cannot, which is fine there. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported for directories on this platform.
  }
}

function assertId(id: string): void {
  // Ids reach here from IPC and the command line: never let one name another file.
  if (!ID_PATTERN.test(id)) throw new AppError('not_found', `There is no submission "${id.slice(0, 60)}".`);
}

/** Parses a journal's text; unreadable lines are counted, not fatal. */
export function parseJournal(text: string): { entries: JournalEntry[]; damaged: number } {
  const entries: JournalEntry[] = [];
  let damaged = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as JournalEntry;
      if (typeof entry === 'object' && entry !== null && typeof entry.t === 'string') entries.push(entry);
      else damaged++;
    } catch {
      damaged++;
    }
  }
  return { entries, damaged };
}

/** Submissions in flight in this process; any other unfinished journal was interrupted. */
export const runningSubmissions = new Set<string>();

export async function loadSubmission(dataDir: string, id: string): Promise<SubmissionRecord> {
  assertId(id);
  let text: string;
  try {
    text = await readFile(journalPath(dataDir, id), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('not_found', `There is no submission "${id}".`);
    throw error;
  }
  const { entries, damaged } = parseJournal(text);
  try {
    return foldJournal(entries, runningSubmissions.has(id), damaged);
  } catch (error) {
    throw new AppError('invalid_request', `The journal of submission ${id} is damaged and cannot be read.`, { cause: error });
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
  return records.sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id));
}
