/** The report of an in-memory dataset (builtin MNIST, IDX files): counts per class, duplicate images by pixel hash, samples. */
import { dirname, resolve } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import type { DatasetSpec } from '../../core/project/schema';
import { loadDataset } from '../load';
import type { SplitOptions } from '../../core/data/types';
import { classProblems, listProblem } from './problems';
import { duplicateTracker, type SplitName } from './tally';
import type { DatasetReport } from '../../core/data/report/types';

const SPLITS: SplitName[] = ['train', 'validation', 'test'];
/** Hashing runs in slices so progress events get out between them. */
const SLICE = 5000;

type TensorSpec = Extract<DatasetSpec, { kind: 'builtin' | 'idx' }>;

/**
 * Loads a builtin or IDX dataset and reports it like an image folder (no file problems: its files parse or it fails to load).
 * @example
 * const report = await tensorDatasetReport({ kind: 'builtin', name: 'mnist' }, '.', { samplesPerClass: 6, split });
 */
export async function tensorDatasetReport(
  spec: TensorSpec,
  baseDir: string,
  opts: { samplesPerClass: number; split: SplitOptions; onProgress?(done: number, total: number): void },
): Promise<DatasetReport> {
  const data = await loadDataset(spec, baseDir, opts.split);
  const [h, w, c] = data.imageShape;
  const size = h * w * c;
  const perClass = data.classNames.map(className => ({ className, train: 0, validation: 0, test: 0 }));
  const samples = data.classNames.map((className, label) => ({ className, label, pixels: [] as Uint8Array[] }));
  const duplicates = duplicateTracker('');
  const total = data.train.count + data.validation.count + data.test.count;
  let done = 0;
  for (const split of SPLITS) {
    const { images, labels, count } = data[split];
    for (let i = 0; i < count; i++) {
      const label = labels[i]!;
      const pixels = images.subarray(i * size, (i + 1) * size);
      perClass[label]![split]++;
      duplicates.add(pixels, { order: done, path: `${split} image ${i}`, split, label });
      if (split === 'train' && samples[label]!.pixels.length < opts.samplesPerClass)
        samples[label]!.pixels.push(Uint8Array.from(pixels));
      if (++done % SLICE === 0) {
        opts.onProgress?.(done, total);
        await setImmediate();
      }
    }
  }
  opts.onProgress?.(done, total);
  const { acrossSplits, withinSplit } = duplicates.findings();
  const problems = [
    ...classProblems(perClass.map(p => ({ className: p.className, total: p.train + p.validation + p.test }))),
    ...listProblem(
      'duplicate',
      'error',
      `${acrossSplits.length} images have the same pixels as an image in another split: test and validation scores will flatter the model`,
      '',
      acrossSplits,
    ),
    ...listProblem(
      'duplicate',
      'warning',
      `${withinSplit.length} images have the same pixels as another image in the same split`,
      '',
      withinSplit,
    ),
  ];
  const sizes = { train: data.train.count, validation: data.validation.count, test: data.test.count };
  return {
    info: { name: data.name, imageShape: data.imageShape, classNames: data.classNames, sizes },
    root: spec.kind === 'idx' ? dirname(resolve(baseDir, spec.trainImages)) : `builtin:${spec.name}`,
    filesScanned: total,
    imagesUsable: total,
    perClass,
    splitSource: spec.kind === 'builtin' || spec.testImages ? 'given' : 'seeded',
    sizes: [{ width: w, height: h, count: total }],
    samples,
    problems: problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)),
  };
}
