/**
 * Disks that fail: a full disk under the log (Linux's /dev/full answers every write with
 * ENOSPC, as a full disk does), a journal append cut short, and a damaged settings file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, open, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalRow } from '../../shared/submission';
import { createFileLogger, LOG_KEEP, logFile } from '../../electron/core/log';
import { Redactor } from '../../electron/core/redact';
import { openSettingsOrDefaults, settingsOptions, type SettingsData } from '../../electron/core/settings';
import { runSubmission } from '../../electron/core/submission/engine';
import { journalDir, JournalWriter, loadSubmission } from '../../electron/core/submission/journal';
import { readLease } from '../../electron/core/submission/lease';
import type { VendorClient } from '../../electron/vendors/types';
import { memoryLogger } from '../support/quiet-log';
import { applyLocale } from '../../renderer/i18n';
import { say } from '../../renderer/i18n/say';

const linuxOnly = process.platform === 'linux' ? it : it.skip;

afterEach(() => {
  vi.restoreAllMocks();
});

/** A data directory whose log file is /dev/full: every log write fails with ENOSPC. */
async function fullDiskDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pricedesk-full-'));
  mkdirSync(join(dir, 'logs'));
  symlinkSync('/dev/full', logFile(dir));
  return dir;
}

function captureStderr(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

describe('the logger on a full disk', () => {
  linuxOnly('never throws and writes the line, redacted, to stderr instead', async () => {
    const dir = await fullDiskDir();
    const redactor = new Redactor();
    redactor.add('s3cret-token');
    const log = createFileLogger(dir, redactor);
    const stderr = captureStderr();
    expect(() => log.error('request failed with s3cret-token', new Error('boom'))).not.toThrow();
    expect(() => log.info('second line')).not.toThrow();
    expect(stderr.filter((l) => l.includes('could not write its log file'))).toEqual([`PriceDesk could not write its log file ${logFile(dir)} (ENOSPC); logging here instead.\n`]);
    expect(stderr.join('')).toContain('ERROR request failed with');
    expect(stderr.join('')).toContain('INFO second line');
    expect(stderr.join('')).not.toContain('s3cret-token');
  });

  linuxOnly('lets a submission whose connector failed mid-request end, its sent rows unknown, not errors', async () => {
    const dir = await fullDiskDir();
    captureStderr();
    const rows: JournalRow[] = ['a', 'b'].map((key) => ({ key, sku: key.toUpperCase(), name: key, oldPrice: '1.00', newPrice: '2.00', currency: 'EUR', vendorIds: {} }));
    const client = {
      submit: async (changes, options) => {
        await options.beforeRequest?.(changes);
        throw new Error('socket hang up'); // sent, no answer
      },
    } as Pick<VendorClient, 'submit'> as VendorClient;
    const outcome = await runSubmission({ dataDir: dir, log: createFileLogger(dir, new Redactor()), redactor: new Redactor(), client, connection: { id: 'c', label: 'Shop', vendor: 'sandbox' }, rows, source: 'app', signal: new AbortController().signal, onProgress: () => undefined, onResults: () => undefined });
    expect(outcome.failure).toBe('socket hang up');
    expect(outcome.results.map((r) => r.status)).toEqual(['unknown', 'unknown']);
    expect(outcome.record.state).toBe('finished');
    expect(await readLease(journalDir(dir), outcome.id)).toBeNull();
  });
});

describe('log rotation', () => {
  it('starts a new file past the size cap and keeps a few old ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pricedesk-log-'));
    const log = createFileLogger(dir, new Redactor(), { maxBytes: 2000, keep: LOG_KEEP });
    for (let i = 0; i < 200; i++) log.info(`line ${i} ${'x'.repeat(40)}`);
    const files = readdirSync(join(dir, 'logs')).sort();
    expect(files).toEqual(['pricedesk.log', ...Array.from({ length: LOG_KEEP }, (_, n) => `pricedesk.log.${n + 1}`)]);
    for (const file of files) expect(statSync(join(dir, 'logs', file)).size).toBeLessThanOrEqual(2000);
    expect(readFileSync(logFile(dir), 'utf8')).toContain('line 199 ');
  });
});

describe('a journal append cut short', () => {
  const start = (id: string) => ({ connectionId: 'c', connectionLabel: 'Shop', vendor: 'sandbox', user: 'ana', source: 'app' as const, rows: [{ key: 'a', sku: 'A', name: 'a', oldPrice: '1.00', newPrice: '2.00', currency: 'EUR', vendorIds: {} }], retryOf: null, revertOf: null, id });

  it('does not swallow the next entry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pricedesk-torn-'));
    const writer = await JournalWriter.create(dir, start('x'));
    // The disk fills up part-way through the next append: half a line reaches the file.
    const handle = await open(join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(handle) as { appendFile(this: unknown, data: string, encoding: string): Promise<void> };
    await handle.close();
    const real = proto.appendFile;
    vi.spyOn(proto, 'appendFile').mockImplementationOnce(async function (this: unknown, data: string, encoding: string) {
      await real.call(this, data.slice(0, 20), encoding);
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    await expect(writer.intent(['a'])).rejects.toMatchObject({ code: 'ENOSPC' });
    await writer.outcome([{ key: 'a', sku: 'A', status: 'ok', message: null, code: null }]);
    await writer.end(null);
    await writer.close();
    const record = await loadSubmission(dir, writer.id);
    expect(record).toMatchObject({ state: 'finished', damagedLines: 1, counts: { ok: 1 } });
    // The half line stands alone: the next entry starts on a line of its own.
    const lines = (await readFile(join(journalDir(dir), `${writer.id}.jsonl`), 'utf8')).split('\n');
    expect(lines.filter((line) => line.startsWith('{"t":"outcome"') || line.startsWith('{"t":"end"')).map((line) => (JSON.parse(line) as { t: string }).t)).toEqual(['outcome', 'end']);
  });

  it('reads a whole entry written straight after a half line by hand', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pricedesk-torn-'));
    const writer = await JournalWriter.create(dir, start('x'));
    await writer.close();
    const path = join(journalDir(dir), `${writer.id}.jsonl`);
    const outcome = JSON.stringify({ t: 'outcome', results: [{ key: 'a', sku: 'A', status: 'ok', message: null, code: null }], at: '2026-01-01T00:00:00.000Z' });
    await writeFile(path, `${await readFile(path, 'utf8')}{"t":"intent","req":"x/1","ke${outcome}\n`);
    expect(await loadSubmission(dir, writer.id)).toMatchObject({ damagedLines: 1, counts: { ok: 1 } });
  });
});

describe('a damaged settings file at start-up', () => {
  const openConf = (dir: string) => () => new Conf<SettingsData>({ ...settingsOptions, cwd: dir, projectName: 'pricedesk' });

  it.each([
    ['not JSON', '{"activeConnectionId": "sandbox", "connec', '{"activeConnectionId": "sandbox", "connec'],
    ['failing the schema', JSON.stringify({ activeConnectionId: '', connections: 'none' }), '"connections": "none"'],
  ])('is set aside when %s, and the app starts with defaults and says so', async (_case, text, keptPart) => {
    const dir = await mkdtemp(join(tmpdir(), 'pricedesk-settings-'));
    writeFileSync(join(dir, 'settings.json'), text);
    const log = memoryLogger();
    const { settings, notice } = openSettingsOrDefaults(dir, openConf(dir), log, new Date('2026-11-29T10:00:00.000Z'));
    expect(settings.get('activeConnectionId')).toBe('sandbox');
    expect(settings.get('connections')).toEqual([]);
    const aside = 'settings.json.damaged-2026-11-29T10-00-00-000Z';
    expect(notice?.message).toBe(`Your settings could not be read (the file is damaged), so PriceDesk started with default settings: saved connections, column layouts and import mappings are not restored. Passwords and keys stay in the system keychain. The damaged file was kept as ${aside} in ${dir}.`);
    // The window words it by id (issue #16): the same English, and the person's language.
    expect(notice?.said).toEqual({ id: 'notice.settingsDamaged', params: { file: aside, folder: dir } });
    expect(say(notice!)).toBe(notice!.message);
    applyLocale('sv-SE');
    expect(say(notice!)).toBe(`Dina inställningar kunde inte läsas (filen är skadad), så PriceDesk startade med standardinställningar: sparade anslutningar, kolumnlayouter och importmappningar återställs inte. Lösenord och nycklar finns kvar i systemets nyckelring. Den skadade filen sparades som ${aside} i ${dir}.`);
    applyLocale('en-US');
    // Kept, not deleted (conf may have added its own keys before the schema check refused it).
    expect(readFileSync(join(dir, aside), 'utf8')).toContain(keptPart);
    settings.set('activeConnectionId', 'other');
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ activeConnectionId: 'other' });
  });

  it('opens a good file as it is, without a notice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pricedesk-settings-'));
    openConf(dir)().set('activeConnectionId', 'mine');
    const { settings, notice } = openSettingsOrDefaults(dir, openConf(dir), memoryLogger());
    expect(notice).toBeNull();
    expect(settings.get('activeConnectionId')).toBe('mine');
    expect(existsSync(join(dir, 'settings.json'))).toBe(true);
  });
});
