/** The built renderer (dist/renderer) as static files, never anything outside that folder. */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export const mimeType = (file: string): string => MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

const inside = (root: string, file: string) => {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

export type StaticLookup = { status: 200; file: string; size: number } | { status: 400 | 403 | 404 };

/**
 * Maps a URL path to a file under `root`: '/' is index.html; encoded or literal '..', NUL bytes
 * and links leading out of `root` are refused.
 * @example await lookupStatic('/srv/dist/renderer', '/assets/index.js') // { status: 200, file: '/srv/dist/renderer/assets/index.js', … }
 */
export async function lookupStatic(root: string, urlPath: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { status: 400 };
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const candidate = path.resolve(root, relative);
  if (!inside(root, candidate)) return { status: 403 };
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!inside(realRoot, realFile)) return { status: 403 };
    const info = await stat(realFile);
    return info.isFile() ? { status: 200, file: realFile, size: info.size } : { status: 404 };
  } catch {
    return { status: 404 };
  }
}

export function sendFile(res: ServerResponse, file: string, size: number, headOnly: boolean): void {
  res.writeHead(200, {
    'Content-Type': mimeType(file),
    'Content-Length': size,
    // index.html names the hashed bundles; it must be re-read after a rebuild.
    'Cache-Control': path.basename(file) === 'index.html' ? 'no-store' : 'no-cache',
  });
  if (headOnly) {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
