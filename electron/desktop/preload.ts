/**
 * The renderer's only door to the main process: `window.convas`, one named function per host
 * method, each fixed to its own channel, plus onEvent. No raw ipcRenderer or invoke passthrough.
 * Runs sandboxed; bundled to CommonJS with its imports inlined (electron/desktop/bundle.ts).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { HOST_METHOD_NAMES, type HostBridge, type HostEvent } from '../contract/hostApi';
import { channelOf, EVENT_CHANNEL } from './channels';

const methods = Object.fromEntries(
  HOST_METHOD_NAMES.map(method => {
    const channel = channelOf(method);
    return [method, (params: unknown) => ipcRenderer.invoke(channel, params)];
  }),
) as Omit<HostBridge, 'onEvent'>;

const bridge: HostBridge = {
  ...methods,
  onEvent(listener) {
    // The ipc event object (with its sender) stays here; the page only gets the HostEvent.
    const relay = (_event: IpcRendererEvent, hostEvent: HostEvent) => listener(hostEvent);
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('convas', bridge);
