/** Serves the built renderer at convas-app://app/ (a secure standard scheme, not file://). */
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { lookupStatic, mimeType } from '../shell/staticFiles';
import { APP_SCHEME } from './channels';
import { DESKTOP_CSP } from './windowSecurity';

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * @example
 * registerAppScheme(protocol); await app.whenReady(); serveRenderer(protocol, path.join(appRoot, 'dist/renderer'));
 */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async request => {
    const headers = { 'Content-Security-Policy': DESKTOP_CSP, 'X-Content-Type-Options': 'nosniff' };
    const found = await lookupStatic(rendererDir, new URL(request.url).pathname);
    if (found.status !== 200) return new Response(null, { status: found.status, headers });
    return new Response(await readFile(found.file), { headers: { ...headers, 'Content-Type': mimeType(found.file) } });
  });
}
