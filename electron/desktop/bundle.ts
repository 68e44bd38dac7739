/**
 * Bundles the desktop entry for Electron into dist/electron/: main.mjs (ESM, npm packages left
 * to node_modules), worker.mjs, replicaWorker.mjs and decodeTask.mjs (thread entries), preload.cjs (CommonJS with everything
 * inlined, as sandboxed preloads require). Run with `npm run build:electron`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { APP_ROOT } from '../service/appDirs';

/** Modules that start threads from a file beside themselves, and what that file is in the bundle. */
const THREAD_ENTRIES = [
  {
    module: /engine[\\/]train[\\/]session\.ts$/,
    from: "new URL('./worker.ts', import.meta.url)",
    to: "new URL('./worker.mjs', import.meta.url)",
  },
  {
    module: /engine[\\/]train[\\/]parallelStep\.ts$/,
    from: "new URL('./replicaWorker.ts', import.meta.url)",
    to: "new URL('./replicaWorker.mjs', import.meta.url)",
  },
  // Bundled, the task module is plain JS: piscina loads it directly, without the tsx bootstrap.
  {
    module: /engine[\\/]data[\\/]stream[\\/]decodePool\.ts$/,
    from: "new URL('./decodeWorker.mjs', import.meta.url)",
    to: "new URL('./decodeTask.mjs', import.meta.url)",
  },
];

/** Points each thread start at its bundled file (beside main.mjs). */
const bundledThreadUrls: Plugin = {
  name: 'convas-bundled-thread-urls',
  setup(b) {
    for (const entry of THREAD_ENTRIES) {
      b.onLoad({ filter: entry.module }, async args => {
        const source = await readFile(args.path, 'utf8');
        // Fail the build, not the app, if a module ever changes how it names its thread's file.
        if (!source.includes(entry.from))
          throw new Error(`${args.path}: expected ${entry.from} to point at a bundled thread entry`);
        return { contents: source.replace(entry.from, entry.to), loader: 'ts' };
      });
    }
  },
};

/**
 * @example await bundleDesktop(); // dist/electron/{main.mjs, worker.mjs, replicaWorker.mjs, decodeTask.mjs, preload.cjs}
 */
export async function bundleDesktop(root = APP_ROOT): Promise<string> {
  const outdir = path.join(root, 'dist', 'electron');
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    absWorkingDir: root,
  } as const;
  await Promise.all([
    build({
      ...common,
      entryPoints: {
        main: 'electron/desktop/main.ts',
        worker: 'engine/train/worker.ts',
        replicaWorker: 'engine/train/replicaWorker.ts',
        decodeTask: 'engine/data/stream/decodeTask.ts',
      },
      outdir,
      format: 'esm',
      outExtension: { '.js': '.mjs' },
      packages: 'external',
      plugins: [bundledThreadUrls],
    }),
    // The preload inlines zod with the contract; minified it loads in a few milliseconds.
    build({
      ...common,
      entryPoints: { preload: 'electron/desktop/preload.ts' },
      outdir,
      format: 'cjs',
      outExtension: { '.js': '.cjs' },
      external: ['electron'],
      minify: true,
    }),
  ]);
  return outdir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const outdir = await bundleDesktop();
  console.log(
    `Bundled the desktop app into ${path.relative(process.cwd(), outdir) || outdir} (main.mjs, thread entries, preload.cjs).`,
  );
}
