import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, peekDataset } from '../../../engine/data/load';
import type { IdxDatasetSpec } from '../../../engine/core/project/schema';

const DIR = '/usr/share/datasets/fashion-mnist';
const present = existsSync(`${DIR}/train-images-idx3-ubyte.gz`);
if (!present) console.log(`Fashion-MNIST tests skipped: ${DIR} is absent (apt-get install dataset-fashion-mnist)`);

const spec: IdxDatasetSpec = {
  kind: 'idx',
  trainImages: 'train-images-idx3-ubyte.gz',
  trainLabels: 'train-labels-idx1-ubyte.gz',
  // Names without .gz: the loader must find the .gz files itself.
  testImages: `${DIR}/t10k-images-idx3-ubyte`,
  testLabels: `${DIR}/t10k-labels-idx1-ubyte`,
};

describe.skipIf(!present)('Fashion-MNIST from the Debian package', () => {
  it('peeks 60,000 / 10,000 images of 28×28×1 in 10 classes', async () => {
    const info = await peekDataset(spec, DIR);
    expect(info).toMatchObject({ name: 'fashion-mnist', imageShape: [28, 28, 1] });
    expect(info.classNames).toHaveLength(10);
    expect(info.sizes).toEqual({ train: 60_000, validation: 0, test: 10_000 });
  });

  it('loads 60,000 train / 10,000 test as uint8, 6,000 of each class in train + validation', async () => {
    const started = performance.now();
    const data = await loadDataset(spec, DIR, { validationSplit: 0.1, seed: 42 });
    console.log(`Fashion-MNIST loaded in ${(performance.now() - started).toFixed(0)} ms`);
    expect(data.sizes).toEqual({ train: 54_000, validation: 6_000, test: 10_000 });
    expect(data.train.images.length).toBe(54_000 * 784);
    expect(data.test.images.length).toBe(10_000 * 784);
    for (let c = 0; c < 10; c++) {
      expect(data.train.labels.filter(l => l === c).length).toBe(5400);
      expect(data.validation.labels.filter(l => l === c).length).toBe(600);
      expect(data.test.labels.filter(l => l === c).length).toBe(1000);
    }
  }, 30_000);
});
