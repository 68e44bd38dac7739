/**
 * Image folders: one subfolder per class, or train/, val/ (or validation/) and test/ folders
 * that each hold the class folders. Class names are folder names sorted by code point.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { ConvasError } from '../../core/errors';
import type { FolderDatasetSpec } from '../../core/project/schema';
import { collectImages, enterFolder, listFolder, type FolderEntry, type VisitedFolders } from './folderWalk';
import { byCodePoint, isImageName, splitOfFolder } from './names';
import type { ImageEntries, ScannedImages, SkippedImage } from './types';

/** Labels are stored as uint16. */
const MAX_CLASSES = 65_535;

type SplitName = 'train' | 'validation' | 'test';

/** Image paths per class name, for one split (or the whole pool). */
type ClassFiles = Map<string, string[]>;

/**
 * Lists an image folder's classes and files without opening any image.
 * @example
 * const scanned = await scanFolderDataset({ kind: 'folder', path: 'pets', resize: 'stretch' }, projectDir);
 */
export async function scanFolderDataset(spec: FolderDatasetSpec, baseDir: string): Promise<ScannedImages> {
  const root = resolve(baseDir, spec.path);
  await checkIsFolder(root);
  const skipped: SkippedImage[] = [];
  const visited: VisitedFolders = new Map();
  await enterFolder(root, visited, skipped);
  const top = await listFolder(root, skipped);
  const splitFolders = pickSplitFolders(top, root);
  const bySplit = new Map<SplitName | 'all', ClassFiles>();
  if (splitFolders) {
    for (const entry of top)
      if (!splitFolders.has(entry)) skipped.push(stray(entry, 'not a train/, val/ or test/ folder'));
    for (const [entry, split] of splitFolders) {
      if (await enterFolder(entry.path, visited, skipped))
        bySplit.set(split, await readClassFolders(await listFolder(entry.path, skipped), visited, skipped));
    }
  } else {
    bySplit.set('all', await readClassFolders(top, visited, skipped));
  }
  const classNames = namedClasses([...bySplit.values()], skipped, root, top);
  const entries = (split: SplitName | 'all') =>
    bySplit.has(split) ? toEntries(bySplit.get(split)!, classNames) : undefined;
  const pool = splitFolders
    ? {
        train: entries('train') ?? { paths: [], labels: new Uint16Array(0), count: 0 },
        validation: entries('validation'),
        test: entries('test'),
      }
    : { all: entries('all')! };
  return { name: basename(root), root, task: 'classification', classNames, targetNames: [], pool, skipped };
}

async function checkIsFolder(root: string): Promise<void> {
  const info = await stat(root).catch((e: NodeJS.ErrnoException) => {
    throw new ConvasError(
      'DATASET_MISSING',
      e.code === 'ENOENT'
        ? `Image folder not found: ${root}`
        : `Cannot open image folder ${root}: ${e.code ?? e.message}`,
    );
  });
  if (!info.isDirectory()) {
    const hint = root.toLowerCase().endsWith('.csv')
      ? "For a CSV of image paths and labels use { kind: 'csv', path, imageColumn, labelColumn }."
      : undefined;
    throw new ConvasError('DATASET_FORMAT', `${root} is a file, not a folder of images`, hint);
  }
}

/** The split folders when `train/` is present; undefined when the folders are classes. */
function pickSplitFolders(top: FolderEntry[], root: string): Map<FolderEntry, SplitName> | undefined {
  const splits = new Map<FolderEntry, SplitName>();
  for (const entry of top) {
    const split = entry.kind === 'folder' ? splitOfFolder(entry.name) : undefined;
    if (!split) continue;
    const twin = [...splits].find(([, s]) => s === split);
    if (twin)
      throw new ConvasError(
        'DATASET_FORMAT',
        `${root} has both ${twin[0].name}/ and ${entry.name}/; keep one folder per split`,
      );
    splits.set(entry, split);
  }
  if ([...splits.values()].includes('train')) return splits;
  if (splits.size > 0 && top.every(e => e.kind === 'file' || splits.has(e))) {
    throw new ConvasError(
      'DATASET_EMPTY',
      `${root} has ${[...splits.keys()].map(e => `${e.name}/`).join(' and ')} but no train/ folder`,
    );
  }
  return undefined;
}

async function readClassFolders(
  entries: FolderEntry[],
  visited: VisitedFolders,
  skipped: SkippedImage[],
): Promise<ClassFiles> {
  const classes: ClassFiles = new Map();
  for (const entry of entries) {
    if (entry.kind === 'file') {
      skipped.push(stray(entry, 'not inside a class folder'));
      continue;
    }
    const name = entry.name.normalize('NFC');
    const files = await collectImages(entry.path, visited, skipped);
    if (!files) continue;
    classes.set(name, (classes.get(name) ?? []).concat(files));
    if (files.length === 0)
      skipped.push({ path: entry.path, kind: 'emptyClass', reason: 'class folder has no images' });
  }
  return classes;
}

/** Classes with at least one image in some split, sorted; a folder with none at all is refused. */
function namedClasses(splits: ClassFiles[], skipped: SkippedImage[], root: string, top: FolderEntry[]): string[] {
  const names = new Set<string>();
  for (const classes of splits) for (const [name, files] of classes) if (files.length) names.add(name);
  const emptyInSomeSplit = skipped.filter(s => s.kind === 'emptyClass');
  for (const s of emptyInSomeSplit)
    if (names.has(basename(s.path).normalize('NFC'))) skipped.splice(skipped.indexOf(s), 1);
  if (names.size === 0) {
    const loose = top.filter(e => e.kind === 'file' && isImageName(e.name)).length;
    const detail = loose
      ? `; its ${loose} images lie directly inside it, not in class subfolders`
      : splits.some(c => c.size)
        ? '; its class folders hold no usable images'
        : '';
    throw new ConvasError('DATASET_EMPTY', `No images found in class folders under ${root}${detail}`);
  }
  if (names.size > MAX_CLASSES)
    throw new ConvasError(
      'DATASET_FORMAT',
      `${root} has ${names.size} class folders; at most ${MAX_CLASSES} are supported`,
    );
  return [...names].sort(byCodePoint);
}

function toEntries(classes: ClassFiles, classNames: string[]): ImageEntries {
  const paths: string[] = [];
  const labels: number[] = [];
  classNames.forEach((name, label) => {
    for (const path of classes.get(name) ?? []) {
      paths.push(path);
      labels.push(label);
    }
  });
  return { paths, labels: Uint16Array.from(labels), count: paths.length };
}

const stray = (entry: FolderEntry, why: string): SkippedImage => ({
  path: entry.path,
  kind: 'strayFile',
  reason: `${why}; ignored`,
});
