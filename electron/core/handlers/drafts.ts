import { createDraftStore } from '../drafts';
import type { Host } from '../host';
import { savedLayout } from '../layouts';
import type { PartialHandlers } from '../registry';

/** Drafts (unsent edits, in the data directory) and grid layouts (in settings), per connection. */
export function draftHandlers(host: Host) {
  const drafts = createDraftStore(host.dataDir, host.log);
  return {
    'drafts:load': ({ connectionId }) => drafts.load(connectionId),
    'drafts:save': ({ connectionId, edits }) => drafts.save(connectionId, edits),
    'drafts:discard': async ({ connectionId }) => {
      await drafts.discard(connectionId);
      return null;
    },
    'layouts:get': ({ connectionId }) => savedLayout(host.settings, connectionId),
    'layouts:save': ({ connectionId, layout }) => {
      host.settings.set('layouts', { ...host.settings.get('layouts'), [connectionId]: layout });
      return null;
    },
  } satisfies PartialHandlers;
}
