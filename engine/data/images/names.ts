/** File and folder names in image datasets: which count, which are ignored, and one machine-independent order. */
import { extname } from 'node:path';

/** What sharp (and fast-bmp for BMP) decode for datasets; matched case-insensitively. */
export const IMAGE_EXTENSIONS = new Set([
  '.jpg',
  '.jpeg',
  '.jpe',
  '.jfif',
  '.png',
  '.webp',
  '.gif',
  '.tif',
  '.tiff',
  '.bmp',
  '.dib',
]);

/** Litter from file managers and archivers, never data: skipped without a word. */
const IGNORED_NAMES = new Set(['thumbs.db', 'desktop.ini', '__macosx', '@eadir', '$recycle.bin']);

/**
 * True for hidden files and system litter (.DS_Store, Thumbs.db, __MACOSX/).
 * @example
 * isIgnoredName('.DS_Store'); // true
 */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || IGNORED_NAMES.has(name.toLowerCase());
}

/**
 * True when the name ends in an image extension the decoder reads.
 * @example
 * isImageName('cat 01.JPG'); // true
 */
export function isImageName(name: string): boolean {
  return IMAGE_EXTENSIONS.has(extname(name).toLowerCase());
}

/**
 * Compares strings by Unicode code point after NFC normalisation: unlike `<` (UTF-16 units)
 * or localeCompare (locale-dependent), every machine agrees, and macOS's decomposed names
 * sort like everyone else's.
 * @example
 * ['b', 'B', 'a'].sort(byCodePoint); // ['B', 'a', 'b']
 */
export function byCodePoint(a: string, b: string): number {
  return compareCodePoints(a.normalize('NFC'), b.normalize('NFC'));
}

/**
 * Sorts a copy of `items` by `keyOf` in code point order, normalising each key once.
 * @example
 * sortedByCodePoint(entries, e => e.relativePath);
 */
export function sortedByCodePoint<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const keyed = items.map(item => ({ item, key: keyOf(item).normalize('NFC') }));
  keyed.sort((a, b) => compareCodePoints(a.key, b.key));
  return keyed.map(k => k.item);
}

function compareCodePoints(x: string, y: string): number {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const cx = x.codePointAt(i)!;
    const cy = y.codePointAt(j)!;
    if (cx !== cy) return cx - cy;
    i += cx > 0xffff ? 2 : 1;
    j += cy > 0xffff ? 2 : 1;
  }
  return x.length - i - (y.length - j);
}

/** The split a top-level folder name stands for, if any ('val' and 'validation' both mean validation). */
export function splitOfFolder(name: string): 'train' | 'validation' | 'test' | undefined {
  switch (name.toLowerCase()) {
    case 'train':
      return 'train';
    case 'val':
    case 'validation':
      return 'validation';
    case 'test':
      return 'test';
    default:
      return undefined;
  }
}
