/** The ipc channel names, derived from the contract so preload and main cannot drift apart. */
import type { HostMethod } from '../contract/hostApi';

/** One channel per host method. @example channelOf('openProject') // 'convas:openProject' */
export const channelOf = <M extends HostMethod>(method: M): `convas:${M}` => `convas:${method}`;

/** Main → renderer: every HostEvent. */
export const EVENT_CHANNEL = 'convas:event';

/** The renderer is served from this privileged scheme, never from file:// or the network. */
export const APP_SCHEME = 'convas-app';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
