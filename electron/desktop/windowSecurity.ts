/** What a page in the desktop app may not do: navigate away, open windows, ask for permissions. */
import type { Session, Shell, WebContents } from 'electron';
import { APP_ORIGIN } from './channels';

/** The CSP of the desktop renderer: like the browser shell's, without its WebSocket. */
export const DESKTOP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const isOwnPage = (url: string) => url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/**
 * Links to the web open in the system browser; everything else that would leave the app's own
 * pages is refused.
 * @example app.on('web-contents-created', (_e, contents) => hardenContents(contents, shell));
 */
export function hardenContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event, url) => {
    if (isOwnPage(url)) return;
    event.preventDefault();
    if (isWebLink(url)) void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', event => event.preventDefault());
}

/** No camera, microphone, notifications…: Convas needs none. CSP on every response, as a second layer. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [DESKTOP_CSP] } });
  });
}
