/**
 * Decoding image files off the training thread: a piscina pool of worker threads, one task per
 * chunk of files, the pixels transferred back. The threads start at once (each loads tsx and
 * sharp), so they warm up while the trainer compiles its model.
 */
import { Piscina } from 'piscina';
import { ConvasError, type ErrorCode } from '../../core/errors';
import type { ResizeMode } from '../../core/project/schema';

export interface ChunkTask {
  paths: string[];
  shape: [number, number, number];
  resize: ResizeMode;
}

export interface ChunkResult {
  /** paths.length × h × w × c bytes; a failed file's part is left zero. */
  pixels: Uint8Array;
  /** Per path: null, or why the file could not be used. */
  failures: (string | null)[];
  /** A failure that is not the file's fault and would repeat for every file: it ends the run. */
  fatal?: { code: ErrorCode; message: string; hint?: string };
}

/** What a streamed source decodes with: the worker pool, or a fake in tests. */
export interface ChunkDecoder {
  /** Parallel workers: a request is cut into about this many chunks. */
  readonly threads: number;
  decode(paths: string[]): Promise<ChunkResult>;
  /** Ends the worker threads; pending decodes reject. Safe to call twice. */
  close(): Promise<void>;
}

export interface DecodePoolOptions {
  shape: [number, number, number];
  resize: ResizeMode;
  threads: number;
  /** The task module the workers run (its default export); tests pass a fake. */
  taskModule?: URL;
}

const BOOTSTRAP = new URL('./decodeWorker.mjs', import.meta.url);
const TASK_MODULE = new URL('./decodeTask.ts', import.meta.url);

/**
 * @example
 * const pool = createDecodePool({ shape: [64, 64, 3], resize: 'centerCrop', threads: 4 });
 * try { const { pixels, failures } = await pool.decode(paths); } finally { await pool.close(); }
 */
export function createDecodePool(options: DecodePoolOptions): ChunkDecoder {
  let closed = false;
  let failure: Error | undefined;
  let ended: Promise<void> | undefined;
  const end = () => (ended ??= pool.destroy());
  const pool = new Piscina({
    filename: BOOTSTRAP.href,
    minThreads: options.threads,
    maxThreads: options.threads,
    // Starting a worker loads tsx and sharp: keep them for the whole run rather than restart them.
    idleTimeout: 60_000,
    workerData: { taskModule: (options.taskModule ?? TASK_MODULE).href },
  });
  // A worker that fails outside a task (it cannot load, say) is reported as an event: unheard, it would crash the
  // thread. Its replacements would fail the same way, so the pool ends and later decodes say why.
  pool.on('error', (e: unknown) => {
    failure ??= e instanceof Error ? e : new Error(String(e));
    end().catch(() => {});
  });
  return {
    threads: options.threads,
    async decode(paths) {
      const failed = () => new ConvasError('INTERNAL', `the image decoding threads failed: ${failure!.message}`);
      if (closed) throw new Error('the decode pool is closed');
      if (failure) throw failed();
      const result = await (
        pool.run({ paths, shape: options.shape, resize: options.resize } satisfies ChunkTask) as Promise<ChunkResult>
      )
        // Ending the pool after a failure rejects the queued tasks with "Terminating worker thread": say why instead.
        .catch(e => {
          throw failure ? failed() : e;
        });
      if (result.fatal) throw new ConvasError(result.fatal.code, result.fatal.message, result.fatal.hint);
      return result;
    },
    async close() {
      closed = true;
      await end();
    },
  };
}
