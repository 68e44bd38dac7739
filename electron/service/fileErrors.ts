/** File-system failures as user errors: the path, the reason in words, and what to do. */
import { ConvasError } from '../../engine/core/errors';

// A ConvasError has a string code too: it is already what the user should see.
const isErrno = (e: unknown): e is NodeJS.ErrnoException =>
  e instanceof Error && !(e instanceof ConvasError) && typeof (e as NodeJS.ErrnoException).code === 'string';

/**
 * A failed write becomes FILE_UNREADABLE naming the path; errors that are not the file system's (ConvasErrors included) pass through.
 * @example throw writeError('/root/x.convas.json', e); // "/root/x.convas.json: cannot save there (permission denied)"
 */
export function writeError(target: string, e: unknown): unknown {
  if (!isErrno(e)) return e;
  const why =
    e.code === 'ENOENT'
      ? 'its folder does not exist'
      : e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS'
        ? 'permission denied'
        : e.code === 'EISDIR'
          ? 'a folder has that name'
          : e.code === 'ENOTDIR'
            ? 'a file stands where a folder should be'
            : e.code === 'ENOSPC'
              ? 'the disk is full'
              : e.message;
  return new ConvasError(
    'FILE_UNREADABLE',
    `${target}: cannot save there (${why})`,
    'Choose a folder that exists and that you may write to.',
  );
}
