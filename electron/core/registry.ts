/**
 * Turns the contract plus a handler map into one `invoke(channel, payload)` that validates,
 * runs and wraps. Electron's ipcMain, the CLI and the browser test harness all call this
 * same function, so what the tests exercise is what the app runs.
 */
import { channels, describeIssues, issueFields, type ChannelName, type ParsedRequest, type Response } from '../../shared/contract';
import { fail, ok, type Envelope } from '../../shared/envelope';
import { AppError, isAbort } from './errors';
import type { Logger } from './log';
import type { Redactor } from './redact';

export type Handler<C extends ChannelName> = (request: ParsedRequest<C>) => Promise<Response<C>> | Response<C>;

/** Every channel of the contract with its handler; TypeScript demands completeness. */
export type HandlerMap = { [C in ChannelName]: Handler<C> };

/** A domain's share of the handlers (`'catalog:load': loadCatalog`). */
export type PartialHandlers = Partial<HandlerMap>;

/** Merges domain handler maps, refusing a channel claimed twice. */
export function mergeHandlers<T extends PartialHandlers[]>(...maps: T): PartialHandlers {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (name in merged) throw new Error(`IPC channel ${name} has two handlers`);
      merged[name] = handler;
    }
  }
  return merged as PartialHandlers;
}

/** Checks at start-up that every contract channel has a handler (and no stray ones exist). */
export function assertComplete(map: PartialHandlers): HandlerMap {
  const missing = Object.keys(channels).filter((name) => !(name in map));
  const extra = Object.keys(map).filter((name) => !(name in channels));
  if (missing.length || extra.length) {
    throw new Error(`IPC handlers incomplete: missing [${missing.join(', ')}], unknown [${extra.join(', ')}]`);
  }
  return map as HandlerMap;
}

export interface Registry {
  invoke(channel: unknown, payload: unknown): Promise<Envelope<unknown>>;
}

/** `redactor` masks secrets in every error message before it leaves for the renderer or the CLI. */
export function createRegistry(handlers: HandlerMap, log: Logger, redactor: Redactor): Registry {
  return {
    async invoke(channel, payload) {
      if (typeof channel !== 'string' || !Object.hasOwn(channels, channel)) {
        log.warn(`IPC call to unknown channel ${String(channel).slice(0, 100)}`);
        return fail('unknown_channel', 'The app asked for something this version does not know.', { said: { id: 'error.unknownChannel' } });
      }
      const name = channel as ChannelName;
      const parsed = channels[name].request.safeParse(payload);
      if (!parsed.success) {
        const message = describeIssues(parsed.error);
        log.warn(`IPC ${name} rejected: ${message}`);
        return fail('invalid_request', message, { said: { id: 'error.invalidRequest', params: { fields: issueFields(parsed.error) } } });
      }
      try {
        const handler = handlers[name] as (request: unknown) => unknown;
        return ok(await handler(parsed.data));
      } catch (error) {
        if (error instanceof AppError) {
          log.warn(`IPC ${name} failed: ${error.code} ${error.message}${error.detail ? ` (${error.detail})` : ''}`);
          if (error.cause) log.error(`cause of ${name} failure`, error.cause);
          const vendorMessage = error.vendorMessage === undefined ? {} : { vendorMessage: redactor.redact(error.vendorMessage) };
          return fail(error.code, redactor.redact(error.message), { ...(error.said ? { said: error.said } : {}), ...vendorMessage });
        }
        if (isAbort(error)) return fail('cancelled', 'Cancelled.', { said: { id: 'error.cancelled' } });
        log.error(`IPC ${name} crashed`, error);
        return fail('internal', 'Something went wrong inside PriceDesk. The details were written to the log file.', { said: { id: 'error.internal' } });
      }
    },
  };
}
