/** Walking dataset folders: follows symlinks, never visits a folder twice, and never stops on a bad entry. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { mapLimit } from './concurrency';
import { isIgnoredName, isImageName, sortedByCodePoint } from './names';
import type { SkippedImage } from './types';

/** Stats in flight while listing; enough to keep the disk busy. */
const STAT_CONCURRENCY = 32;

export interface FolderEntry {
  name: string;
  path: string;
  kind: 'file' | 'folder';
  size: number;
}

/** Realpaths of the folders already walked, and the path each was first reached by. */
export type VisitedFolders = Map<string, string>;

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

/**
 * Marks `dir` visited; false (with a skip entry) when it is a folder already walked, through a symlink loop or a second link.
 * @example
 * if (await enterFolder(dir, visited, skipped)) { ... }
 */
export async function enterFolder(dir: string, visited: VisitedFolders, skipped: SkippedImage[]): Promise<boolean> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (e) {
    skipped.push({ path: dir, kind: 'unreadable', reason: `cannot open folder (${errorCode(e)})` });
    return false;
  }
  const first = visited.get(real);
  if (first === undefined) {
    visited.set(real, dir);
    return true;
  }
  const loop = dir.startsWith(first + sep);
  skipped.push({
    path: dir,
    kind: 'symlinkLoop',
    reason: loop ? `links back to ${first} (symlink loop); not followed` : `same folder as ${first}; not read twice`,
  });
  return false;
}

/**
 * The visible entries of a folder (hidden files and system litter left out), symlinks resolved,
 * sorted by code point. Broken links, loops and unlistable folders become skip entries.
 * @example
 * const entries = await listFolder('/data/cats', skipped);
 */
export async function listFolder(dir: string, skipped: SkippedImage[]): Promise<FolderEntry[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(name => !isIgnoredName(name));
  } catch (e) {
    skipped.push({ path: dir, kind: 'unreadable', reason: `cannot list folder (${errorCode(e)})` });
    return [];
  }
  const entries = await mapLimit(names, STAT_CONCURRENCY, async (name): Promise<FolderEntry | undefined> => {
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (info.isDirectory()) return { name, path, kind: 'folder', size: 0 };
      if (info.isFile()) return { name, path, kind: 'file', size: info.size };
      skipped.push({ path, kind: 'notImage', reason: 'not a regular file' });
    } catch (e) {
      const code = errorCode(e);
      if (code === 'ELOOP') skipped.push({ path, kind: 'symlinkLoop', reason: 'symbolic link loop' });
      else
        skipped.push({
          path,
          kind: 'unreadable',
          reason: code === 'ENOENT' ? 'broken symbolic link' : `cannot read (${code})`,
        });
    }
    return undefined;
  });
  return sortedByCodePoint(
    entries.filter((e): e is FolderEntry => e !== undefined),
    e => e.name,
  );
}

/**
 * Every image file under `dir`, at any depth, in code point order; non-images and empty files
 * become skip entries. Undefined when `dir` itself is skipped (a loop, a second link, unreadable).
 * @example
 * const files = await collectImages('/data/train/cats', visited, skipped);
 */
export async function collectImages(
  dir: string,
  visited: VisitedFolders,
  skipped: SkippedImage[],
): Promise<string[] | undefined> {
  const images: string[] = [];
  return (await collectInto(dir, visited, skipped, images)) ? images : undefined;
}

async function collectInto(
  dir: string,
  visited: VisitedFolders,
  skipped: SkippedImage[],
  images: string[],
): Promise<boolean> {
  if (!(await enterFolder(dir, visited, skipped))) return false;
  for (const entry of await listFolder(dir, skipped)) {
    if (entry.kind === 'folder') await collectInto(entry.path, visited, skipped, images);
    else if (!isImageName(entry.name))
      skipped.push({
        path: entry.path,
        kind: 'notImage',
        reason: `not an image file (${extname(entry.name) || 'no extension'})`,
      });
    else if (entry.size === 0) skipped.push({ path: entry.path, kind: 'emptyFile', reason: 'empty file (0 bytes)' });
    else images.push(entry.path);
  }
  return true;
}
