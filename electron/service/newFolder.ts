/** "New folder" in the in-app file browser, and a new export or bundle target folder. */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConvasError } from '../../engine/core/errors';

const HINT = 'Choose a folder that exists as the parent, or another name.';

/**
 * Creates `dir` (not its parents): the parent must be an existing folder. Nothing is created when it fails.
 * @example await createFolder('/home/ada/exports/lenet'); // '/home/ada/exports/lenet'
 */
export async function createFolder(dir: string): Promise<string> {
  const abs = path.resolve(dir);
  const parent = path.dirname(abs);
  const parentInfo = await stat(parent).catch(() => null);
  if (!parentInfo)
    throw new ConvasError(
      'FILE_UNREADABLE',
      `${abs}: cannot create it, its parent folder ${parent} does not exist`,
      HINT,
    );
  if (!parentInfo.isDirectory())
    throw new ConvasError('FILE_UNREADABLE', `${abs}: cannot create it, ${parent} is a file, not a folder`, HINT);
  try {
    await mkdir(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EEXIST'
        ? 'something with that name exists already'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? `permission denied in ${parent}`
          : code === 'ENOSPC'
            ? 'the disk is full'
            : (e as Error).message;
    throw new ConvasError('FILE_UNREADABLE', `${abs}: cannot create it (${why})`, HINT);
  }
  return abs;
}
