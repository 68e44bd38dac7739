/** HTTP side of the browser shell: security checks first, then the built renderer. */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { hasToken, hostAllowed, securityHeaders, tokenCookie } from './shellSecurity';
import { lookupStatic, sendFile } from './staticFiles';

export interface ShellSettings {
  rendererDir: string;
  token: string;
  /** Known once the server listens (port 0 picks a free one). */
  port: number;
}

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Convas: UI not built</title>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto">
<h1>The Convas UI is not built yet</h1>
<p>The server is running, but <code>dist/renderer</code> is missing. In the Convas folder run</p>
<pre>npm run build</pre>
<p>(or <code>npx vite build</code>), then reload this page.</p></body></html>`;

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}

/**
 * @example
 * const settings = { rendererDir: 'dist/renderer', token, port: 0 };
 * http.createServer(createHttpHandler(settings)); // set settings.port after listen
 */
export function createHttpHandler(settings: ShellSettings) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { port, token, rendererDir } = settings;
    for (const [name, value] of Object.entries(securityHeaders(port))) res.setHeader(name, value);
    if (!hostAllowed(req, port)) return plain(res, 403, 'Forbidden: Convas answers only at 127.0.0.1 or localhost.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!hasToken(req, url, token, port)) {
      return plain(res, 403, 'Forbidden: open Convas with the full URL that `convas serve` printed (it carries the session token).');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return plain(res, 405, 'Method not allowed.');
    }
    // The page's scripts and styles are fetched without the query: a cookie carries the token for them.
    res.setHeader('Set-Cookie', `${tokenCookie(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    if (url.pathname === '/' && !existsSync(path.join(rendererDir, 'index.html'))) {
      res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(NOT_BUILT);
      return;
    }
    const found = await lookupStatic(rendererDir, url.pathname);
    if (found.status !== 200) return plain(res, found.status, found.status === 404 ? 'Not found.' : found.status === 403 ? 'Forbidden.' : 'Bad request.');
    sendFile(res, found.file, found.size, req.method === 'HEAD');
  };
}
