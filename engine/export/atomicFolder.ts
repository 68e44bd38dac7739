/** Writes an export folder all at once: filled as a hidden sibling, then renamed into place. */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConvasError } from '../core/errors';

async function entries(dir: string): Promise<string[] | null> {
  const info = await stat(dir).catch(() => null);
  if (!info) return null;
  if (!info.isDirectory()) throw new ConvasError('EXPORT_FOLDER_IN_USE', `${dir} is a file, not a folder`);
  return readdir(dir);
}

/**
 * Calls `fill` on a fresh temporary sibling of `outDir`, then swaps it in. An existing `outDir` is
 * replaced only when it is empty or holds nothing but `ownFiles` (an earlier export); otherwise
 * EXPORT_FOLDER_IN_USE, before anything is written. On failure `outDir` is left as it was.
 * @example await writeFolderAtomically(out, ['model.py', 'weights.npz'], async dir => { await writeFile(path.join(dir, 'model.py'), text); });
 */
export async function writeFolderAtomically(
  outDir: string,
  ownFiles: readonly string[],
  fill: (dir: string) => Promise<void>,
): Promise<void> {
  const existing = await entries(outDir);
  const foreign = existing?.filter(f => !ownFiles.includes(f)) ?? [];
  if (foreign.length) {
    throw new ConvasError(
      'EXPORT_FOLDER_IN_USE',
      `${outDir} already holds other files (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); nothing was written`,
    );
  }
  const parent = path.dirname(outDir);
  await mkdir(parent, { recursive: true });
  const tag = randomBytes(4).toString('hex');
  const temp = path.join(parent, `.${path.basename(outDir)}.tmp-${tag}`);
  await mkdir(temp);
  try {
    await fill(temp);
    if (existing) {
      const old = path.join(parent, `.${path.basename(outDir)}.old-${tag}`);
      await rename(outDir, old);
      try {
        await rename(temp, outDir);
      } catch (e) {
        await rename(old, outDir);
        throw e;
      }
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(temp, outDir);
    }
  } catch (e) {
    await rm(temp, { recursive: true, force: true });
    throw e;
  }
}
