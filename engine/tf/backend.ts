import * as tf from '@tensorflow/tfjs-core';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ConvasError } from '../core/errors';
import { BACKEND_PREFERENCES } from '../core/train/protocol';
import { registerWasmKernels } from './wasmKernels';

/** Backends Convas can train on, fastest first. */
export const BACKEND_NAMES = ['tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

/** Values of `--backend` / `CONVAS_BACKEND` (defined with the training protocol, which carries them). */
export { BACKEND_PREFERENCES };
export type BackendPreference = (typeof BACKEND_PREFERENCES)[number];

export interface SelectedBackend {
  name: BackendName;
  tf: typeof tf;
  /** What was chosen and why the faster ones were not, for logs and the UI. */
  detail: string;
}

interface Candidate {
  name: BackendName;
  preference: Exclude<BackendPreference, 'auto'>;
  /** Activates the backend and describes it; throws with the reason when it cannot. */
  activate: () => Promise<string>;
}

const CANDIDATES: Candidate[] = [
  { name: 'tensorflow-gpu', preference: 'gpu', activate: () => activateTensorflow('@tensorflow/tfjs-node-gpu', 'GPU') },
  { name: 'tensorflow', preference: 'node', activate: () => activateTensorflow('@tensorflow/tfjs-node', 'CPU') },
  { name: 'wasm', preference: 'wasm', activate: activateWasm },
  { name: 'cpu', preference: 'cpu', activate: activateCpu },
];

/**
 * Picks and activates the fastest TensorFlow.js backend available: the native TensorFlow
 * bindings (GPU, then CPU) when installed, else WebAssembly with Convas' training kernels, else
 * pure JavaScript. An explicit preference must be available or this throws a ConvasError.
 *
 * @example
 * const { name, tf, detail } = await selectBackend(options.backend); // e.g. 'wasm'
 * console.log(`training on ${name}: ${detail}`);
 */
export async function selectBackend(
  preference: string | undefined = process.env.CONVAS_BACKEND,
): Promise<SelectedBackend> {
  const wanted = parseBackendPreference(preference);
  const candidates = wanted === 'auto' ? CANDIDATES : CANDIDATES.filter(c => c.preference === wanted);
  const skipped: string[] = [];
  for (const candidate of candidates) {
    try {
      const description = await candidate.activate();
      return { name: candidate.name, tf, detail: [description, ...skipped].join('; ') };
    } catch (error) {
      skipped.push(`${candidate.name}: ${reasonOf(error)}`);
    }
  }
  throw new ConvasError(
    'TRAINING_CONFIG',
    `The '${wanted}' backend is not available here (${skipped.join('; ')}).`,
    "Choose --backend auto (or unset CONVAS_BACKEND) to use the fastest backend that works; 'gpu' and 'node' need @tensorflow/tfjs-node-gpu / @tensorflow/tfjs-node installed.",
  );
}

/**
 * Reads a `--backend` / `CONVAS_BACKEND` value; empty means 'auto'.
 *
 * @example
 * parseBackendPreference(' WASM '); // 'wasm'
 */
export function parseBackendPreference(value: string | undefined): BackendPreference {
  const normalized = (value ?? '').trim().toLowerCase() || 'auto';
  const known = BACKEND_PREFERENCES.find(p => p === normalized);
  if (known) return known;
  throw new ConvasError(
    'TRAINING_CONFIG',
    `Unknown backend '${value}'.`,
    `Use one of: ${BACKEND_PREFERENCES.join(', ')}.`,
  );
}

async function activateTensorflow(packageName: string, device: string): Promise<string> {
  await importOptional(packageName);
  if (!(await tf.setBackend('tensorflow'))) throw new Error(`${packageName} loaded but its backend did not start`);
  return `TensorFlow C library on the ${device} via ${packageName}`;
}

async function activateWasm(): Promise<string> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  // The binaries sit beside the package's Node entry; naming the folder keeps them loading
  // from disk (never fetched) even when this code is bundled somewhere else.
  const entry = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm');
  wasm.setWasmPaths(path.dirname(entry) + path.sep);
  const kernels = registerWasmKernels();
  if (!(await tf.setBackend('wasm'))) throw new Error('the WebAssembly module failed to load');
  const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) ? 'SIMD' : 'no SIMD';
  const threads = wasm.getThreadsCount();
  return `WebAssembly (${simd}, ${threads} thread${threads === 1 ? '' : 's'}) with Convas kernels: ${kernels.join(', ')}`;
}

async function activateCpu(): Promise<string> {
  await import('@tensorflow/tfjs-backend-cpu');
  if (!(await tf.setBackend('cpu'))) throw new Error('the pure-JS backend did not start');
  // Its first write prints a banner recommending tfjs-node; `detail` already says why we are here.
  (tf.backend() as unknown as { firstUse?: boolean }).firstUse = false;
  return 'pure JavaScript (trains 100× or more slower than wasm)';
}

/** Imports an optional dependency; the specifier is a variable so bundlers and tsc leave it alone. */
async function importOptional(packageName: string): Promise<unknown> {
  try {
    return await import(/* @vite-ignore */ packageName);
  } catch (error) {
    // Only the package itself missing is "not installed"; a broken install keeps its own message.
    const missingItself = new RegExp(`Cannot find (package|module) '${packageName}'|Failed to load url ${packageName}`);
    if (missingItself.test(reasonOf(error))) throw new Error(`${packageName} is not installed`);
    throw error;
  }
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
