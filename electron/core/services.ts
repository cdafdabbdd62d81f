/**
 * Assembles the Node-side app from a Host: the handler map for every contract channel and
 * the registry that validates and wraps calls. Used unchanged by Electron's main, the CLI
 * and the browser test harness.
 */
import { appHandlers } from './handlers/app';
import { catalogHandlers } from './handlers/catalog';
import { changeHandlers } from './handlers/changes';
import { createConnectionBook, type ConnectionBook } from './connections';
import { connectionHandlers } from './handlers/connections';
import { historyHandlers } from './handlers/history';
import { mappingHandlers } from './handlers/mappings';
import { draftHandlers } from './handlers/drafts';
import type { Host } from './host';
import { assertComplete, createRegistry, mergeHandlers, type Registry } from './registry';

export interface Services {
  registry: Registry;
  connections: ConnectionBook;
}

export interface ServiceOptions {
  /** Settings for the built-in sandbox (tests shorten its latency). */
  sandboxSettings?: Record<string, string>;
}

export function createServices(host: Host, options: ServiceOptions = {}): Services {
  const connections = createConnectionBook({ settings: host.settings, vault: host.vault, redactor: host.redactor, log: host.log, sandboxSettings: options.sandboxSettings });
  const handlers = assertComplete(
    mergeHandlers(
      appHandlers(host),
      connectionHandlers(host, connections),
      catalogHandlers(host, connections),
      changeHandlers(host, connections),
      historyHandlers(host, connections),
      mappingHandlers(host),
      draftHandlers(host),
    ),
  );
  return { registry: createRegistry(handlers, host.log, host.redactor), connections };
}
