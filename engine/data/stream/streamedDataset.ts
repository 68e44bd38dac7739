/** An image index (folder or CSV dataset) opened for training: three streamed splits over one pool and one cache budget. */
import type { ResizeMode } from '../../core/project/schema';
import { imageDatasetInfo, type ImageDatasetIndex } from '../images/imageIndex';
import type { DatasetSources } from '../../core/data/types';
import { createDecodePool, type ChunkDecoder } from './decodePool';
import { ByteBudget, ImageCache } from './imageCache';
import { cacheBudgetBytes, decodeThreads } from './settings';
import { StreamSource, type StreamEntries } from './streamSource';

export interface StreamOptions {
  /** The Input node's [h, w, c]: every image is decoded to it. */
  imageShape: [number, number, number];
  resize: ResizeMode;
  /** Defaults to a worker pool of `decodeThreads()` threads; tests pass a fake. */
  decoder?: ChunkDecoder;
  /** Defaults to `cacheBudgetBytes()`. */
  cacheBytes?: number;
}

/**
 * The splits share one cache budget: training images are read first, so they are admitted first.
 * @example
 * const data = openStreamedDataset(await indexImageDataset(spec, dir, opts), { imageShape: [64, 64, 3], resize: 'stretch' });
 * try { await data.train.fill(order, 0, 32, x, y); } finally { await data.close(); }
 */
export function openStreamedDataset(index: ImageDatasetIndex, options: StreamOptions): DatasetSources {
  const { imageShape } = options;
  const decoder =
    options.decoder ?? createDecodePool({ shape: imageShape, resize: options.resize, threads: decodeThreads() });
  const budget = new ByteBudget(options.cacheBytes ?? cacheBudgetBytes());
  const pixelsPerImage = imageShape[0] * imageShape[1] * imageShape[2];
  const targetWidth = index.task === 'regression' ? index.targetNames.length : 1;
  const source = (entries: StreamEntries) =>
    new StreamSource({
      entries,
      targetWidth,
      pixelsPerImage,
      decoder,
      cache: new ImageCache(entries.count, pixelsPerImage, budget),
    });
  return {
    ...imageDatasetInfo(index, imageShape),
    train: source(index.train),
    validation: source(index.validation),
    test: source(index.test),
    close: () => decoder.close(),
  };
}
