/**
 * The renderer's way to the main-process side: which HostApi this page has. main.tsx asks once and
 * hands it to the app through ActionsProvider; nothing else reaches the host through this module.
 */
import type { HostApi } from '../../electron/contract/hostApi';
import { TOKEN_PARAM, WIRE_PATH } from '../../electron/contract/wireProtocol';
import { hostFromBridge } from './bridgeHost';
import { createSocketHost } from './socketHost';

/** The shell's socket URL for this page: same host, the token from `?token=` (a cookie covers reloads without it). */
export function socketUrl(location: Pick<Location, 'protocol' | 'host' | 'search'>): string {
  const token = new URLSearchParams(location.search).get(TOKEN_PARAM);
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${WIRE_PATH}${token ? `?${TOKEN_PARAM}=${encodeURIComponent(token)}` : ''}`;
}

/**
 * The transport this page has: Electron's preload bridge `window.convas`, else the browser shell's
 * socket (connected on first use). Call it once per page.
 * @example const host = pageHost(); const { host: kind, backend } = await host.getInfo({});
 */
export function pageHost(): HostApi {
  return window.convas ? hostFromBridge(window.convas) : createSocketHost({ url: socketUrl(window.location) });
}
