/**
 * A split read from image files: decoded ahead in the worker pool, kept in the shared cache while
 * it has room, and written as model input on demand. A file that fails to decode is left out,
 * remembered (never tried again) and listed by `skipped()`.
 */
import { ConvasError } from '../../core/errors';
import type { SkippedFile, SplitSource } from '../../core/data/types';
import type { ChunkDecoder, ChunkResult } from './decodePool';
import type { ImageCache } from './imageCache';
import { writeUnitPixels } from './unitPixels';

/** One split of an image index: what a streamed source needs to find and label its images. */
export interface StreamEntries {
  /** Absolute file paths. */
  paths: readonly string[];
  /** Class index per image (classification). */
  labels?: ArrayLike<number>;
  /** count × targetWidth numbers (regression). */
  targets?: Float32Array;
  count: number;
}

export interface StreamSourceOptions {
  entries: StreamEntries;
  /** 1 for classification, the target count for regression. */
  targetWidth: number;
  pixelsPerImage: number;
  decoder: ChunkDecoder;
  cache: ImageCache;
}

/** Files per decode task: enough to amortise the message, small enough to spread a batch over the threads. */
const MAX_CHUNK = 32;
/** Decoded images waiting to be read may take at most this much beyond the cache. */
const MAX_AHEAD_BYTES = 256 * 2 ** 20;

/**
 * @example
 * const train = new StreamSource({ entries: index.train, targetWidth: 1, pixelsPerImage: 32 * 32 * 3, decoder, cache });
 * const n = await train.fill(order, 0, 64, x, y);
 */
export class StreamSource implements SplitSource {
  readonly count: number;
  readonly targetWidth: number;
  readonly labels?: ArrayLike<number>;
  /** Decodes asked for and not yet read; a resolved entry holds pixels the cache had no room for. */
  private readonly pending = new Map<number, Promise<Uint8Array | null>>();
  private readonly bad = new Set<number>();
  private readonly skippedFiles: SkippedFile[] = [];
  private readonly maxAhead: number;

  constructor(private readonly options: StreamSourceOptions) {
    this.count = options.entries.count;
    this.targetWidth = options.targetWidth;
    if (options.entries.labels) this.labels = options.entries.labels;
    this.maxAhead = Math.max(MAX_CHUNK * 4, Math.floor(MAX_AHEAD_BYTES / options.pixelsPerImage));
  }

  async fill(
    order: ArrayLike<number>,
    start: number,
    size: number,
    x: Float32Array,
    y: Float32Array,
    rows?: number[],
  ): Promise<number> {
    const wanted = slice(order, start, size);
    wanted.forEach(index => this.checkIndex(index));
    const { pixelsPerImage } = this.options;
    if (x.length < wanted.length * pixelsPerImage || y.length < wanted.length * this.targetWidth) {
      throw new RangeError(
        `fill: buffers hold ${x.length} pixels and ${y.length} targets; ${wanted.length} images need ${wanted.length * pixelsPerImage} and ${wanted.length * this.targetWidth}`,
      );
    }
    this.request(wanted);
    let written = 0;
    for (const index of wanted) {
      const pixels = await this.pixelsOf(index);
      if (!pixels) continue;
      writeUnitPixels(pixels, x, written * pixelsPerImage);
      this.writeTargets(index, y, written);
      rows?.push(index);
      written++;
    }
    for (const index of wanted) this.pending.delete(index);
    return written;
  }

  prefetch(order: ArrayLike<number>, start: number, size: number): void {
    if (this.pending.size < this.maxAhead) this.request(slice(order, start, size));
  }

  async item(index: number): Promise<{ pixels: Uint8Array; targets: number[] }> {
    this.checkIndex(index);
    const wasPending = this.pending.has(index);
    const pixels = await this.pixelsOf(index);
    if (!wasPending) this.pending.delete(index);
    if (!pixels) {
      const path = this.options.entries.paths[index]!;
      const reason = this.skippedFiles.find(s => s.path === path)?.reason ?? 'unreadable';
      throw new ConvasError('DATASET_FORMAT', `${path}: ${reason}`);
    }
    const targets = new Float32Array(this.targetWidth);
    this.writeTargets(index, targets, 0);
    return { pixels: pixels.slice(), targets: Array.from(targets) };
  }

  skipped(): SkippedFile[] {
    return this.skippedFiles.slice();
  }

  /** Images being decoded or decoded ahead and not yet read: bounded by the prefetch window, whatever the split's size. */
  get inFlight(): number {
    return this.pending.size;
  }

  private checkIndex(index: number): void {
    if (!(Number.isInteger(index) && index >= 0 && index < this.count))
      throw new RangeError(`index ${index} is outside the split (${this.count} images)`);
  }

  private writeTargets(index: number, y: Float32Array, row: number): void {
    const { labels, targets } = this.options.entries;
    const width = this.targetWidth;
    if (targets) y.set(targets.subarray(index * width, (index + 1) * width), row * width);
    else y[row] = labels![index]!;
  }

  private async pixelsOf(index: number): Promise<Uint8Array | null> {
    if (this.bad.has(index)) return null;
    const cached = this.options.cache.get(index);
    if (cached) return cached;
    if (!this.pending.has(index)) this.request([index]);
    return this.pending.get(index) ?? this.options.cache.get(index) ?? null;
  }

  /** Starts decoding the images not cached, pending or known bad, in chunks spread over the threads. */
  private request(indices: number[]): void {
    const { cache, decoder } = this.options;
    const todo = [...new Set(indices)].filter(
      i => i >= 0 && i < this.count && !this.bad.has(i) && !this.pending.has(i) && !cache.has(i),
    );
    if (!todo.length) return;
    const chunk = Math.min(MAX_CHUNK, Math.ceil(todo.length / decoder.threads));
    for (let from = 0; from < todo.length; from += chunk) this.dispatch(todo.slice(from, from + chunk));
  }

  private dispatch(indices: number[]): void {
    const { paths } = this.options.entries;
    const decoded = this.options.decoder.decode(indices.map(i => paths[i]!));
    indices.forEach((index, k) => {
      const entry = decoded.then(result => this.settle(index, k, result));
      // A pool failure is reported by the fill that awaits it; a prefetch nobody reads must not crash the process.
      entry.catch(() => {
        if (this.pending.get(index) === entry) this.pending.delete(index);
      });
      this.pending.set(index, entry);
    });
  }

  private settle(index: number, k: number, result: ChunkResult): Uint8Array | null {
    const reason = result.failures[k];
    if (reason) {
      this.bad.add(index);
      this.skippedFiles.push({ path: this.options.entries.paths[index]!, reason });
      this.pending.delete(index);
      return null;
    }
    const size = this.options.pixelsPerImage;
    const pixels = result.pixels.subarray(k * size, (k + 1) * size);
    if (this.options.cache.admit(index, pixels)) this.pending.delete(index);
    return pixels;
  }
}

function slice(order: ArrayLike<number>, start: number, size: number): number[] {
  const end = Math.min(order.length, start + size);
  const out: number[] = [];
  for (let i = Math.max(0, start); i < end; i++) out.push(order[i]!);
  return out;
}
