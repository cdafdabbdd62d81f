/**
 * Builds `window.priceDesk` from the contract. The preload calls it with Electron's
 * transport; the browser test harness calls it with one that reaches the same main-side
 * registry. Either way the renderer sees one named API per channel (`priceDesk.catalog.load`)
 * and never a raw invoke or ipcRenderer.
 */
import type { Envelope } from './envelope';
import {
  channelNames,
  eventNames,
  type ChannelName,
  type EventName,
  type EventPayload,
  type Request,
  type Response,
} from './contract';

/** How the API reaches main: one call per request, one subscription per event. */
export interface Transport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  /** Returns a function that ends the subscription. */
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

type DomainOf<C> = C extends `${infer D}:${string}` ? D : never;
type ActionsOf<D extends string> = {
  [C in ChannelName as C extends `${D}:${infer A}` ? A : never]: (
    request: Request<C>,
  ) => Promise<Envelope<Response<C>>>;
};

/** The renderer's view of main: `priceDesk.<domain>.<action>(request)` and `priceDesk.on(event, fn)`. */
export type PriceDeskApi = { [D in DomainOf<ChannelName>]: ActionsOf<D> } & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export function createPriceDeskApi(transport: Transport): PriceDeskApi {
  const api: Record<string, unknown> = {};
  for (const name of channelNames) {
    const [domain, action] = name.split(':') as [string, string];
    const group = (api[domain] ??= {}) as Record<string, unknown>;
    group[action] = (request: unknown) => transport.invoke(name, request ?? {});
  }
  const known = new Set<string>(eventNames);
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!known.has(event)) throw new Error(`Unknown event ${event}`);
    return transport.subscribe(event, listener);
  };
  return api as PriceDeskApi;
}
