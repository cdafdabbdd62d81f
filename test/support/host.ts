import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventName, EventPayload } from '../../shared/contract';
import type { Host } from '../../electron/core/host';
import { createFileLogger } from '../../electron/core/log';
import { Redactor } from '../../electron/core/redact';
import { openSettings } from '../../electron/core/settings';
import { createKeychainVault } from '../../electron/core/vault';

/** A plain-Node Host over a fresh data directory, recording every event it is asked to push. */
export async function testHost(dataDir?: string): Promise<Host & { sent: { event: EventName; payload: unknown }[] }> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'pricedesk-test-')));
  const redactor = new Redactor();
  const sent: { event: EventName; payload: unknown }[] = [];
  return {
    dataDir: dir,
    appVersion: '0.0.0-test',
    platform: process.platform,
    settings: openSettings(dir),
    vault: createKeychainVault(),
    log: createFileLogger(dir, redactor),
    redactor,
    events: <E extends EventName>(event: E, payload: EventPayload<E>) => {
      sent.push({ event, payload });
    },
    openExternal: async () => undefined,
    sent,
  };
}
