/**
 * The app's own refusals and errors (messages.refused): each built by the real code that
 * refuses, its English words are the `message` the CLI prints, and the window says it in
 * Spanish and Swedish (through `say`, and through errorText for a failed call).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../renderer/i18n';
import { CallError } from '../../renderer/api';
import { errorText } from '../../renderer/features/notifications/slice';
import { foldJournal, type JournalRow } from '../../shared/submission';
import { AppError } from '../../electron/core/errors';
import { createConnectionBook } from '../../electron/core/connections';
import { Redactor } from '../../electron/core/redact';
import type { SettingsStore } from '../../electron/core/settings';
import type { SecretVault } from '../../electron/core/vault';
import { assertOneChangePerField, assertWritableFields, runSubmission } from '../../electron/core/submission/engine';
import { userCancelled } from '../../electron/core/handlers/changes';
import { memoryLogger } from '../support/quiet-log';
import { JournalWriter, loadSubmission } from '../../electron/core/submission/journal';
import { describeHolder } from '../../electron/core/submission/lease';
import { assertIdle, planRetry } from '../../electron/core/submission/retry';
import { verifySubmission } from '../../electron/core/submission/verify';
import type { VendorClient } from '../../electron/vendors/types';
import { inEachLanguage, thrown } from '../support/said';

afterEach(() => applyLocale('en-US'));

/** What a call throws (or a promise rejects with), as the AppError it must be. */
const refusal = (run: () => unknown): Promise<AppError> => thrown(run, AppError);

/** The error in each language: en-US, es-ES, sv-SE. */
const words = inEachLanguage;

function book() {
  const data: Record<string, unknown> = { connections: [], activeConnectionId: 'sandbox' };
  const settings = { get: (key: string) => data[key], set: (key: string, value: unknown) => void (data[key] = value) } as unknown as SettingsStore;
  const vault: SecretVault = { set: async () => undefined, get: async () => null, has: async () => false, delete: async () => undefined };
  return createConnectionBook({ settings, vault, redactor: new Redactor() });
}

const row = (key: string, field?: string): JournalRow => ({ key, sku: `SKU-${key}`, name: key, oldPrice: '10.00', newPrice: '12.00', currency: 'EUR', vendorIds: {}, ...(field ? { field } : {}) });
const start = { connectionId: 'c1', connectionLabel: 'Main shop', vendor: 'cin7', user: 'ana', source: 'app' as const, rows: [row('a')], retryOf: null, revertOf: null };

describe('the app’s refusals', () => {
  it('of a connection are said in the person’s language, the English being the message', async () => {
    const connections = book();
    const refusals = [
      await refusal(() => connections.remove('sandbox')),
      await refusal(() => connections.save({ label: '  ', vendor: 'cliniko', settings: {} })),
      await refusal(() => connections.assertExists('gone')),
    ];
    expect(refusals.map((e) => e.said?.id)).toEqual(['refused.demoNotRemovable', 'refused.nameMissing', 'refused.connectionGone']);
    expect(refusals.map(words)).toEqual([
      ['The demo shop cannot be removed.', 'La tienda demo no se puede eliminar.', 'Demobutiken kan inte tas bort.'],
      ['Give the connection a name.', 'Ponle un nombre a la conexión.', 'Ge anslutningen ett namn.'],
      ['That connection no longer exists. Pick another one in the sidebar.', 'Esa conexión ya no existe. Elige otra en la barra lateral.', 'Anslutningen finns inte längre. Välj en annan i sidofältet.'],
    ]);
  });

  it('of a field the connector does not accept, and of a missing key, keep the field and the connection named', async () => {
    const connections = book();
    const field = await refusal(() => connections.save({ label: 'Clinic', vendor: 'cliniko', settings: {} }));
    expect(field.message).toBe('Contact email is required.');
    expect(words(field)).toEqual(['Contact email is required.', 'Contact email es obligatorio.', 'Contact email måste fyllas i.']);
    const saved = await connections.save({ label: 'Clinic', vendor: 'cliniko', settings: { contactEmail: 'staff@example.com' } });
    const key = await refusal(() => connections.resolve(saved.id));
    expect(words(key)).toEqual([key.message, 'Falta la clave API de "Clinic". Edita la conexión y vuelve a pegarla.', 'API-nyckeln för "Clinic" saknas. Redigera anslutningen och klistra in den igen.']);
  });

  it('of a submission that changes one price twice or a read-only one', async () => {
    const twice = await refusal(() => assertOneChangePerField([row('a'), row('a')]));
    const twiceField = await refusal(() => assertOneChangePerField([row('a', 'wholesale'), row('a', 'wholesale')]));
    const readOnly = await refusal(() => assertWritableFields([row('a', 'rrp')], [{ id: 'rrp', label: 'RRP', primary: false, readOnly: 'Cin7 sets it from the price tier.' }]));
    expect(words(twice)).toEqual([
      'Nothing was sent: SKU-a changes its price twice in one submission. Keep one of the two changes and send again.',
      'No se envió nada: SKU-a cambia su precio dos veces en un mismo envío. Deja uno de los dos cambios y vuelve a enviar.',
      'Inget skickades: SKU-a ändrar sitt pris två gånger i samma utskick. Behåll en av ändringarna och skicka igen.',
    ]);
    expect(words(twiceField)[0]).toBe(twiceField.message);
    const [en, es] = words(readOnly);
    expect(en).toBe(readOnly.message);
    expect(es).toBe('No se envió nada: SKU-a cambia un precio de solo lectura. RRP no se puede cambiar desde PriceDesk: Cin7 sets it from the price tier.');
  });

  it('of a submission still being sent, busy, unknown or that cannot be verified', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pricedesk-refused-'));
    const writer = await JournalWriter.create(dataDir, start);
    // This window still holds the journal's lease while it sends.
    const busy = await refusal(() => JournalWriter.reopen(dataDir, writer.id, 'app'));
    const running = await refusal(() => assertIdle(foldJournal([{ t: 'start', id: writer.id, at: '', ...start }], true), 'revert'));
    await writer.intent(['a']);
    await writer.end(null);
    await writer.close();
    const noReadBack = { testConnection: async () => ({ ok: true }) } as unknown as VendorClient;
    const cannot = await refusal(() => verifySubmission(dataDir, writer.id, noReadBack, 'Cin7 Omni', AbortSignal.timeout(5_000), 'app'));
    const unknown = await refusal(() => loadSubmission(dataDir, '20260101T000000-00000000'));
    // The command line sends it on another till: the refusal names that, in words of ours.
    const holder = { pid: 7, host: 'till-2', source: 'cli' as const, purpose: 'sending' as const, at: '' };
    const finished = foldJournal([{ t: 'start', id: writer.id, at: '', ...start }], false);
    const elsewhere = await refusal(() => assertIdle({ ...finished, busyElsewhere: describeHolder(holder), busyHolder: holder }, 'retry'));

    for (const error of [busy, running, cannot, unknown, elsewhere]) {
      const [en, es, sv] = words(error);
      expect(en).toBe(error.message);
      expect([es, sv]).not.toContain(en);
      expect(`${es} ${sv}`).not.toContain('{{');
    }
    expect(busy.said?.id).toBe('refused.busySendingHere');
    expect(words(elsewhere)[0]).toMatch(/^Submission \S+ is busy\. Being sent by the command line \(process 7 on till-2\)\. Retry, revert/);
    expect(words(elsewhere)[2]).toMatch(/^Utskick \S+ är upptaget: det skickas från kommandoraden \(process 7 på till-2\)\. Nytt försök/);
    expect(words(running)[2]).toBe(`Utskick ${writer.id} skickas fortfarande. Vänta tills det är klart innan du återställer.`);
    expect(words(cannot)[1]).toBe('Cin7 Omni no permite leer precios sueltos, así que PriceDesk no puede verificar estas filas. Recarga el catálogo y revísalas ahí.');
    expect(words(unknown)[2]).toBe('Det finns inget utskick "20260101T000000-00000000".');

    // A retry does not send again a row that went through: the row says so.
    const record = await loadSubmission(dataDir, writer.id);
    const done = { ...record, rows: record.rows.map((r) => ({ ...r, status: 'ok' as const })) };
    const { refused } = await planRetry(dataDir, done, [row('a')]);
    expect(words(refused[0]!)).toEqual(['Not resent: it already went through.', 'No se reenvió: ya se aplicó.', 'Inte skickat igen: det har redan gått igenom.']);
  });
});

describe('a submission that stopped early', () => {
  it('keeps the words of why, in its answer and its journal, with the vendor’s words redacted', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pricedesk-refused-'));
    const redactor = new Redactor();
    redactor.add('sk_live_42');
    // The connector stops as it does when the person presses Cancel: with the reason it was given.
    const stopped = Object.assign(userCancelled(), { vendorMessage: 'key sk_live_42 was busy' });
    const client = { submit: async () => Promise.reject(stopped) } as unknown as VendorClient;
    const outcome = await runSubmission({ dataDir, log: memoryLogger(), redactor, client, connection: { id: 'c1', label: 'Main shop', vendor: 'cin7' }, rows: [row('a')], source: 'app', signal: new AbortController().signal, onProgress: () => undefined, onResults: () => undefined });
    expect(outcome.failure).toBe('Cancelled by the user.');
    expect(outcome.failureWords).toEqual({ said: { id: 'refused.userCancelled' }, vendorMessage: 'key [redacted] was busy' });
    const record = await loadSubmission(dataDir, outcome.id);
    expect(record.failureWords).toEqual(outcome.failureWords);
    expect(words({ message: record.failure, ...record.failureWords })).toEqual([
      'Cancelled by the user. “key [redacted] was busy”',
      'Cancelado por el usuario. “key [redacted] was busy”',
      'Avbrutet av användaren. “key [redacted] was busy”',
    ]);
    // The row it never sent says why in the same words.
    expect(record.rows[0]).toMatchObject({ status: 'skipped', message: 'Not sent: Cancelled by the user.', said: { id: 'refused.userCancelled' } });
    expect(words(record.rows[0]!)[1]).toBe('Cancelado por el usuario. “key [redacted] was busy”');
  });
});

describe('a failed call in the window', () => {
  it('is said in the person’s language, whatever part of the window shows it', () => {
    const error = new CallError('conflict', 'A submission to this connection is already running. Wait for it or cancel it first.', { said: { id: 'refused.submissionRunning' } });
    expect(errorText(error)).toBe(error.message);
    applyLocale('es-ES');
    expect(errorText(error)).toBe('Ya hay un envío en curso a esta conexión. Espera a que termine o cancélalo antes.');
    applyLocale('sv-SE');
    expect(errorText(error)).toBe('Ett utskick till den här anslutningen pågår redan. Vänta tills det är klart eller avbryt det först.');
    expect(errorText(new Error('Disk full.'))).toBe('Disk full.');
  });
});
