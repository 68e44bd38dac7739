/** Test helpers: a decoder that needs no files, and image indexes built by hand. */
import type { ImageDatasetIndex, ImageEntries } from '../../../../engine/data/images/imageIndex';
import type { ChunkDecoder, ChunkResult } from '../../../../engine/data/stream/decodePool';

export interface FakeDecoder extends ChunkDecoder {
  /** Paths of every chunk asked for, in order. */
  chunks: string[][];
  /** Every path asked for. */
  readonly decoded: string[];
  closed: boolean;
}

/** The image number in a path like '/data/img-12.png'. */
export const imageNumber = (path: string) => Number(/img-(\d+)/.exec(path)?.[1] ?? 0);

/**
 * Every pixel of image n is n % 256; a path containing 'bad' fails. Each chunk takes `delayMs`.
 * @example const decoder = fakeDecoder(4, { delayMs: 20 });
 */
export function fakeDecoder(pixelsPerImage: number, opts: { delayMs?: number; threads?: number } = {}): FakeDecoder {
  const chunks: string[][] = [];
  const decoder: FakeDecoder = {
    threads: opts.threads ?? 2,
    chunks,
    get decoded() {
      return chunks.flat();
    },
    closed: false,
    async decode(paths): Promise<ChunkResult> {
      if (decoder.closed) throw new Error('the decode pool is closed');
      chunks.push(paths);
      if (opts.delayMs) await new Promise(resolve => setTimeout(resolve, opts.delayMs));
      const pixels = new Uint8Array(paths.length * pixelsPerImage);
      const failures = paths.map((path, i) => {
        if (path.includes('bad')) return 'corrupt file';
        pixels.fill(imageNumber(path) % 256, i * pixelsPerImage, (i + 1) * pixelsPerImage);
        return null;
      });
      return { pixels, failures };
    },
    async close() {
      decoder.closed = true;
    },
  };
  return decoder;
}

/** `count` entries named /data/img-<first + i>.png; those listed in `bad` are named bad-img-… instead. */
export function entries(
  count: number,
  opts: { first?: number; bad?: number[]; targets?: Float32Array } = {},
): ImageEntries {
  const first = opts.first ?? 0;
  const paths = Array.from(
    { length: count },
    (_, i) => `/data/${opts.bad?.includes(i) ? 'bad-' : ''}img-${first + i}.png`,
  );
  return opts.targets
    ? { paths, targets: opts.targets, count }
    : { paths, labels: Uint16Array.from({ length: count }, (_, i) => i % 2), count };
}

/** A two-class index (or a regression one when splits carry targets). */
export function index(
  train: ImageEntries,
  validation = entries(0),
  test = entries(0),
  regression = false,
): ImageDatasetIndex {
  return {
    name: 'fake',
    root: '/data',
    task: regression ? 'regression' : 'classification',
    classNames: regression ? [] : ['a', 'b'],
    targetNames: regression ? ['value'] : [],
    splitSource: 'seeded',
    train,
    validation,
    test,
    skipped: [],
  };
}
