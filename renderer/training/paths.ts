/** Path helpers the renderer needs without Node's `path` (both separators, as files may come from Windows). */

export function dirname(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i <= 0 ? (i === 0 ? file.slice(0, 1) : '.') : file.slice(0, i);
}

export function basename(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

/** `file` relative to `dir` when it lies inside it (so projects stay portable), else unchanged. */
export function relativeTo(dir: string | undefined, file: string): string {
  if (!dir) return file;
  const base = dir.replace(/[\\/]+$/, '');
  const sep = file.charAt(base.length);
  return file.startsWith(base) && (sep === '/' || sep === '\\') ? file.slice(base.length + 1) : file;
}
