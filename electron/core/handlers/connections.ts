import type { ConnectionSummary } from '../../../shared/types';
import { AppError } from '../errors';
import type { Host } from '../host';
import type { PartialHandlers } from '../registry';
import type { ResolvedConnection } from '../../vendors/types';

/** The demo shop every install starts with; it needs no account and cannot be removed. */
export const SANDBOX_CONNECTION: ConnectionSummary = {
  id: 'sandbox',
  label: 'Demo shop',
  vendor: 'sandbox',
  settings: {},
  builtIn: true,
};

/** Saved connections. Only the built-in sandbox for now; the connection manager adds storage. */
export interface ConnectionBook {
  list(): ConnectionSummary[];
  /** The connection with its secret, for main-side use only. */
  resolve(id: string): Promise<{ summary: ConnectionSummary; connection: ResolvedConnection }>;
}

export function createConnectionBook(sandboxSettings: Record<string, string> = {}): ConnectionBook {
  const sandbox = { ...SANDBOX_CONNECTION, settings: { ...sandboxSettings } };
  return {
    list: () => [sandbox],
    async resolve(id) {
      if (id !== sandbox.id) throw new AppError('not_found', 'That connection no longer exists. Pick another one in the sidebar.');
      return { summary: sandbox, connection: { id, settings: sandbox.settings, secret: {} } };
    },
  };
}

export function connectionHandlers(host: Host, book: ConnectionBook) {
  return {
    'connections:list': () => {
      const connections = book.list();
      const saved = host.settings.get('activeConnectionId');
      const activeId = connections.some((c) => c.id === saved) ? saved : SANDBOX_CONNECTION.id;
      return { connections, activeId };
    },
    'connections:setActive': async ({ id }) => {
      await book.resolve(id);
      host.settings.set('activeConnectionId', id);
      return null;
    },
  } satisfies PartialHandlers;
}
