/**
 * The report of a folder or CSV dataset: every file decoded once (small, 4 in flight), hashed and
 * measured; only the sample images' pixels are kept, so 100,000 files fit in little memory.
 */
import type { CsvDatasetSpec, FolderDatasetSpec, ResizeMode } from '../../core/project/schema';
import { mapLimit } from '../images/concurrency';
import { ImageDecodeError, readImage, type ImageTarget } from '../images/decode';
import { imageDatasetInfo, scanImageDataset, untrainableReason, type ImageDatasetIndex } from '../images/imageIndex';
import { sortedByCodePoint } from '../images/names';
import type { SkippedImage } from '../images/types';
import type { SplitOptions } from '../../core/data/types';
import { classProblems, listProblem, skippedProblems, type Finding } from './problems';
import { duplicateTracker, sizeTally, targetTally, type SplitName } from './tally';
import type { DatasetReport, ReportProblem } from '../../core/data/report/types';

/** sharp decodes on libuv's 4 threads; more in flight only holds more files in memory. */
const DECODES_IN_FLIGHT = 4;
/** The check decode of non-sample images: small is fast, and a truncated file still fails at any size. */
const CHECK_SIZE = 32;
const SPLITS: SplitName[] = ['train', 'validation', 'test'];
/** Decoded sample candidates kept until the end; caps memory for datasets with thousands of classes. */
const SAMPLE_BUDGET_BYTES = 48 << 20;
/** Extra sample candidates per class, to stand in for broken ones. */
const SPARE_SAMPLES = 2;

export interface ImageReportOptions {
  imageShape: [number, number, number];
  samplesPerClass: number;
  split: SplitOptions;
  onProgress?(done: number, total: number): void;
}

interface Item {
  path: string;
  split: SplitName;
  row: number;
  label: number;
}

/**
 * Indexes and reads a folder or CSV dataset and lists what is in it and what is wrong with it.
 * @example
 * const report = await imageDatasetReport(spec, projectDir, { imageShape: [64, 64, 3], samplesPerClass: 6, split });
 */
export async function imageDatasetReport(
  spec: FolderDatasetSpec | CsvDatasetSpec,
  baseDir: string,
  opts: ImageReportOptions,
): Promise<DatasetReport> {
  const index = await scanImageDataset(spec, baseDir, opts.split);
  const [h, w] = opts.imageShape;
  const items = SPLITS.flatMap(split =>
    index[split].paths.map((path, row) => ({ path, split, row, label: index[split].labels?.[row] ?? 0 })),
  );
  const read = await readEveryImage(index, items, spec.resize, opts);
  const { acrossSplits, withinSplit } = read.duplicates.findings();
  const perClass = (index.task === 'regression' ? ['all'] : index.classNames).map((className, label) => ({
    className,
    ...read.usable[label]!,
  }));
  const problems = [
    ...skippedProblems(
      sortedByCodePoint(index.skipped.concat(read.failed), f => f.path),
      index.root,
    ),
    ...(index.task === 'classification'
      ? classProblems(perClass.map(p => ({ className: p.className, total: p.train + p.validation + p.test })))
      : []),
    ...listProblem(
      'duplicate',
      'error',
      `${acrossSplits.length} images are copies of images in another split: test and validation scores will flatter the model`,
      index.root,
      acrossSplits,
    ),
    ...listProblem(
      'duplicate',
      'warning',
      `${withinSplit.length} images are copies of other images in the same split`,
      index.root,
      withinSplit,
    ),
    ...listProblem(
      'tooSmall',
      'warning',
      `${read.tooSmall.length} images are less than half the input size (${Math.ceil(w / 2)}×${Math.ceil(h / 2)}); enlarging them blurs them`,
      index.root,
      sortedByCodePoint(read.tooSmall, f => f.path),
    ),
  ];
  return {
    info: imageDatasetInfo(index, opts.imageShape),
    root: index.root,
    filesScanned: items.length + index.skipped.filter(s => s.kind !== 'emptyClass' && s.kind !== 'symlinkLoop').length,
    imagesUsable: items.length - read.failed.length,
    perClass,
    splitSource: index.splitSource,
    sizes: read.sizes.top(),
    ...(index.task === 'regression' && { targets: read.targets.summary() }),
    samples: samplesOf(
      perClass.map(p => p.className),
      items,
      read.samples,
      opts.samplesPerClass,
    ),
    problems: sortProblems(problems),
    ...refusalOf(index, perClass, problems),
  };
}

/** Decodes every item once (sample candidates at the input shape, the rest small) and tallies what it finds. */
async function readEveryImage(index: ImageDatasetIndex, items: Item[], resize: ResizeMode, opts: ImageReportOptions) {
  const [h, w, c] = opts.imageShape;
  const classCount = Math.max(index.classNames.length, 1);
  const candidates = sampleCandidates(
    items,
    classCount,
    opts.samplesPerClass,
    Math.floor(SAMPLE_BUDGET_BYTES / (h * w * c)),
  );
  const sample: ImageTarget = { shape: opts.imageShape, resize };
  const check: ImageTarget = { shape: [Math.min(h, CHECK_SIZE), Math.min(w, CHECK_SIZE), c], resize };
  const read = {
    usable: Array.from({ length: classCount }, () => ({ train: 0, validation: 0, test: 0 })),
    sizes: sizeTally(),
    duplicates: duplicateTracker(index.root),
    targets: targetTally(index.targetNames),
    failed: [] as SkippedImage[],
    tooSmall: [] as Finding[],
    samples: new Map<number, Uint8Array>(),
  };
  let done = 0;
  await mapLimit(items, DECODES_IN_FLIGHT, async (item, i) => {
    const image = await readImage(item.path, candidates.has(i) ? sample : check).catch((e: unknown) => {
      if (!(e instanceof ImageDecodeError)) throw e;
      read.failed.push({ path: item.path, kind: e.reason, reason: e.detail });
      return undefined;
    });
    if (image) {
      read.usable[item.label]![item.split]++;
      read.sizes.add(image.width, image.height);
      read.duplicates.add(image.bytes, { order: i, path: item.path, split: item.split, label: item.label });
      if (index.task === 'regression') read.targets.add(index[item.split].targets!, item.row);
      if (image.width < w / 2 || image.height < h / 2)
        read.tooSmall.push({ path: item.path, reason: `${image.width}×${image.height}` });
      if (candidates.has(i)) read.samples.set(i, image.pixels);
    }
    opts.onProgress?.(++done, items.length);
  });
  if (items.length === 0) opts.onProgress?.(0, 0);
  return read;
}

/** Item numbers to decode at full size for samples, spread evenly over each class, a few spare, at most `budget` in all. */
function sampleCandidates(items: Item[], classCount: number, perClass: number, budget: number): Set<number> {
  const byClass = Array.from({ length: classCount }, () => [] as number[]);
  items.forEach((item, i) => byClass[item.label]!.push(i));
  const chosen = new Set<number>();
  const each = perClass === 0 ? 0 : Math.max(1, Math.min(perClass + SPARE_SAMPLES, Math.floor(budget / classCount)));
  for (const members of byClass) {
    const wanted = Math.min(members.length, each, budget - chosen.size);
    for (let k = 0; k < wanted; k++) chosen.add(members[Math.floor((k * members.length) / wanted)]!);
  }
  return chosen;
}

/** The first `perClass` decoded candidates of each class, in item order (not decoding order), so every run shows the same. */
function samplesOf(
  classNames: string[],
  items: Item[],
  pixels: Map<number, Uint8Array>,
  perClass: number,
): DatasetReport['samples'] {
  return classNames.map((className, label) => {
    const chosen = [...pixels.keys()]
      .filter(i => items[i]!.label === label)
      .sort((a, b) => a - b)
      .slice(0, perClass);
    return { className, label, pixels: chosen.map(i => Uint8Array.from(pixels.get(i)!)) };
  });
}

const sortProblems = (problems: ReportProblem[]) =>
  problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));

function refusalOf(
  index: ImageDatasetIndex,
  perClass: DatasetReport['perClass'],
  problems: ReportProblem[],
): Pick<DatasetReport, 'refusal'> {
  const refusal = untrainableReason(index);
  if (refusal) return { refusal: { code: refusal.code, message: refusal.message, hint: refusal.hint } };
  const usableImages = perClass.reduce((sum, p) => sum + p.train + p.validation + p.test, 0);
  if (usableImages === 0)
    return {
      refusal: {
        code: 'DATASET_EMPTY',
        message: `None of the images in ${index.name} can be read`,
        hint: 'See the problems listed: every image was skipped.',
      },
    };
  const single = problems.find(p => p.kind === 'singleClass');
  if (single)
    return {
      refusal: {
        code: 'DATASET_ONE_CLASS',
        message: `${single.message} (the other classes have no readable images)`,
        hint: 'Add readable images for another class.',
      },
    };
  return {};
}
