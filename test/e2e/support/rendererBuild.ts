/** The built renderer the shell serves: rebuilt with `npx vite build` only when a source is newer. */
import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO } from './paths';

export const RENDERER_DIR = path.join(REPO, 'dist', 'renderer');

/** What the bundle is made of: the UI, the pure engine it imports, the contract and the wire format. */
const SOURCES = ['renderer', 'engine', 'electron/contract', 'electron/shell', 'vite.config.ts', 'package-lock.json'];

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map(c => newestMtime(path.join(entry, c))));
  return Math.max(info.mtimeMs, ...times);
}

/** React's development bundle (built with NODE_ENV≠production) is several times slower: never measure it. */
async function isDevelopmentBuild(): Promise<boolean> {
  const assets = await readdir(path.join(RENDERER_DIR, 'assets')).catch(() => [] as string[]);
  const scripts = await Promise.all(assets.filter(a => a.endsWith('.js')).map(a => readFile(path.join(RENDERER_DIR, 'assets', a), 'utf8')));
  return scripts.some(s => s.includes('react.dev/link/wrap-tests-with-act'));
}

/** Builds dist/renderer when index.html is missing, older than any source, or a development build; resolves to what it did. */
export async function ensureRendererBuilt(): Promise<'fresh' | 'built'> {
  const built = await stat(path.join(RENDERER_DIR, 'index.html')).then(s => s.mtimeMs, () => 0);
  const sources = Math.max(...await Promise.all(SOURCES.map(s => newestMtime(path.join(REPO, s)))));
  if (built > sources && !(await isDevelopmentBuild())) return 'fresh';
  // vitest sets NODE_ENV=test, and vite builds React's development bundle for any NODE_ENV but production.
  const env = { ...process.env, NODE_ENV: 'production' };
  await promisify(execFile)('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO, env, timeout: 120_000 });
  return 'built';
}
