/**
 * Starts a TypeScript worker thread. Node 20 does not carry tsx's loader hooks into workers, so
 * a tiny bootstrap registers tsx inside the worker first and then imports the entry.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// The ESM build of tsx's API (its CJS build resolves the hooks relative to itself and fails here).
const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
const tsxApi = pathToFileURL(path.join(tsxRoot, 'dist/esm/api/index.mjs')).href;

export function spawnTsWorker(entry: URL): Worker {
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(m => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}
