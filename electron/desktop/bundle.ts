/**
 * Bundles the desktop entry for Electron into dist/electron/: main.mjs (ESM, npm packages left
 * to node_modules), worker.mjs (the training worker), preload.cjs (CommonJS with everything
 * inlined, as sandboxed preloads require). Run with `npm run build:electron`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { APP_ROOT } from '../service/appDirs';

const WORKER_URL = "new URL('./worker.ts', import.meta.url)";

/** The session finds its worker beside itself; in the bundle that is worker.mjs beside main.mjs. */
const bundledWorkerUrl: Plugin = {
  name: 'convas-bundled-worker-url',
  setup(b) {
    b.onLoad({ filter: /engine[\\/]train[\\/]session\.ts$/ }, async args => {
      const source = await readFile(args.path, 'utf8');
      // Fail the build, not the app, if session.ts ever changes how it names its worker.
      if (!source.includes(WORKER_URL)) throw new Error(`${args.path}: expected ${WORKER_URL} to point at the bundled worker`);
      return { contents: source.replace(WORKER_URL, "new URL('./worker.mjs', import.meta.url)"), loader: 'ts' };
    });
  },
};

/**
 * @example await bundleDesktop(); // dist/electron/{main.mjs, worker.mjs, preload.cjs}
 */
export async function bundleDesktop(root = APP_ROOT): Promise<string> {
  const outdir = path.join(root, 'dist', 'electron');
  const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning', absWorkingDir: root } as const;
  await Promise.all([
    build({
      ...common,
      entryPoints: { main: 'electron/desktop/main.ts', worker: 'engine/train/worker.ts' },
      outdir, format: 'esm', outExtension: { '.js': '.mjs' }, packages: 'external', plugins: [bundledWorkerUrl],
    }),
    // The preload inlines zod with the contract; minified it loads in a few milliseconds.
    build({ ...common, entryPoints: { preload: 'electron/desktop/preload.ts' }, outdir, format: 'cjs', outExtension: { '.js': '.cjs' }, external: ['electron'], minify: true }),
  ]);
  return outdir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const outdir = await bundleDesktop();
  console.log(`Bundled the desktop app into ${path.relative(process.cwd(), outdir) || outdir} (main.mjs, worker.mjs, preload.cjs).`);
}
