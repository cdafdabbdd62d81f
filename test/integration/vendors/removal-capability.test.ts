/**
 * `capabilities.deletesPrices` is what the UI and the revert planner trust; `removePrices`
 * is what the engine calls. They must agree for every registered connector, whether the
 * settings work or not (a connector with unusable settings still answers removals itself).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../electron/core/redact';
import { adapters } from '../../../electron/vendors/registry';
import type { AdapterEnv } from '../../../electron/vendors/types';
import { memoryLogger } from '../../support/quiet-log';

/** Valid-looking settings per connector; connecting does no I/O for any of them. */
const usable: Record<string, { settings: Record<string, string>; secret: Record<string, string> }> = {
  sandbox: { settings: {}, secret: {} },
  xclade: { settings: { tenant: 'myshop', priceListId: 'plist_01ABC', currency: 'EUR', authMode: 'secretKey' }, secret: { secretKey: 'sk_live_0123456789abcdef' } },
  cliniko: { settings: { contactEmail: 'it@clinic.example' }, secret: { apiKey: 'MS0xLWFiY2RlZmdoaWprbG1ub3A-au1' } },
  geins: { settings: { apiUser: 'api@shop.example', priceListId: '1' }, secret: { apiPassword: 'pw-123456', apiKey: 'abcdefgh12345678' } },
  alephee: { settings: { accountId: '1', priceListId: '11' }, secret: { apiKey: 'k-123456789' } },
  cin7: { settings: { username: 'shop-user' }, secret: { apiKey: 'k-12345678' } },
};

// Never created: connecting reads and writes nothing.
const env = (): AdapterEnv => ({ dataDir: join(tmpdir(), 'pricedesk-caps-unused'), log: memoryLogger(), redactor: new Redactor() });

describe('price removal capability', () => {
  it('names a usable connection for every registered connector', () => {
    expect(adapters.map((a) => a.description.id).sort()).toEqual(Object.keys(usable).sort());
    expect(adapters.filter((a) => a.description.capabilities.deletesPrices).map((a) => a.description.id).sort()).toEqual(['geins', 'sandbox', 'xclade']);
  });

  it.each(adapters.map((a) => [a.description.id, a] as const))('%s has removePrices exactly when it says deletesPrices', (id, adapter) => {
    const { deletesPrices } = adapter.description.capabilities;
    const good = adapter.connect({ id: `${id}-1`, ...usable[id]! }, env());
    const bad = adapter.connect({ id: `${id}-2`, settings: {}, secret: {} }, env());
    expect(typeof good.removePrices === 'function').toBe(deletesPrices);
    expect(typeof bad.removePrices === 'function').toBe(deletesPrices);
  });
});
