/** What the dataset chooser shows: shape, classes, images per class and split, and sample images. */
import { loadDataset } from '../../engine/data/load';
import type { ImageSplit, LoadedDataset } from '../../engine/data/types';
import type { DatasetSpec } from '../../engine/project/schema';
import { trainingSchema } from '../../engine/project/schema';
import type { DatasetPreview } from '../contract/hostApi';

const DEFAULT_TRAINING = trainingSchema.parse({});

function countPerClass(split: ImageSplit, classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (let i = 0; i < split.count; i++) {
    const label = split.labels[i]!;
    if (label < classes) counts[label]! += 1;
  }
  return counts;
}

/**
 * The first `perClass` test images of each class, in class order. Taken from the test split
 * because it does not move with the project's seed, and its indices name probe images.
 */
function samples(data: LoadedDataset, perClass: number): DatasetPreview['samples'] {
  const pixels = data.imageShape.reduce((a, b) => a * b, 1);
  const picked: number[][] = data.classNames.map(() => []);
  for (let i = 0; i < data.test.count; i++) {
    const bucket = picked[data.test.labels[i]!];
    if (bucket && bucket.length < perClass) bucket.push(i);
  }
  return picked.flatMap((indices, label) => indices.map(index => ({
    label, index,
    pixels: Buffer.from(data.test.images.subarray(index * pixels, (index + 1) * pixels)).toString('base64'),
  })));
}

/**
 * Splits follow the default training settings (validation 10%, seed 42), as a new project trains.
 * @example
 * const p = await previewDataset({ kind: 'builtin', name: 'mnist' }, process.cwd(), 2);
 * p.samples.length; // 20
 */
export async function previewDataset(spec: DatasetSpec, baseDir: string, perClass: number): Promise<DatasetPreview> {
  const data = await loadDataset(spec, baseDir, { validationSplit: DEFAULT_TRAINING.validationSplit, seed: DEFAULT_TRAINING.seed });
  const classes = data.classNames.length;
  const sizes = { train: data.train.count, validation: data.validation.count, test: data.test.count };
  return {
    info: { name: data.name, imageShape: data.imageShape, classNames: data.classNames, sizes },
    classCounts: { train: countPerClass(data.train, classes), validation: countPerClass(data.validation, classes), test: countPerClass(data.test, classes) },
    samples: samples(data, perClass),
  };
}
