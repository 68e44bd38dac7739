/** Whether dist/renderer is a production build of the sources beside it. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** What the bundle is made of: the UI, the pure engine it imports, the contract and the wire format. */
export const RENDERER_SOURCES = [
  'renderer',
  'engine',
  'electron/contract',
  'electron/shell',
  'vite.config.ts',
  'package-lock.json',
];

export type RendererFreshness = 'fresh' | 'missing' | 'stale' | 'development';

export const rendererDirOf = (root: string): string => path.join(root, 'dist', 'renderer');

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map(c => newestMtime(path.join(entry, c))));
  return Math.max(info.mtimeMs, ...times);
}

/** React's development bundle (built with NODE_ENV≠production) is several times slower: never serve it. */
async function isDevelopmentBuild(rendererDir: string): Promise<boolean> {
  const assets = await readdir(path.join(rendererDir, 'assets')).catch(() => [] as string[]);
  const scripts = await Promise.all(
    assets.filter(a => a.endsWith('.js')).map(a => readFile(path.join(rendererDir, 'assets', a), 'utf8')),
  );
  return scripts.some(s => s.includes('react.dev/link/wrap-tests-with-act'));
}

/**
 * Compares dist/renderer/index.html with the newest file among the sources.
 * @example await rendererFreshness('/home/ada/convas') // 'missing' on a fresh clone
 */
export async function rendererFreshness(root: string): Promise<RendererFreshness> {
  const dir = rendererDirOf(root);
  const built = await stat(path.join(dir, 'index.html')).then(
    s => s.mtimeMs,
    () => 0,
  );
  if (built === 0) return 'missing';
  const sources = Math.max(...(await Promise.all(RENDERER_SOURCES.map(s => newestMtime(path.join(root, s))))));
  if (built <= sources) return 'stale';
  return (await isDevelopmentBuild(dir)) ? 'development' : 'fresh';
}
