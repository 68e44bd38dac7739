/**
 * The task a decode worker runs (loaded in piscina's worker threads through decodeWorker.mjs): one
 * chunk of files, its pixel buffer handed back by transfer.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import sharp from 'sharp';
import { ConvasError } from '../../core/errors';
import { decodeChunk } from './decodeChunk';
import type { ChunkResult, ChunkTask } from './decodePool';

// The pool is the parallelism: libvips threads per worker would only contend for the same cores,
// and its operation cache would hold memory for files that are read once.
sharp.concurrency(1);
sharp.cache(false);

/**
 * Piscina's entry. A ConvasError cannot cross threads with its code, so it travels as `fatal`.
 * @example
 * await pool.run({ paths, shape: [28, 28, 1], resize: 'stretch' }); // { pixels, failures }
 */
export default async function run(task: ChunkTask): Promise<unknown> {
  let result: ChunkResult;
  try {
    result = await decodeChunk(task);
  } catch (e) {
    const fatal =
      e instanceof ConvasError
        ? { code: e.code, message: e.message, hint: e.hint }
        : { code: 'INTERNAL' as const, message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    return { pixels: new Uint8Array(0), failures: [], fatal } satisfies ChunkResult;
  }
  return move({ [transferableSymbol]: [result.pixels.buffer], [valueSymbol]: result } as never);
}
