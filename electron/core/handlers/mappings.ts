/**
 * Remembers the import column mapping a user confirmed, per connection and per set of
 * headers, so the next file from the same supplier maps itself. Stored in the settings
 * file (no secrets), capped so it cannot grow without bound.
 */
import { normaliseHeader } from '../../../shared/import/guess';
import { PRICE_FIELD_ID } from '../../../shared/price-fields';
import type { Host } from '../host';
import type { PartialHandlers } from '../registry';

/** Most remembered mappings; the oldest are dropped beyond this. */
export const MAX_MAPPINGS = 200;

const keyOf = (connectionId: string, headers: string[]) => `${connectionId}\u0000${headers.map(normaliseHeader).join('|')}`;

export function mappingHandlers(host: Host) {
  return {
    'mappings:get': ({ connectionId, headers }) => {
      const saved = host.settings.get('importMappings')[keyOf(connectionId, headers)];
      if (!saved) return { mapping: null };
      const m = saved.mapping;
      const col = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < headers.length ? v : null);
      const mapping = { sku: col(m.sku), price: col(m.price), cost: col(m.cost), name: col(m.name), currency: col(m.currency) };
      // A mapping saved before price fields has none (the import then guesses them); a bad entry is dropped.
      if (!m.fields || typeof m.fields !== 'object') return { mapping };
      const fields = Object.entries(m.fields).flatMap(([fieldId, c]) => (PRICE_FIELD_ID.test(fieldId) && col(c) !== null ? [[fieldId, col(c)!] as const] : []));
      return { mapping: { ...mapping, fields: Object.fromEntries(fields) } };
    },
    'mappings:save': ({ connectionId, headers, mapping }) => {
      const all = { ...host.settings.get('importMappings'), [keyOf(connectionId, headers)]: { mapping, savedAt: new Date().toISOString() } };
      const keys = Object.keys(all).sort((a, b) => all[a]!.savedAt.localeCompare(all[b]!.savedAt));
      for (const key of keys.slice(0, Math.max(0, keys.length - MAX_MAPPINGS))) delete all[key];
      host.settings.set('importMappings', all);
      return null;
    },
  } satisfies PartialHandlers;
}
