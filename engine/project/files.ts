/** Reading and writing project files on disk (Node only). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { ConvasError } from '../core/errors';
import { parseProjectText } from '../core/project/parse';
import type { Project } from '../core/project/schema';

export interface LoadedProject {
  project: Project;
  /** Absolute path of the file; dataset paths are relative to its folder. */
  file: string;
  baseDir: string;
}

export async function loadProjectFile(file: string): Promise<LoadedProject> {
  const abs = path.resolve(file);
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConvasError(
      'FILE_UNREADABLE',
      `${abs}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (e as Error).message}`,
    );
  }
  try {
    return { project: parseProjectText(text), file: abs, baseDir: path.dirname(abs) };
  } catch (e) {
    if (e instanceof ConvasError) throw new ConvasError(e.code, `${abs}: ${e.message}`, e.hint, e.problems);
    throw e;
  }
}

export async function saveProjectFile(file: string, project: Project): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(project, null, 2)}\n`);
}
