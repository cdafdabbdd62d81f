/**
 * Issue #16: the app's own refusals reach the window with our words (`said`) beside the
 * English message, through the real IPC registry: saving the demo shop, a second submission
 * while one runs.
 */
import { describe, expect, it } from 'vitest';
import type { Response } from '../../shared/contract';
import { changeOf, sandboxServices } from '../support/sandbox-services';

describe('a refused call', () => {
  it('answers with the id of our words and its parameters', async () => {
    const { registry, call, rows } = await sandboxServices();
    expect(await registry.invoke('connections:save', { id: 'sandbox', label: 'Mine now', vendor: 'sandbox', settings: {} })).toEqual({
      ok: false,
      error: { code: 'invalid_request', message: 'The demo shop cannot be changed.', said: { id: 'refused.demoUnchangeable' } },
    });

    // Both start in this order; the first holds the connection until it ends.
    const first = registry.invoke('changes:submit', { connectionId: 'sandbox', changes: [changeOf(rows[0]!, '40.00')] });
    const second = registry.invoke('changes:submit', { connectionId: 'sandbox', changes: [changeOf(rows[1]!, '41.00')] });
    expect(await second).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'A submission to this connection is already running. Wait for it or cancel it first.', said: { id: 'refused.submissionRunning' } },
    });
    const sent = await first;
    expect(sent.ok).toBe(true);
    const { submissionId } = (sent as { data: Response<'changes:submit'> }).data;

    expect(await call<Response<'history:list'>>('history:list', {})).toMatchObject({ submissions: [{ id: submissionId }] });
  });
});
