/**
 * The browser harness's preload: builds `window.priceDesk` with the same function as
 * electron/preload, over a transport that reaches the real main-side registry in the test
 * process (a Playwright binding) instead of Electron's IPC.
 */
import { createPriceDeskApi } from '../../shared/bridge';

declare global {
  interface Window {
    __pdInvoke(channel: string, payload: unknown): Promise<string>;
    __pdEmit(event: string, payload: unknown): void;
  }
}

const listeners = new Map<string, Set<(payload: unknown) => void>>();
const invoke = window.__pdInvoke;

Object.defineProperty(window, '__pdEmit', {
  value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
});

window.priceDesk = Object.freeze(
  createPriceDeskApi({
    invoke: async (channel, payload) => JSON.parse(await invoke(channel, payload)) as unknown,
    subscribe: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  }),
);
