/** The server's own disk, one folder at a time, for the browser shell's in-app file browser. */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConvasError } from '../../engine/core/errors';
import type { DirectoryListing } from '../contract/hostApi';

type Entry = DirectoryListing['entries'][number];

function folderError(dir: string, e: unknown): ConvasError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such folder'
      : code === 'ENOTDIR'
        ? 'is a file, not a folder'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : (e as Error).message;
  return new ConvasError('FILE_UNREADABLE', `${dir}: ${why}`, 'Choose a folder that exists and that you may read.');
}

/** `.convas.json`, `convas.json` and `json` all mean "names ending in .json / .convas.json". */
function matcher(extensions: string[] | undefined): (name: string) => boolean {
  if (!extensions?.length) return () => true;
  const endings = extensions.map(e => `.${e.replace(/^\.+/, '').toLowerCase()}`);
  return name => endings.some(end => name.toLowerCase().endsWith(end));
}

/**
 * Lists `dir` (default: the home folder): folders first, then files, each by name; hidden
 * entries (dot files) are left out, and `extensions` filters files only so folders stay walkable.
 * @example
 * const { entries, parent } = await listDirectory('/home/ada', ['convas.json']);
 */
export async function listDirectory(dir: string | undefined, extensions?: string[]): Promise<DirectoryListing> {
  const abs = path.resolve(dir ?? os.homedir());
  let names: Dirent[];
  try {
    names = await readdir(abs, { withFileTypes: true });
  } catch (e) {
    throw folderError(abs, e);
  }
  const wanted = matcher(extensions);
  const entries = await Promise.all(
    names
      .filter(d => !d.name.startsWith('.'))
      .map(async (d): Promise<Entry | null> => {
        try {
          // stat (not lstat): a link to a folder is walked like a folder.
          const info = await stat(path.join(abs, d.name));
          if (info.isDirectory()) return { name: d.name, kind: 'directory', size: 0 };
          return info.isFile() && wanted(d.name) ? { name: d.name, kind: 'file', size: info.size } : null;
        } catch {
          return null; // a dangling link or an entry removed meanwhile
        }
      }),
  );
  const listed = entries
    .filter((e): e is Entry => e !== null)
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'directory' ? -1 : 1));
  const parent = path.dirname(abs);
  return { path: abs, parent: parent === abs ? null : parent, entries: listed };
}
