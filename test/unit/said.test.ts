/**
 * Our words for what the Node side reports (shared/said.ts): every id the Node side may
 * say has English words, the English is what the Node side writes in `message` (so the
 * window and the CLI say the same), and `say` words it in the person's language with the
 * vendor's own words quoted after ours, or falls back to the English message.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale, resources } from '../../renderer/i18n';
import { say } from '../../renderer/i18n/say';
import { SAID_IDS, type SaidId } from '../../shared/said-ids';
import { nonPositive, nonPositiveMessage, nonPositiveSaid } from '../../shared/money';
import { skippedAsCancelled } from '../../electron/vendors/types';
import { failedRequestRows, noResult, notSent, stopSaid, stopWords, waitRefusedRows } from '../../electron/vendors/common/results';
import { HttpError } from '../../electron/core/http';

type Tree = { [key: string]: string | Tree };

/** The English `messages` keys as dotted ids, plural forms folded into their stem. */
function ids(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
    else for (const p of ids(v, path)) out.add(p);
  }
  return out;
}

const english = ids(resources.en.messages as unknown as Tree);
const change = { key: 'k1', sku: 'SKU-1', oldPrice: '1.00', newPrice: '2.00', currency: 'EUR', vendorIds: {} };

afterEach(() => applyLocale('en-US'));

describe('the said ids', () => {
  it('each have English words, and the catalogue has no words for an id nobody says', () => {
    expect(SAID_IDS.filter((id) => !english.has(id))).toEqual([]);
    // The `problem` words are the grid's (renderer/i18n/problems.ts), not ids the Node side says.
    expect([...english].filter((id) => !id.startsWith('problem.') && !(SAID_IDS as readonly string[]).includes(id))).toEqual([]);
  });
});

describe('the English words', () => {
  it('are the message the Node side writes', () => {
    const server = new HttpError(401, 'Geins did not accept the credentials.', undefined, { said: { id: 'http.authRefused', params: { vendor: 'Geins', status: 401 } } });
    const reported = [
      ...skippedAsCancelled([change]),
      noResult(change),
      ...notSent([change], stopWords('Cin7 Omni', server), stopSaid('Cin7 Omni', server)),
      ...['0', '-5', 'x'].map((price) => {
        const why = nonPositive(price)!;
        return { message: `Not sent. ${nonPositiveMessage(price, why)}`, said: nonPositiveSaid(price, why) };
      }),
    ];
    for (const r of reported) expect(say(r)).toBe(r.message);
  });

  it('keep the wait a vendor asked for in the rows it left unsent', () => {
    const wait = { vendor: 'Alephee', wait: '3 h', until: '2026-11-30 09:00 UTC', cap: '2 min' };
    const error = new HttpError(429, 'Alephee asked PriceDesk to wait 3 h before sending more (until 2026-11-30 09:00 UTC); PriceDesk waits at most 2 min, so it stopped here. Send the remaining prices again after 2026-11-30 09:00 UTC.', undefined, {
      retryAt: Date.now() + 3 * 3600_000,
      said: { id: 'http.waitTooLong', params: wait },
    });
    const [row] = waitRefusedRows([change], error);
    expect(say(row!)).toBe(row!.message);
    expect(say(row!)).toMatch(/^Not sent: Alephee asked PriceDesk to wait 3 h/);
  });
});

describe('say', () => {
  const server = new HttpError(503, 'Geins had a problem on its side (HTTP 503). Geins said: "Down for maintenance"', undefined, {
    said: { id: 'http.serverError', params: { vendor: 'Geins', status: 503 } },
    vendorMessage: 'Down for maintenance',
  });

  it('words a row in the person’s language, the vendor’s words quoted after ours', () => {
    const [row] = failedRequestRows('Geins', [change], server, false);
    expect(row!.status).toBe('unknown');
    applyLocale('es-ES');
    expect(say(row!)).toBe('Geins tuvo un problema de su lado (HTTP 503). No se sabe si aplicó este precio: revísalo antes de volver a enviarlo. “Down for maintenance”');
    applyLocale('sv-SE');
    expect(say(row!)).toBe('Geins fick ett fel på sin sida (HTTP 503). Det är okänt om priset sparades: kontrollera det innan du skickar igen. “Down for maintenance”');
  });

  it('picks the plural form by count', () => {
    applyLocale('sv-SE');
    const said = (count: number) => ({ id: 'connection.demoConnected' as SaidId, params: { count } });
    expect([say({ said: said(1), message: 'x' }), say({ said: said(500), message: 'x' })]).toEqual(['Ansluten till demobutiken: 1 produkt.', 'Ansluten till demobutiken: 500 produkter.']);
  });

  it('falls back to the English message without an id or for an id this window does not know', () => {
    applyLocale('es-ES');
    expect(say({ message: 'Price list 7 was not found.' })).toBe('Price list 7 was not found.');
    expect(say({ said: { id: 'row.fromANewerVersion' as SaidId }, message: 'From a newer version.' })).toBe('From a newer version.');
    expect(say({ message: null })).toBe('');
  });
});
