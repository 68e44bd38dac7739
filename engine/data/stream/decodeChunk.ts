/** Decoding a chunk of image files into one buffer: what a decode worker runs, also usable in-process. */
import { decodeImage, ImageDecodeError, type ImageTarget } from '../images/decode';
import type { ChunkDecoder, ChunkResult, ChunkTask } from './decodePool';

/**
 * The files' pixels end to end (a bad file's part left zero, its reason in `failures`). Errors that
 * are not a file's fault (a bad Input shape, a bug) would hit every file, so they are thrown.
 * @example
 * const { pixels, failures } = await decodeChunk({ paths, shape: [28, 28, 1], resize: 'stretch' });
 */
export async function decodeChunk(task: ChunkTask): Promise<Omit<ChunkResult, 'fatal'>> {
  const [h, w, c] = task.shape;
  const size = h * w * c;
  const pixels = new Uint8Array(task.paths.length * size);
  const failures: (string | null)[] = [];
  const target: ImageTarget = { shape: task.shape, resize: task.resize };
  for (const [i, path] of task.paths.entries()) {
    try {
      pixels.set((await decodeImage(path, target)).subarray(0, size), i * size);
      failures.push(null);
    } catch (e) {
      if (!(e instanceof ImageDecodeError)) throw e;
      failures.push(e.detail);
    }
  }
  return { pixels, failures };
}

/**
 * Decodes on this thread (sharp still decodes on libuv's threads): for a handful of images, as a
 * preview or a probe needs, cheaper than starting worker threads.
 * @example
 * const data = openStreamedDataset(index, { imageShape, resize, decoder: inProcessDecoder(imageShape, resize) });
 */
export function inProcessDecoder(shape: ChunkTask['shape'], resize: ChunkTask['resize']): ChunkDecoder {
  return {
    threads: 1,
    decode: paths => decodeChunk({ paths, shape, resize }),
    close: async () => {},
  };
}
