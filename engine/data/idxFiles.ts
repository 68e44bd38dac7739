/** Finding and reading IDX files: gzip is detected by content, and `x` / `x.gz` stand in for each other. */
import { open, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { constants as zlibConstants, gunzip, gunzipSync } from 'node:zlib';
import { ConvasError, ERROR_CATALOGUE } from '../core/errors';

const gunzipAsync = promisify(gunzip);
const HEADER_PROBE_BYTES = 64 * 1024;
/** zlib's default 16 KB output chunks make a 47 MB file ~4× slower to inflate than 1 MB ones. */
const GUNZIP_CHUNK_BYTES = 1 << 20;

const isGzip = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** The paths tried for one spec path, in order: as given, then with `.gz` added or removed. */
export function candidatePaths(path: string, baseDir: string): string[] {
  const absolute = resolve(baseDir, path);
  return [absolute, absolute.endsWith('.gz') ? absolute.slice(0, -3) : `${absolute}.gz`];
}

function missingError(tried: string[]): ConvasError {
  const looksLikeFashion = /fashion/i.test(tried[0]!);
  const hint = looksLikeFashion
    ? 'Fashion-MNIST is packaged: `apt-get install dataset-fashion-mnist` puts it in /usr/share/datasets/fashion-mnist/.'
    : ERROR_CATALOGUE.DATASET_MISSING;
  return new ConvasError('DATASET_MISSING', `Dataset file not found: ${tried[0]} (also tried ${tried[1]})`, hint);
}

function unreadableError(path: string, cause: NodeJS.ErrnoException): ConvasError {
  return new ConvasError('DATASET_MISSING', `Cannot read dataset file ${path}: ${cause.code ?? cause.message}`);
}

/** Opens the first candidate that exists; `read` gets its absolute path. */
async function withFirstExisting<T>(path: string, baseDir: string, read: (file: string) => Promise<T>): Promise<T> {
  const tried = candidatePaths(path, baseDir);
  for (const file of tried) {
    try {
      return await read(file);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'ENOENT') continue;
      if (err instanceof ConvasError) throw err;
      throw unreadableError(file, err);
    }
  }
  throw missingError(tried);
}

function gunzipError(file: string, cause: unknown): ConvasError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new ConvasError(
    'DATASET_FORMAT',
    `${file} starts like gzip but does not decompress (${reason}); it is probably truncated`,
  );
}

/**
 * Reads a whole IDX file, decompressed, plus the path that was actually read.
 * @example
 * const { bytes, file } = await readIdxFile('data/train-images-idx3-ubyte', projectDir);
 */
export function readIdxFile(path: string, baseDir: string): Promise<{ bytes: Uint8Array; file: string }> {
  return withFirstExisting(path, baseDir, async file => {
    const raw = await readFile(file);
    if (!isGzip(raw)) return { bytes: raw, file };
    try {
      return { bytes: await gunzipAsync(raw, { chunkSize: GUNZIP_CHUNK_BYTES }), file };
    } catch (e) {
      throw gunzipError(file, e);
    }
  });
}

/**
 * Reads only the first bytes of an IDX file (decompressing just a prefix when gzipped):
 * enough for the header without loading the pixels.
 * @example
 * const { bytes } = await readIdxPrefix('train-images-idx3-ubyte.gz', dir, 16);
 */
export function readIdxPrefix(
  path: string,
  baseDir: string,
  length: number,
): Promise<{ bytes: Uint8Array; file: string }> {
  return withFirstExisting(path, baseDir, async file => {
    const handle = await open(file, 'r');
    try {
      const probe = Buffer.alloc(Math.max(length, HEADER_PROBE_BYTES));
      const { bytesRead } = await handle.read(probe, 0, probe.length, 0);
      const head = probe.subarray(0, bytesRead);
      if (!isGzip(head)) return { bytes: head.subarray(0, length), file };
      try {
        // Z_SYNC_FLUSH lets zlib return what it decoded from a prefix instead of failing on the missing end.
        const prefix = gunzipSync(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
        return { bytes: prefix.subarray(0, length), file };
      } catch (e) {
        throw gunzipError(file, e);
      }
    } finally {
      await handle.close();
    }
  });
}
