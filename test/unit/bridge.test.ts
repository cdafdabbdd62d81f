import { describe, expect, it } from 'vitest';
import { createPriceDeskApi, type Transport } from '../../shared/bridge';
import { channelNames } from '../../shared/contract';

function recordingTransport() {
  const calls: [string, unknown][] = [];
  const subscriptions: string[] = [];
  const transport: Transport = {
    invoke: async (channel, payload) => {
      calls.push([channel, payload]);
      return { ok: true, data: null };
    },
    subscribe: (event) => {
      subscriptions.push(event);
      return () => subscriptions.splice(subscriptions.indexOf(event), 1);
    },
  };
  return { calls, subscriptions, transport };
}

describe('createPriceDeskApi', () => {
  it('exposes every contract channel as domain.action and sends its name with the payload', async () => {
    const { calls, transport } = recordingTransport();
    const api = createPriceDeskApi(transport) as unknown as Record<string, Record<string, (r: unknown) => Promise<unknown>>>;
    for (const name of channelNames) {
      const [domain, action] = name.split(':') as [string, string];
      await api[domain]![action]!({ probe: name });
    }
    expect(calls).toEqual(channelNames.map((name) => [name, { probe: name }]));
  });

  it('subscribes to known events and refuses unknown ones', () => {
    const { subscriptions, transport } = recordingTransport();
    const api = createPriceDeskApi(transport);
    const off = api.on('submit:progress', () => undefined);
    expect(subscriptions).toEqual(['submit:progress']);
    off();
    expect(subscriptions).toEqual([]);
    expect(() => api.on('secrets:leak' as never, () => undefined)).toThrow('Unknown event');
  });
});
