import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConvasError } from '../../../engine/core/errors';
import { loadDataset, peekDataset } from '../../../engine/data/load';
import type { LoadedDataset } from '../../../engine/core/data/types';
import type { IdxDatasetSpec } from '../../../engine/core/project/schema';
import { gzip, idxImages, idxLabels, syntheticSet, tagOf, tempDir, writeSet } from '../../fixtures/idx';

const opts = { validationSplit: 0.2, seed: 42 };
let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  tmp = await tempDir();
});
afterEach(() => tmp.cleanup());

async function rejection(promise: Promise<unknown>): Promise<ConvasError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConvasError);
  return error as ConvasError;
}

/** Every image still carries its own label (pixel 2), and the tags show which source image it was. */
function expectConsistent(data: LoadedDataset) {
  const pixelsPerImage = data.imageShape[0] * data.imageShape[1];
  for (const split of [data.train, data.validation, data.test]) {
    expect(split.images.length).toBe(split.count * pixelsPerImage);
    for (let i = 0; i < split.count; i++) expect(split.images[i * pixelsPerImage + 2]).toBe(split.labels[i]);
  }
}
const tags = (split: LoadedDataset['train'], pixelsPerImage: number) =>
  Array.from({ length: split.count }, (_, i) => tagOf(split.images, i, pixelsPerImage));

describe('loadDataset with idx files', () => {
  it('loads plain train and test files and carves validation from train', async () => {
    const train = await writeSet(tmp.write, 'train', syntheticSet(200, 4, 5, 6));
    const test = await writeSet(tmp.write, 'test', syntheticSet(50, 4, 5, 6, 1000));
    const spec: IdxDatasetSpec = {
      kind: 'idx',
      trainImages: train.images,
      trainLabels: train.labels,
      testImages: test.images,
      testLabels: test.labels,
    };
    const data = await loadDataset(spec, tmp.dir, opts);
    expect(data.imageShape).toEqual([5, 6, 1]);
    expect(data.classNames).toEqual(['0', '1', '2', '3']);
    expect(data.sizes).toEqual({ train: 160, validation: 40, test: 50 });
    expectConsistent(data);
    const trainTags = tags(data.train, 30),
      validationTags = tags(data.validation, 30);
    expect(new Set([...trainTags, ...validationTags]).size).toBe(200);
    expect(tags(data.test, 30)).toEqual(Array.from({ length: 50 }, (_, i) => 1000 + i));
    expect(data.train.images).not.toBeInstanceOf(Buffer);
  });

  it('reads gzip by content, whatever the name, and finds x.gz for x and x for x.gz', async () => {
    const set = syntheticSet(30, 3);
    await tmp.write('a-images', gzip(idxImages(set.pixels, 30, 4, 4)));
    await tmp.write('a-labels.gz', gzip(idxLabels(set.labels)));
    await tmp.write('b-images', idxImages(set.pixels, 30, 4, 4));
    const named = (images: string, labels: string) =>
      loadDataset({ kind: 'idx', trainImages: images, trainLabels: labels }, tmp.dir, opts);
    const reference = await named('b-images', 'a-labels.gz');
    for (const [images, labels] of [
      ['a-images', 'a-labels'],
      ['a-images', 'a-labels.gz'],
      ['b-images.gz', 'a-labels'],
    ]) {
      const data = await named(images!, labels!);
      expect(data.train).toEqual(reference.train);
      expect(data.test).toEqual(reference.test);
    }
  });

  it('accepts absolute paths and resolves relative ones against baseDir', async () => {
    const files = await writeSet(tmp.write, 'set', syntheticSet(20, 2), true);
    const absolute = await loadDataset(
      { kind: 'idx', trainImages: join(tmp.dir, files.images), trainLabels: join(tmp.dir, files.labels) },
      '/nonexistent',
      opts,
    );
    const relative = await loadDataset(
      { kind: 'idx', trainImages: `./sub/../${files.images}`, trainLabels: files.labels },
      tmp.dir,
      opts,
    );
    expect(absolute.train).toEqual(relative.train);
  });

  it('holds out a fixed stratified 10% as test when no test files are given', async () => {
    const set = syntheticSet(300, 5);
    const files = await writeSet(tmp.write, 'train', set);
    const spec: IdxDatasetSpec = { kind: 'idx', trainImages: files.images, trainLabels: files.labels };
    const a = await loadDataset(spec, tmp.dir, { validationSplit: 0.1, seed: 1 });
    const b = await loadDataset(spec, tmp.dir, { validationSplit: 0.1, seed: 2 });
    expect(a.sizes).toEqual({ train: 243, validation: 27, test: 30 });
    expect(b.test).toEqual(a.test);
    expect(tags(b.validation, 16)).not.toEqual(tags(a.validation, 16));
    expectConsistent(a);
    const testTags = new Set(tags(a.test, 16));
    expect([...tags(a.train, 16), ...tags(a.validation, 16)].some(t => testTags.has(t))).toBe(false);
    for (let c = 0; c < 5; c++) {
      const inSet = set.labels.filter(l => l === c).length;
      expect(Math.abs(a.test.labels.filter(l => l === c).length - inSet / 10)).toBeLessThan(1);
    }
  });

  it('uses the given class names and derives 0..max otherwise', async () => {
    const files = await writeSet(tmp.write, 's', syntheticSet(40, 3));
    const spec: IdxDatasetSpec = { kind: 'idx', trainImages: files.images, trainLabels: files.labels };
    expect(
      (await loadDataset({ ...spec, classNames: ['cat', 'dog', 'eel', 'fox'] }, tmp.dir, opts)).classNames,
    ).toEqual(['cat', 'dog', 'eel', 'fox']);
    expect((await peekDataset(spec, tmp.dir)).classNames).toEqual(['0', '1', '2']);
  });

  it('limit keeps a subset of train only', async () => {
    const files = await writeSet(tmp.write, 's', syntheticSet(200, 4));
    const data = await loadDataset({ kind: 'idx', trainImages: files.images, trainLabels: files.labels }, tmp.dir, {
      ...opts,
      limit: 50,
    });
    expect(data.sizes).toEqual({ train: 50, validation: 36, test: 20 });
    expect(new Set(data.train.labels).size).toBe(4);
  });
});

describe('idx errors', () => {
  it('missing file: DATASET_MISSING with the absolute paths tried', async () => {
    const err = await rejection(
      loadDataset({ kind: 'idx', trainImages: 'nope/train-images', trainLabels: 'x' }, tmp.dir, opts),
    );
    expect(err.code).toBe('DATASET_MISSING');
    expect(err.message).toContain(join(tmp.dir, 'nope/train-images'));
    expect(err.message).toContain(join(tmp.dir, 'nope/train-images.gz'));
    expect(err.hint).not.toContain('apt-get');
  });

  it('missing Fashion-MNIST: hints at the apt package', async () => {
    const err = await rejection(
      peekDataset({ kind: 'idx', trainImages: 'fashion-mnist/train-images-idx3-ubyte.gz', trainLabels: 'l' }, tmp.dir),
    );
    expect(err.code).toBe('DATASET_MISSING');
    expect(err.hint).toContain('apt-get install dataset-fashion-mnist');
    expect(err.hint).toContain('/usr/share/datasets/fashion-mnist/');
  });

  it('labels file given as images: DATASET_FORMAT naming the file and both magics', async () => {
    const set = syntheticSet(10, 2);
    const labels = await tmp.write('labels', idxLabels(set.labels));
    const err = await rejection(
      loadDataset({ kind: 'idx', trainImages: 'labels', trainLabels: 'labels' }, tmp.dir, opts),
    );
    expect(err.code).toBe('DATASET_FORMAT');
    expect(err.message).toContain(labels);
    expect(err.message).toMatch(/0x00000801.*expected 0x00000803/);
  });

  it('truncated images, plain or gzipped: DATASET_FORMAT', async () => {
    const set = syntheticSet(10, 2);
    const whole = idxImages(set.pixels, 10, 4, 4);
    await tmp.write('labels', idxLabels(set.labels));
    await tmp.write('short', whole.subarray(0, whole.length - 10));
    await tmp.write('short-gz', gzip(whole).subarray(0, 40));
    const short = await rejection(
      loadDataset({ kind: 'idx', trainImages: 'short', trainLabels: 'labels' }, tmp.dir, opts),
    );
    expect(short.code).toBe('DATASET_FORMAT');
    expect(short.message).toMatch(/truncated.*176 bytes.*166/);
    const shortGz = await rejection(
      loadDataset({ kind: 'idx', trainImages: 'short-gz', trainLabels: 'labels' }, tmp.dir, opts),
    );
    expect(shortGz.code).toBe('DATASET_FORMAT');
    expect(shortGz.message).toContain(join(tmp.dir, 'short-gz'));
  });

  it('image/label count mismatch: DATASET_MISMATCH with both counts (load and peek)', async () => {
    const set = syntheticSet(10, 2);
    await tmp.write('images', idxImages(set.pixels, 10, 4, 4));
    await tmp.write('labels', idxLabels(set.labels.subarray(0, 9)));
    const spec: IdxDatasetSpec = { kind: 'idx', trainImages: 'images', trainLabels: 'labels' };
    for (const attempt of [() => loadDataset(spec, tmp.dir, opts), () => peekDataset(spec, tmp.dir)]) {
      const err = await rejection(attempt());
      expect(err.code).toBe('DATASET_MISMATCH');
      expect(err.message).toMatch(/10 images.*9 labels/);
    }
  });

  it('train and test of different sizes: DATASET_MISMATCH', async () => {
    const train = await writeSet(tmp.write, 'train', syntheticSet(10, 2, 4, 4));
    const test = await writeSet(tmp.write, 'test', syntheticSet(10, 2, 5, 5));
    const err = await rejection(
      loadDataset(
        {
          kind: 'idx',
          trainImages: train.images,
          trainLabels: train.labels,
          testImages: test.images,
          testLabels: test.labels,
        },
        tmp.dir,
        opts,
      ),
    );
    expect(err.code).toBe('DATASET_MISMATCH');
    expect(err.message).toMatch(/4×4.*5×5/);
  });

  it('label beyond the class names: DATASET_FORMAT naming the label and where', async () => {
    const files = await writeSet(tmp.write, 's', syntheticSet(20, 4));
    const err = await rejection(
      loadDataset(
        { kind: 'idx', trainImages: files.images, trainLabels: files.labels, classNames: ['a', 'b', 'c'] },
        tmp.dir,
        opts,
      ),
    );
    expect(err.code).toBe('DATASET_FORMAT');
    expect(err.message).toContain(join(tmp.dir, files.labels));
    expect(err.message).toMatch(/label 3 at position \d+.*only 3 classes/);
  });
});

describe('peekDataset with idx files', () => {
  it('reports what load reports, from the headers alone', async () => {
    const train = await writeSet(tmp.write, 'train', syntheticSet(200, 4, 5, 6), true);
    const test = await writeSet(tmp.write, 'test', syntheticSet(50, 4, 5, 6));
    const spec: IdxDatasetSpec = {
      kind: 'idx',
      trainImages: train.images,
      trainLabels: train.labels,
      testImages: test.images,
      testLabels: test.labels,
    };
    const { train: _t, validation: _v, test: _s, ...loaded } = await loadDataset(spec, tmp.dir, opts);
    expect(await peekDataset(spec, tmp.dir, opts)).toEqual(loaded);
    expect((await peekDataset(spec, tmp.dir)).sizes).toEqual({ train: 200, validation: 0, test: 50 });
  });

  it('does not read the pixels: a header with truncated pixels still peeks', async () => {
    const set = syntheticSet(2000, 3, 28, 28);
    const whole = gzip(idxImages(set.pixels, 2000, 28, 28));
    await tmp.write('images.gz', whole.subarray(0, 200));
    await tmp.write('labels', idxLabels(set.labels));
    const info = await peekDataset({ kind: 'idx', trainImages: 'images.gz', trainLabels: 'labels' }, tmp.dir);
    expect(info.imageShape).toEqual([28, 28, 1]);
    expect(info.sizes).toEqual({ train: 1800, validation: 0, test: 200 });
  });
});
