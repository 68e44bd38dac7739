/**
 * Path text helpers for the renderer (no Node `path`; paths may be POSIX or Windows, so both separators).
 * "No folder" is '' everywhere: `splitPath('p.json').dir` is '', never '.'.
 */

const separatorOf = (path: string): string => (path.includes('\\') && !path.includes('/') ? '\\' : '/');

export function joinPath(dir: string, name: string): string {
  const sep = separatorOf(dir);
  return dir.endsWith('/') || dir.endsWith('\\') ? `${dir}${name}` : `${dir}${sep}${name}`;
}

export function splitPath(path: string): { dir: string; name: string } {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (i < 0) return { dir: '', name: path };
  return { dir: i === 0 ? path.slice(0, 1) : path.slice(0, i), name: path.slice(i + 1) };
}

/** `file` relative to `dir` when it lies inside it (so projects stay portable), else unchanged. */
export function relativeTo(dir: string | undefined, file: string): string {
  if (!dir) return file;
  const base = dir.replace(/[\\/]+$/, '');
  const sep = file.charAt(base.length);
  return file.startsWith(base) && (sep === '/' || sep === '\\') ? file.slice(base.length + 1) : file;
}

/** Adds `extension` unless the name already ends with it (case-insensitive). */
export const withExtension = (name: string, extension: string): string =>
  name.toLowerCase().endsWith(extension.toLowerCase()) ? name : `${name}${extension}`;

export const PROJECT_EXTENSION = '.convas.json';

/** The project's name from its file name: "lenet.convas.json" → "lenet". */
export const projectNameOf = (path: string): string =>
  splitPath(path)
    .name.replace(/\.convas\.json$/i, '')
    .replace(/\.json$/i, '');

/** A file name for a project name: "My net!" → "my-net.convas.json" (or another extension, e.g. a bundle's). */
export const fileNameFor = (projectName: string, extension: string = PROJECT_EXTENSION): string =>
  `${
    projectName
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'untitled'
  }${extension}`;
