/** In-memory splits (builtin MNIST, IDX files) behind the same interface as streamed image files. */
import { writeUnitPixels } from './stream/unitPixels';
import type { DatasetSources, ImageSplit, LoadedDataset, SplitSource } from '../core/data/types';

/**
 * A split whose images are all in memory: targets are class indices, nothing is ever skipped.
 * @example
 * const train = memorySource(data.train);
 * const n = await train.fill(order, 0, 64, x, y); // y holds class indices
 */
export function memorySource(split: ImageSplit): SplitSource {
  const pixels = split.count > 0 ? split.images.length / split.count : 0;
  const image = (index: number) => {
    if (!(index >= 0 && index < split.count))
      throw new RangeError(`index ${index} is outside the split (${split.count} images)`);
    return split.images.subarray(index * pixels, (index + 1) * pixels);
  };
  return {
    count: split.count,
    targetWidth: 1,
    labels: split.labels,
    async fill(order, start, size, x, y, rows) {
      const count = Math.max(0, Math.min(size, order.length - start));
      if (x.length < count * pixels || y.length < count) {
        throw new RangeError(
          `fill: buffers hold ${x.length} pixels and ${y.length} targets; ${count} images need ${count * pixels} and ${count}`,
        );
      }
      for (let i = 0; i < count; i++) {
        const index = order[start + i]!;
        writeUnitPixels(image(index), x, i * pixels);
        y[i] = split.labels[index]!;
        rows?.push(index);
      }
      return count;
    },
    prefetch() {},
    async item(index) {
      return { pixels: image(index).slice(), targets: [split.labels[index]!] };
    },
    skipped: () => [],
  };
}

/**
 * A loaded dataset as sources; closing it releases nothing.
 * @example
 * const data = memorySources(await loadBuiltinMnist(opts));
 */
export function memorySources(data: LoadedDataset): DatasetSources {
  const { train, validation, test, ...info } = data;
  return {
    ...info,
    task: 'classification',
    targetNames: [],
    train: memorySource(train),
    validation: memorySource(validation),
    test: memorySource(test),
    close: async () => {},
  };
}
