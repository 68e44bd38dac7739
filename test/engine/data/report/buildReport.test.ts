/** The dataset report: every broken case listed and counted, class statistics, duplicates, samples; nothing written. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDatasetReport } from '../../../../engine/data/report/buildReport';
import type { DatasetReport, ReportProblem } from '../../../../engine/core/data/report/types';
import { syntheticSet, writeSet } from '../../../fixtures/idx';
import {
  duplicate,
  encodeImage,
  patternPixels,
  permissionsIgnored,
  put,
  snapshotTree,
  tempDir,
  writeBrokenZoo,
  writeClassFolders,
  writeCsv,
  writeGivenSplits,
  type TempDir,
} from '../../../fixtures/imageFolders';

let tmp: TempDir;
beforeAll(async () => {
  tmp = await tempDir();
  await writeBrokenZoo(join(tmp.dir, 'zoo'));
});
afterAll(() => tmp.cleanup());

const problem = (report: DatasetReport, kind: ReportProblem['kind'], severity?: ReportProblem['severity']) =>
  report.problems.filter(p => p.kind === kind && (!severity || p.severity === severity));
const folder = (path: string) => ({ kind: 'folder' as const, path, resize: 'stretch' as const });

describe('the report of a folder with every broken case', () => {
  let report: DatasetReport;
  const progress: [number, number][] = [];
  let before: Record<string, string>;
  beforeAll(async () => {
    before = await snapshotTree(tmp.dir);
    report = await buildDatasetReport(folder('zoo'), tmp.dir, {
      imageShape: [32, 32, 3],
      samplesPerClass: 3,
      onProgress: (done, total) => progress.push([done, total]),
    });
  });

  it('lists, skips and counts each broken file under its kind', () => {
    const files = (kind: ReportProblem['kind']) =>
      problem(report, kind)
        .flatMap(p => p.files)
        .sort();
    expect(files('corrupt')).toEqual(['dogs/bad crc.png', 'dogs/truncated.jpg']);
    expect(files('notImage')).toEqual(['dogs/notes.txt', 'dogs/text.jpg']);
    expect(files('emptyFile')).toEqual(['dogs/zero.png']);
    expect(files('tooLarge')).toEqual(['dogs/huge.png']);
    expect(files('emptyClass')).toEqual(['empty class']);
    expect(files('symlinkLoop')).toEqual(['dogs/loop', 'dogs/self']);
    expect(problem(report, 'tooLarge')[0]!.reasons).toEqual([
      '20000×20000 is 400 megapixels, over the 100-megapixel limit',
    ]);
    expect(problem(report, 'corrupt')[0]!.count).toBe(2);
    if (permissionsIgnored())
      console.log('skipping the unreadable-file assertion: running as root, chmod 000 does not stop reads');
    else expect(files('unreadable')).toEqual(['dogs/locked.png']);
    expect(report.problems.every(p => p.severity === 'warning')).toBe(true);
    expect(report.refusal).toBeUndefined();
  });

  it('counts usable images per class and split, and the sizes seen', () => {
    const locked = permissionsIgnored() ? 1 : 0;
    const totals = Object.fromEntries(report.perClass.map(p => [p.className, p.train + p.validation + p.test]));
    expect(totals).toEqual({ cats: 12, dogs: 12 + locked, émile: 11, '日本 の 猫': 12 });
    expect(report.imagesUsable).toBe(47 + locked);
    expect(report.filesScanned).toBe(52 + 2); // indexed images, plus the empty file and the .txt
    expect(report.sizes).toEqual([{ width: 40, height: 32, count: 47 + locked }]);
    expect(report.info.imageShape).toEqual([32, 32, 3]);
    expect(report.info.classNames).toEqual(['cats', 'dogs', 'émile', '日本 の 猫']);
    expect(report.splitSource).toBe('seeded');
  });

  it('has samples per class at the input shape', () => {
    expect(report.samples.map(s => s.className)).toEqual(['cats', 'dogs', 'émile', '日本 の 猫']);
    for (const sample of report.samples) {
      expect(sample.pixels).toHaveLength(3);
      for (const pixels of sample.pixels) expect(pixels.length).toBe(32 * 32 * 3);
    }
  });

  it('reports progress up to every file', () => {
    expect(progress.at(-1)).toEqual([52, 52]);
    expect(progress.map(p => p[0])).toEqual(Array.from({ length: 52 }, (_, i) => i + 1));
  });

  it('wrote nothing: names, sizes, mtimes and modes unchanged', async () => {
    expect(await snapshotTree(tmp.dir)).toEqual(before);
  });
});

describe('class statistics and duplicates', () => {
  it('finds few images, heavy imbalance, duplicates across and within splits, and small images', async () => {
    const root = join(tmp.dir, 'stats');
    await writeGivenSplits(root, ['a', 'b'], { train: 12, test: 3 });
    await writeClassFolders(join(root, 'train'), ['big'], 60, { seedBase: 50_000 });
    await duplicate(join(root, 'train', 'a', 'img 000.png'), join(root, 'test', 'a', 'leaked.png'));
    await duplicate(join(root, 'train', 'b', 'img 001.png'), join(root, 'train', 'b', 'again.png'));
    await put(join(root, 'train', 'b', 'tiny.png'), await encodeImage('png', patternPixels(8, 8, 3, 77)));
    await put(join(root, 'train', 'few', 'one.png'), await encodeImage('png', patternPixels(40, 32, 3, 78)));
    const report = await buildDatasetReport(folder('stats'), tmp.dir, { imageShape: [32, 32, 3] });
    expect(report.splitSource).toBe('given');
    const across = problem(report, 'duplicate', 'error')[0]!;
    expect(across.files).toEqual(['test/a/leaked.png']);
    expect(across.reasons).toEqual(['same content as train/a/img 000.png (train)']);
    expect(problem(report, 'duplicate', 'warning')[0]!.files).toEqual(['train/b/img 001.png']);
    expect(problem(report, 'tooSmall')[0]).toMatchObject({ files: ['train/b/tiny.png'], reasons: ['8×8'], count: 1 });
    expect(problem(report, 'fewImages')[0]).toMatchObject({ className: 'few', count: 1 });
    expect(problem(report, 'imbalance')[0]!.message).toMatch(/"big" has 60 images, "few" 1 \(60×\)/);
    expect(report.problems[0]!.severity).toBe('error');
    expect(report.refusal).toBeUndefined();
  });

  it('shows a single class, and says training would refuse it', async () => {
    await writeClassFolders(join(tmp.dir, 'single'), ['only'], 12);
    const report = await buildDatasetReport(folder('single'), tmp.dir, { imageShape: [16, 16, 1], samplesPerClass: 2 });
    expect(report.perClass.map(p => p.className)).toEqual(['only']);
    expect(report.imagesUsable).toBe(12);
    expect(problem(report, 'singleClass', 'error')).toHaveLength(1);
    expect(report.refusal).toMatchObject({ code: 'DATASET_ONE_CLASS' });
    expect(report.samples[0]!.pixels[0]!.length).toBe(16 * 16);
  });

  it('says training would refuse a dataset whose second class is all unreadable', async () => {
    await writeClassFolders(join(tmp.dir, 'half'), ['good'], 3);
    await put(join(tmp.dir, 'half', 'broken', 'a.png'), 'not a png');
    const report = await buildDatasetReport(folder('half'), tmp.dir, {});
    expect(report.refusal).toMatchObject({ code: 'DATASET_ONE_CLASS' });
    expect(report.perClass.find(p => p.className === 'broken')).toMatchObject({ train: 0, validation: 0, test: 0 });
  });
});

describe('reports of CSV and IDX datasets', () => {
  it('summarises regression targets', async () => {
    const rows = [];
    for (let i = 0; i < 12; i++) {
      await put(join(tmp.dir, 'reg', 'imgs', `${i}.png`), await encodeImage('png', patternPixels(40, 32, 3, 300 + i)));
      rows.push([`imgs/${i}.png`, i, 2 * i]);
    }
    await writeCsv(join(tmp.dir, 'reg', 'targets.csv'), [['file', 'x', 'y'], ...rows, ['imgs/none.png', 1, 1]]);
    const report = await buildDatasetReport(
      {
        kind: 'csv',
        path: 'reg/targets.csv',
        imageColumn: 'file',
        labelColumn: ['x', 'y'],
        task: 'regression',
        resize: 'letterbox',
      },
      tmp.dir,
      { imageShape: [32, 32, 3], samplesPerClass: 4 },
    );
    expect(report.targets).toEqual([
      { name: 'x', min: 0, max: 11, mean: 5.5 },
      { name: 'y', min: 0, max: 22, mean: 11 },
    ]);
    expect(report.perClass).toEqual([{ className: 'all', train: 10, validation: 1, test: 1 }]);
    expect(report.samples[0]!.pixels).toHaveLength(4);
    expect(problem(report, 'badRow')[0]).toMatchObject({
      files: ['targets.csv:14'],
      reasons: ['line 14: image not found: imgs/none.png'],
    });
    expect(report.info.task).toBe('regression');
  });

  it('reports an IDX dataset, finding duplicate images by their pixels', async () => {
    const set = syntheticSet(60, 3, 6, 6);
    set.pixels.copyWithin(7 * 36, 4 * 36, 5 * 36); // image 7 := image 4 (same class? labels may differ)
    const write = async (name: string, bytes: Uint8Array) => put(join(tmp.dir, 'idx', name), bytes);
    const files = await writeSet(write, 'train', set);
    const progress: number[] = [];
    const report = await buildDatasetReport(
      { kind: 'idx', trainImages: files.images, trainLabels: files.labels },
      join(tmp.dir, 'idx'),
      { onProgress: done => progress.push(done) },
    );
    expect(report.info.imageShape).toEqual([6, 6, 1]);
    expect(report.perClass.reduce((n, p) => n + p.train + p.validation + p.test, 0)).toBe(60);
    expect(report.sizes).toEqual([{ width: 6, height: 6, count: 60 }]);
    const duplicates = problem(report, 'duplicate');
    expect(duplicates.reduce((n, p) => n + p.count, 0)).toBe(1);
    expect(duplicates[0]!.reasons![0]).toMatch(/same content as (train|validation|test) image \d+/);
    expect(report.samples.every(s => s.pixels.length === 6)).toBe(true);
    expect(progress.at(-1)).toBe(60);
  });
});
