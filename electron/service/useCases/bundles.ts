/** `.convas` bundles from files on disk: a project file and run folders in, one bundle out, and back. */
import path from 'node:path';
import {
  BUNDLE_EXTENSION,
  type OpenedBundle,
  openBundle,
  type WrittenBundle,
  writeBundle,
} from '../../../engine/bundle';
import { ConvasError } from '../../../engine/core/errors';
import { loadProjectFile } from '../../../engine/project/files';
import { appDirs } from '../appDirs';
import { writeError } from '../fileErrors';

export { BUNDLE_EXTENSION };

/**
 * Packs the project in `file` with the given run folders; a failed write names the bundle (FILE_UNREADABLE).
 * @example const { name, written } = await bundleProjectFile('lenet.convas.json', ['convas-runs/lenet-1'], 'class-1.convas');
 */
export async function bundleProjectFile(
  file: string,
  runDirs: string[],
  out: string,
): Promise<{ name: string; written: WrittenBundle }> {
  const { project } = await loadProjectFile(file);
  const target = path.resolve(out);
  const written = await writeBundle(project, runDirs, target).catch(e => {
    throw writeError(target, e);
  });
  return { name: project.name, written };
}

/**
 * Unpacks a bundle into a new folder under the app's data folder (refused bundles write nothing).
 * @example const { projectFile, runs } = await openBundleFile('class-1.convas');
 */
export function openBundleFile(file: string, dataDir = appDirs().data): Promise<OpenedBundle> {
  return openBundle(path.resolve(file), dataDir);
}

/** A bundle's name must end in BUNDLE_EXTENSION: what the app opens and the class hands in. */
export function requireBundleName(out: string, flag = '--out'): void {
  if (!out.endsWith(BUNDLE_EXTENSION))
    throw new ConvasError(
      'FILE_UNREADABLE',
      `${flag}: ${out} does not end in ${BUNDLE_EXTENSION}`,
      `Name the bundle like class-1${BUNDLE_EXTENSION}.`,
    );
}
