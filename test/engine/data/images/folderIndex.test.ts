/** Indexing image folders: class names, given vs seeded splits, and every broken case skipped with a reason. */
import { mkdir, symlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexImageDataset, scanImageDataset, type ImageDatasetIndex } from '../../../../engine/data/images/imageIndex';
import { ConvasError } from '../../../../engine/core/errors';
import type { FolderDatasetSpec } from '../../../../engine/core/project/schema';
import {
  put,
  snapshotTree,
  tempDir,
  writeBrokenZoo,
  writeClassFolders,
  writeGivenSplits,
  type BrokenZoo,
  type TempDir,
} from '../../../fixtures/imageFolders';

const folder = (path: string): FolderDatasetSpec => ({ kind: 'folder', path, resize: 'stretch' });
const opts = { validationSplit: 0.2, testSplit: 0.1, seed: 42 };
const allPaths = (index: ImageDatasetIndex) => [...index.train.paths, ...index.validation.paths, ...index.test.paths];
const counts = (index: ImageDatasetIndex) => ({
  train: index.train.count,
  validation: index.validation.count,
  test: index.test.count,
});

async function rejection(promise: Promise<unknown>): Promise<ConvasError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConvasError);
  return error as ConvasError;
}

let tmp: TempDir;
let zoo: BrokenZoo;
beforeAll(async () => {
  tmp = await tempDir();
  zoo = await writeBrokenZoo(join(tmp.dir, 'zoo'));
});
afterAll(() => tmp.cleanup());

describe('indexImageDataset on class folders', () => {
  it('names classes by folder, in code point order, with spaces and non-ASCII characters', async () => {
    const index = await indexImageDataset(folder('zoo'), tmp.dir, opts);
    expect(index.classNames).toEqual(['cats', 'dogs', 'émile', '日本 の 猫']);
    expect(index.task).toBe('classification');
    expect(index.splitSource).toBe('seeded');
    expect(index.name).toBe('zoo');
    expect(index.root).toBe(join(tmp.dir, 'zoo'));
    const labelOf = new Map<string, number>();
    for (const split of [index.train, index.validation, index.test])
      split.paths.forEach((p, i) => labelOf.set(p, split.labels![i]!));
    for (const [name, files] of Object.entries(zoo.good))
      for (const file of files) expect(labelOf.get(file), file).toBe(index.classNames.indexOf(name));
  });

  it('skips what it can tell from names and sizes, with a reason, and ignores hidden files silently', async () => {
    const index = await indexImageDataset(folder('zoo'), tmp.dir, opts);
    const kinds = Object.fromEntries(index.skipped.map(s => [basename(s.path), s.kind]));
    expect(kinds).toEqual({
      'empty class': 'emptyClass',
      loop: 'symlinkLoop',
      self: 'symlinkLoop',
      'notes.txt': 'notImage',
      'zero.png': 'emptyFile',
    });
    expect(index.skipped.find(s => s.kind === 'symlinkLoop' && basename(s.path) === 'loop')!.reason).toMatch(
      /links back to .*zoo \(symlink loop\)/,
    );
    expect(index.skipped.every(s => s.reason.length > 0)).toBe(true);
    expect(JSON.stringify(index)).not.toMatch(/DS_Store|Thumbs/);
  });

  it('does not open images while indexing: broken images are indexed and left to the decoder', async () => {
    const index = await indexImageDataset(folder('zoo'), tmp.dir, opts);
    const paths = allPaths(index);
    for (const file of [
      zoo.broken.truncatedJpeg,
      zoo.broken.badCrcPng,
      zoo.broken.textAsJpeg,
      zoo.broken.huge,
      zoo.broken.unreadable,
    ])
      expect(paths).toContain(file);
    expect(paths).toHaveLength(new Set(paths).size);
    expect(paths.length).toBe(12 + 12 + 12 + 11 + 5);
  });

  it('refuses a single class with a clear message, while scanImageDataset still lists it', async () => {
    await writeClassFolders(join(tmp.dir, 'single'), ['only cats'], 5);
    const error = await rejection(indexImageDataset(folder('single'), tmp.dir, opts));
    expect(error.code).toBe('DATASET_ONE_CLASS');
    expect(error.message).toMatch(/Only one class, "only cats"/);
    const scanned = await scanImageDataset(folder('single'), tmp.dir, opts);
    expect(scanned.classNames).toEqual(['only cats']);
    expect(counts(scanned).train + counts(scanned).validation + counts(scanned).test).toBe(5);
  });

  it('says what is wrong with a missing path, a file, an empty folder, or images outside class folders', async () => {
    expect((await rejection(indexImageDataset(folder('nope'), tmp.dir, opts))).code).toBe('DATASET_MISSING');
    await put(join(tmp.dir, 'labels.csv'), 'a,b\n');
    const file = await rejection(indexImageDataset(folder('labels.csv'), tmp.dir, opts));
    expect(file.code).toBe('DATASET_FORMAT');
    expect(file.hint).toMatch(/kind: 'csv'/);
    await mkdir(join(tmp.dir, 'empty'));
    expect((await rejection(indexImageDataset(folder('empty'), tmp.dir, opts))).code).toBe('DATASET_EMPTY');
    await writeClassFolders(join(tmp.dir, 'flat'), ['.'], 3);
    const flat = await rejection(indexImageDataset(folder('flat'), tmp.dir, opts));
    expect(flat.code).toBe('DATASET_EMPTY');
    expect(flat.message).toMatch(/3 images lie directly inside it/);
  });

  it('follows symlinked class folders, but reads a folder linked twice only once', async () => {
    const root = join(tmp.dir, 'linked');
    await writeClassFolders(join(tmp.dir, 'elsewhere'), ['birds'], 4);
    await writeClassFolders(root, ['fish'], 4);
    await mkdir(root, { recursive: true });
    await symlink(join(tmp.dir, 'elsewhere', 'birds'), join(root, 'birds'));
    await symlink(join(tmp.dir, 'elsewhere', 'birds'), join(root, 'birds again'));
    const index = await indexImageDataset(folder('linked'), tmp.dir, { ...opts, testSplit: 0, validationSplit: 0 });
    expect(index.classNames).toEqual(['birds', 'fish']);
    expect(index.train.count).toBe(8);
    expect(index.skipped).toEqual([
      expect.objectContaining({
        path: join(root, 'birds again'),
        kind: 'symlinkLoop',
        reason: expect.stringMatching(/same folder as .*birds; not read twice/),
      }),
    ]);
  });
});

describe('splits of image folders', () => {
  beforeAll(async () => {
    await writeGivenSplits(join(tmp.dir, 'given'), ['a', 'b', 'c'], { train: 10, val: 3, test: 4 });
    await writeGivenSplits(join(tmp.dir, 'given-validation'), ['a', 'b'], { train: 6, val: 2 }, 'validation');
    await writeGivenSplits(join(tmp.dir, 'given-train-test'), ['a', 'b'], { train: 20, test: 5 });
    await writeClassFolders(join(tmp.dir, 'pool'), ['x', 'y', 'z'], 40);
    await writeClassFolders(join(tmp.dir, 'uneven'), ['big', 'small'], 0);
    await writeClassFolders(join(tmp.dir, 'uneven'), ['big'], 90);
    await writeClassFolders(join(tmp.dir, 'uneven'), ['small'], 10, { seedBase: 5000 });
  });

  it('uses given train/, val/ and test/ folders as they are', async () => {
    const index = await indexImageDataset(folder('given'), tmp.dir, opts);
    expect(index.splitSource).toBe('given');
    expect(index.classNames).toEqual(['a', 'b', 'c']);
    expect(counts(index)).toEqual({ train: 30, validation: 9, test: 12 });
    expect(index.validation.paths.every(p => p.includes('/val/'))).toBe(true);
    expect(index.test.paths.every(p => p.includes('/test/'))).toBe(true);
    expect(index.train.paths.every(p => p.includes('/train/'))).toBe(true);
  });

  it('accepts validation/ for val/, and carves validation from train/ when there is none', async () => {
    const named = await indexImageDataset(folder('given-validation'), tmp.dir, { ...opts, testSplit: 0 });
    expect(counts(named)).toEqual({ train: 12, validation: 4, test: 0 });
    const carved = await indexImageDataset(folder('given-train-test'), tmp.dir, { validationSplit: 0.25, seed: 3 });
    expect(carved.splitSource).toBe('given');
    expect(counts(carved)).toEqual({ train: 30, validation: 10, test: 10 });
    expect(carved.validation.paths.every(p => p.includes('/train/'))).toBe(true);
  });

  it('splits seeded and stratified: same seed same split, another seed another validation, the test set fixed', async () => {
    const a = await indexImageDataset(folder('pool'), tmp.dir, opts);
    const again = await indexImageDataset(folder('pool'), tmp.dir, opts);
    const other = await indexImageDataset(folder('pool'), tmp.dir, { ...opts, seed: 7 });
    expect(counts(a)).toEqual({ train: 86, validation: 22, test: 12 });
    expect(again.train.paths).toEqual(a.train.paths);
    expect(again.validation.paths).toEqual(a.validation.paths);
    expect(other.validation.paths).not.toEqual(a.validation.paths);
    expect(other.test.paths).toEqual(a.test.paths);
    for (const split of [a.test, a.validation]) {
      const perClass = [0, 1, 2].map(c => split.labels!.filter(l => l === c).length);
      expect(Math.max(...perClass) - Math.min(...perClass)).toBeLessThanOrEqual(1);
    }
    expect(new Set(allPaths(a)).size).toBe(120);
  });

  it('keeps class shares in every split of an uneven dataset, and trims train to the limit', async () => {
    const index = await indexImageDataset(folder('uneven'), tmp.dir, {
      validationSplit: 0.2,
      testSplit: 0.1,
      seed: 1,
      limit: 20,
    });
    expect(index.test.count).toBe(10);
    expect(Array.from(index.test.labels!).filter(l => l === 1)).toHaveLength(1);
    expect(index.validation.count).toBe(18);
    expect(index.train.count).toBe(20);
    expect(Array.from(index.train.labels!).filter(l => l === 1)).toHaveLength(2);
  });

  it('rejects a test split outside 0–0.5', async () => {
    expect((await rejection(indexImageDataset(folder('pool'), tmp.dir, { ...opts, testSplit: 0.9 }))).code).toBe(
      'TRAINING_CONFIG',
    );
  });
});

describe('indexing never writes', () => {
  it('leaves every file and folder as it was (names, sizes, mtimes, modes)', async () => {
    const before = await snapshotTree(tmp.dir);
    for (const path of ['zoo', 'given', 'pool', 'linked']) await scanImageDataset(folder(path), tmp.dir, opts);
    expect(await snapshotTree(tmp.dir)).toEqual(before);
  });
});
