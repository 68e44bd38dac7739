/**
 * The renderer's way to the main-process side: `host` implements the HostApi contract over the
 * Electron preload bridge when present, else over the browser shell's WebSocket.
 */
import type { HostApi } from '../../electron/contract/hostApi';
import { TOKEN_PARAM, WIRE_PATH } from '../../electron/contract/wireProtocol';
import { hostFromBridge } from './bridgeHost';
import { createSocketHost, type SocketHost } from './socketHost';

export { HostRequestError, type HostErrorCode } from './hostRequestError';
export { createSocketHost, type SocketHost, type SocketLike } from './socketHost';
export { hostFromBridge } from './bridgeHost';

/** The shell's socket URL for this page: same host, the token from `?token=` (a cookie covers reloads without it). */
export function socketUrl(location: Pick<Location, 'protocol' | 'host' | 'search'>): string {
  const token = new URLSearchParams(location.search).get(TOKEN_PARAM);
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${WIRE_PATH}${token ? `?${TOKEN_PARAM}=${encodeURIComponent(token)}` : ''}`;
}

let instance: HostApi | undefined;

/**
 * Which transport the page has: Electron's `window.convas`, else the browser shell's socket
 * (connected on first use).
 * @example const { host: kind, backend } = await getHost().getInfo({});
 */
export function getHost(): HostApi {
  instance ??= window.convas ? hostFromBridge(window.convas) : createSocketHost({ url: socketUrl(window.location) });
  return instance;
}

/**
 * Follows the browser shell's connection (for a "reconnecting…" banner); Electron's ipc never drops.
 * @example useEffect(() => onConnectionChange(setOnline), []);
 */
export function onConnectionChange(listener: (connected: boolean) => void): () => void {
  const current = getHost() as HostApi & Partial<Pick<SocketHost, 'onConnectionChange'>>;
  return current.onConnectionChange ? current.onConnectionChange(listener) : () => undefined;
}

/**
 * The app's host, resolved on first use so importing this module has no side effects.
 * @example await host.saveProject({ path, project });
 */
export const host: HostApi = new Proxy({} as HostApi, {
  get: (_target, key) => Reflect.get(getHost(), key),
});
