import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/contract';
import { fail } from '../../shared/envelope';
import type { Logger } from '../core/log';
import type { Registry } from '../core/registry';
import { isAppUrl } from './security';

/** Wires every contract channel to the registry, refusing senders that are not our page. */
export function registerIpc(registry: Registry, log: Logger): void {
  for (const name of channelNames) {
    ipcMain.handle(name, (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isAppUrl(event.senderFrame?.url)) {
        log.warn(`IPC ${name} refused from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return fail('invalid_request', 'This request did not come from PriceDesk itself.', { said: { id: 'refused.notFromApp' } });
      }
      return registry.invoke(name, payload);
    });
  }
}
