/** The Electron transport: wraps the preload's `window.convas` (replies as data) into HostApi. */
import {
  HOST_METHOD_NAMES,
  type HostApi,
  type HostBridge,
  type HostMethod,
  type HostReply,
} from '../../electron/contract/hostApi';
import { HostRequestError } from './hostRequestError';

declare global {
  interface Window {
    /** Set by the Electron preload (electron/desktop/preload.ts); absent in the browser shell. */
    convas?: HostBridge;
  }
}

function unwrap(method: HostMethod, reply: HostReply): unknown {
  if (!reply.ok) throw new HostRequestError(method, reply.error);
  return reply.result;
}

/**
 * @example const host = hostFromBridge(window.convas!); await host.listTemplates({});
 */
export function hostFromBridge(bridge: HostBridge): HostApi {
  const methods = Object.fromEntries(
    HOST_METHOD_NAMES.map(method => [
      method,
      async (params: unknown) => unwrap(method, await (bridge[method] as (p: unknown) => Promise<HostReply>)(params)),
    ]),
  );
  return { ...methods, onEvent: listener => bridge.onEvent(listener) } as HostApi;
}
