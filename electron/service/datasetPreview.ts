/** What the dataset chooser shows: shape, classes, images per class and split, and sample images. */
import { openDataset } from '../../engine/data/load';
import type { DatasetSources, SplitSource } from '../../engine/core/data/types';
import type { DatasetSpec } from '../../engine/core/project/schema';
import { trainingSchema } from '../../engine/core/project/schema';
import type { DatasetPreview } from '../contract/hostApi';

const DEFAULT_TRAINING = trainingSchema.parse({});
/** Regression has no classes: this many samples per "class" slot, spread over the test split. */
const REGRESSION_SAMPLE_FACTOR = 4;

function countPerClass(split: SplitSource, classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  const labels = split.labels ?? [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label < classes) counts[label]! += 1;
  }
  return counts;
}

/** The first `perClass` test images of each class in class order, or evenly spread ones for regression. */
function sampleIndices(data: DatasetSources, perClass: number): number[] {
  const { test } = data;
  if (data.task === 'regression') {
    const count = Math.min(test.count, perClass * REGRESSION_SAMPLE_FACTOR);
    return Array.from({ length: count }, (_, i) => Math.floor((i * test.count) / count));
  }
  const picked: number[][] = data.classNames.map(() => []);
  const labels = test.labels ?? [];
  for (let i = 0; i < test.count; i++) {
    const bucket = picked[labels[i]!];
    if (bucket && bucket.length < perClass) bucket.push(i);
  }
  return picked.flat();
}

/**
 * Taken from the test split because it does not move with the project's seed, and its indices name
 * probe images. A file that cannot be decoded is left out of the samples.
 */
async function samples(data: DatasetSources, perClass: number): Promise<DatasetPreview['samples']> {
  const read = await Promise.all(
    sampleIndices(data, perClass).map(index =>
      data.test.item(index).then(
        ({ pixels, targets }) => ({ label: targets[0] ?? 0, index, pixels: Uint8Array.from(pixels) }),
        () => null,
      ),
    ),
  );
  return read.filter(s => s !== null);
}

/**
 * Splits follow the default training settings (validation 10%, test 10%, seed 42), as a new project
 * trains. Folder and CSV datasets are decoded to `imageShape` (the project's Input node), which they need.
 * @example
 * const p = await previewDataset({ kind: 'builtin', name: 'mnist' }, process.cwd(), 2);
 * p.samples.length; // 20
 */
export async function previewDataset(
  spec: DatasetSpec,
  baseDir: string,
  perClass: number,
  imageShape?: [number, number, number],
): Promise<DatasetPreview> {
  const { validationSplit, testSplit, seed } = DEFAULT_TRAINING;
  const data = await openDataset(
    spec,
    baseDir,
    { validationSplit, testSplit, seed, ...(imageShape && { imageShape }) },
    { inProcess: true },
  );
  try {
    const classes = data.classNames.length;
    const { train, validation, test } = data;
    const sizes = { train: train.count, validation: validation.count, test: test.count };
    return {
      info: {
        name: data.name,
        imageShape: data.imageShape,
        classNames: data.classNames,
        ...(data.task === 'regression' && { task: data.task, targetNames: data.targetNames }),
        sizes,
      },
      classCounts: {
        train: countPerClass(train, classes),
        validation: countPerClass(validation, classes),
        test: countPerClass(test, classes),
      },
      samples: await samples(data, perClass),
    };
  } finally {
    await data.close();
  }
}
