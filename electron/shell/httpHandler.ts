/** HTTP side of the browser shell: security checks first, then the built renderer. */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { ConvasError } from '../../engine/core/errors';
import { rendererMissing } from './rendererMissing';
import { hasToken, hostAllowed, securityHeaders, tokenCookie } from './shellSecurity';
import { lookupStatic, sendFile } from './staticFiles';

export interface ShellSettings {
  rendererDir: string;
  token: string;
  /** Known once the server listens (port 0 picks a free one). */
  port: number;
  /** Why the UI could not be built, when that is why index.html is missing. */
  rendererProblem?: ConvasError;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`);
const withCode = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/** Shown instead of the UI when dist/renderer has no index.html: why, and the command that fixes it. */
function notBuiltPage(problem: ConvasError): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Convas: UI not built</title>
<body style="font-family: sans-serif; max-width: 50em; margin: 4em auto">
<h1>The Convas UI is not available</h1>
<p>The server is running, but it has no UI to serve.</p>
<pre style="white-space: pre-wrap">${escapeHtml(problem.message)}</pre>
<p>${withCode(problem.hint)}</p></body></html>`;
}

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
      return plain(
        res,
        403,
        'Forbidden: open Convas with the full URL that `convas serve` printed (it carries the session token).',
      );
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return plain(res, 405, 'Method not allowed.');
    }
    // The page's scripts and styles are fetched without the query: a cookie carries the token for them.
    res.setHeader('Set-Cookie', `${tokenCookie(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    if (url.pathname === '/' && !existsSync(path.join(rendererDir, 'index.html'))) {
      res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notBuiltPage(settings.rendererProblem ?? rendererMissing(rendererDir)));
      return;
    }
    const found = await lookupStatic(rendererDir, url.pathname);
    if (found.status !== 200)
      return plain(
        res,
        found.status,
        found.status === 404 ? 'Not found.' : found.status === 403 ? 'Forbidden.' : 'Bad request.',
      );
    sendFile(res, found.file, found.size, req.method === 'HEAD');
  };
}
