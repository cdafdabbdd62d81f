/**
 * The only bridge between the sandboxed page and main: `window.priceDesk`, built from the
 * contract. ipcRenderer itself is never exposed, and event listeners never see the
 * IpcRendererEvent (it would leak `sender`).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createPriceDeskApi, type PriceDeskApi } from '../../shared/bridge';

const api = createPriceDeskApi({
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe: (event, listener) => {
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, handler);
    return () => ipcRenderer.removeListener(event, handler);
  },
}) satisfies PriceDeskApi;

contextBridge.exposeInMainWorld('priceDesk', api);
