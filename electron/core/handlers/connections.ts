import type { ConnectionTestResult } from '../../../shared/contract';
import { wordsOf } from '../../../shared/submission';
import { AppError, errorWords, isAbort } from '../errors';
import { SANDBOX_ID, type ConnectionBook } from '../connections';
import type { Host } from '../host';
import type { PartialHandlers } from '../registry';
import { getAdapter } from '../../vendors/registry';

const TEST_TIMEOUT_MS = 30_000;

export function connectionHandlers(host: Host, book: ConnectionBook) {
  return {
    'connections:list': async () => {
      const connections = await book.list();
      const saved = host.settings.get('activeConnectionId');
      const activeId = connections.some((c) => c.id === saved) ? saved : SANDBOX_ID;
      return { connections, activeId };
    },
    'connections:setActive': async ({ id }) => {
      book.assertExists(id);
      host.settings.set('activeConnectionId', id);
      return null;
    },
    'connections:save': (input) => book.save(input),
    'connections:setSecret': async ({ id, secret }) => {
      await book.setSecret(id, secret);
      return { secretState: 'set' as const };
    },
    'connections:duplicate': ({ id, label }) => book.duplicate(id, label),
    'connections:remove': async ({ id }) => {
      await book.remove(id);
      return null;
    },
    'connections:test': async ({ id }) => {
      let result: ConnectionTestResult;
      try {
        const { summary, connection } = await book.resolve(id);
        const client = getAdapter(summary.vendor).connect(connection, host);
        result = await client.testConnection(AbortSignal.timeout(TEST_TIMEOUT_MS));
      } catch (error) {
        // A test that fails is an answer, not an error: the user reads why.
        if (error instanceof AppError && error.code !== 'not_found') result = { ok: false, message: error.message, ...errorWords(error) };
        else if (isAbort(error)) result = { ok: false, message: 'The platform did not answer within 30 seconds.', said: { id: 'connection.noAnswer', params: { seconds: TEST_TIMEOUT_MS / 1000 } } };
        else throw error;
      }
      // Test messages quote the vendor's answer; they are stored and shown, so masked first.
      result = host.redactor.reported(result);
      // The fields are learned again at each test; only the verdict is remembered, with its words for the sidebar.
      book.recordTest(id, { ok: result.ok, message: result.message, ...wordsOf(result) });
      host.log.info(`connection test ${id}: ${result.ok ? 'ok' : 'failed'}`);
      return result;
    },
  } satisfies PartialHandlers;
}
