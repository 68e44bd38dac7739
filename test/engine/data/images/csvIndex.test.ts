/** CSV datasets: classification and multi-target regression, bad rows skipped and listed, missing columns named. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexImageDataset, scanImageDataset, type ImageDatasetIndex } from '../../../../engine/data/images/imageIndex';
import { ConvasError } from '../../../../engine/core/errors';
import type { CsvDatasetSpec } from '../../../../engine/core/project/schema';
import {
  encodeImage,
  patternPixels,
  put,
  snapshotTree,
  tempDir,
  writeCsv,
  type TempDir,
} from '../../../fixtures/imageFolders';

const opts = { validationSplit: 0.2, testSplit: 0.1, seed: 42 };
const csv = (
  path: string,
  labelColumn: string | string[],
  task: 'classification' | 'regression' = 'classification',
): CsvDatasetSpec => ({ kind: 'csv', path, imageColumn: 'file', labelColumn, task, resize: 'stretch' });

let tmp: TempDir;
beforeAll(async () => {
  tmp = await tempDir();
  for (let i = 0; i < 30; i++)
    await put(join(tmp.dir, 'data', 'imgs', `photo ${i}.png`), await encodeImage('png', patternPixels(20, 16, 3, i)));
  await put(join(tmp.dir, 'data', 'imgs', 'empty.png'), new Uint8Array(0));
});
afterAll(() => tmp.cleanup());

/** Everything an index says about one image, keyed by its file name. */
function byFile(index: ImageDatasetIndex): Map<string, { label?: number; targets?: number[] }> {
  const out = new Map<string, { label?: number; targets?: number[] }>();
  const width = index.targetNames.length;
  for (const split of [index.train, index.validation, index.test]) {
    split.paths.forEach((path, i) =>
      out.set(path.split('/').at(-1)!, {
        label: split.labels?.[i],
        targets: split.targets ? Array.from(split.targets.subarray(i * width, (i + 1) * width)) : undefined,
      }),
    );
  }
  return out;
}

describe('CSV classification', () => {
  it('reads image paths relative to the CSV folder and class names sorted by code point', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`imgs/photo ${i}.png`, ['zèbre', 'ant', 'Bee'][i % 3]!]);
    await writeCsv(join(tmp.dir, 'data', 'labels.csv'), [['file', 'species'], ...rows]);
    const index = await indexImageDataset(csv('data/labels.csv', 'species'), tmp.dir, opts);
    expect(index.classNames).toEqual(['Bee', 'ant', 'zèbre']);
    expect(index.root).toBe(join(tmp.dir, 'data'));
    expect(index.name).toBe('data/labels.csv');
    expect(index.splitSource).toBe('seeded');
    expect(index.train.count + index.validation.count + index.test.count).toBe(30);
    const files = byFile(index);
    expect(files.get('photo 0.png')!.label).toBe(2);
    expect(files.get('photo 1.png')!.label).toBe(1);
    expect(files.get('photo 2.png')!.label).toBe(0);
    expect(index.skipped).toEqual([]);
  });

  it('names the columns that exist when a column is missing', async () => {
    const error = await scanImageDataset(csv('data/labels.csv', 'label'), tmp.dir, opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConvasError);
    expect(error).toMatchObject({ code: 'DATASET_COLUMN' });
    expect((error as Error).message).toMatch(/no column "label"; its columns are: "file", "species"/);
  });

  it('refuses a CSV that is missing, or has no header', async () => {
    await expect(scanImageDataset(csv('data/nope.csv', 'x'), tmp.dir, opts)).rejects.toMatchObject({
      code: 'DATASET_MISSING',
    });
    await put(join(tmp.dir, 'data', 'blank.csv'), '\n\n');
    await expect(scanImageDataset(csv('data/blank.csv', 'x'), tmp.dir, opts)).rejects.toMatchObject({
      code: 'DATASET_FORMAT',
    });
  });
});

describe('CSV regression', () => {
  it('reads several numeric targets per image and keeps them with their image through the split', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`imgs/photo ${i}.png`, i * 1.5, 10 - i, `note ${i}`]);
    await writeCsv(join(tmp.dir, 'data', 'targets.csv'), [['file', 'age', 'tilt', 'comment'], ...rows]);
    const index = await indexImageDataset(csv('data/targets.csv', ['age', 'tilt'], 'regression'), tmp.dir, opts);
    expect(index.task).toBe('regression');
    expect(index.classNames).toEqual([]);
    expect(index.targetNames).toEqual(['age', 'tilt']);
    expect(index.train.labels).toBeUndefined();
    expect([index.train.count, index.validation.count, index.test.count]).toEqual([22, 5, 3]);
    for (const [file, { targets }] of byFile(index)) {
      const i = Number(/photo (\d+)/.exec(file)![1]);
      expect(targets, file).toEqual([i * 1.5, 10 - i]);
    }
  });

  it('splits regression data seeded but unstratified: same seed, same split', async () => {
    const spec = csv('data/targets.csv', 'age', 'regression');
    const a = await indexImageDataset(spec, tmp.dir, opts);
    const b = await indexImageDataset(spec, tmp.dir, opts);
    const c = await indexImageDataset(spec, tmp.dir, { ...opts, seed: 9 });
    expect(b.validation.paths).toEqual(a.validation.paths);
    expect(c.validation.paths).not.toEqual(a.validation.paths);
    expect(c.test.paths).toEqual(a.test.paths);
  });
});

describe('bad CSV rows', () => {
  it('skips and reports every bad row with its line, keeping the good ones', async () => {
    const text = [
      'file,score,extra',
      'imgs/photo 0.png,1.5,a',
      'imgs/missing.png,2,b', // line 3: image not found
      'imgs/photo 1.png,abc,c', // line 4: non-numeric
      'imgs/photo 2.png,3', // line 5: wrong column count
      'imgs/photo 3.png,,d', // line 6: empty target
      ',4,e', // line 7: no image
      'imgs/empty.png,5,f', // line 8: zero bytes
      'imgs/notes.txt,6,g', // line 9: not an image name
      'imgs\\photo 4.png,7,h', // Windows separators work
      'imgs/photo 5.png,"8",i',
    ].join('\n');
    await put(join(tmp.dir, 'data', 'bad.csv'), text);
    const index = await indexImageDataset(csv('data/bad.csv', 'score', 'regression'), tmp.dir, {
      validationSplit: 0,
      testSplit: 0,
      seed: 1,
    });
    expect(index.train.paths.map(p => p.split('/').at(-1))).toEqual(['photo 0.png', 'photo 4.png', 'photo 5.png']);
    expect(Array.from(index.train.targets!)).toEqual([1.5, 7, 8]);
    const reasons = index.skipped.map(s => `${s.kind} ${s.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'badRow line 3: image not found: imgs/missing.png',
        'badRow line 4: target "abc" in column score is not a number',
        'badRow line 5: 2 fields, the header has 3',
        'badRow line 6: no value in column score',
        'badRow line 7: no image path in column file',
        'emptyFile empty file (0 bytes)',
        'notImage line 9: not an image file name',
      ]),
    );
    expect(index.skipped).toHaveLength(7);
  });

  it('survives a broken quote: the rows it swallows are reported, not fatal', async () => {
    await put(
      join(tmp.dir, 'data', 'quote.csv'),
      'file,label\nimgs/photo 0.png,a\nimgs/photo 1.png,b\n"imgs/photo 2.png,a\n',
    );
    const index = await scanImageDataset(csv('data/quote.csv', 'label'), tmp.dir, {
      validationSplit: 0,
      testSplit: 0,
      seed: 1,
    });
    expect(index.train.count).toBe(2);
    expect(index.skipped).toEqual([
      expect.objectContaining({ kind: 'badRow', reason: expect.stringMatching(/Quote Not Closed/) }),
    ]);
  });

  it('never writes in the dataset folder', async () => {
    const before = await snapshotTree(tmp.dir);
    await scanImageDataset(csv('data/bad.csv', 'score', 'regression'), tmp.dir, opts);
    expect(await snapshotTree(tmp.dir)).toEqual(before);
  });
});
