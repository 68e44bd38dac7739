/**
 * A project's runs, found on disk by its id: every `<folder>/<run>/run.json` whose projectId matches,
 * in the folders where Convas writes runs. run.json files are re-read only when they change.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConvasError } from '../core/errors';
import type { Project } from '../core/project/schema';
import { readRun, type RunOnDisk } from './readRun';
import type { RunSummary } from '../core/runs/types';

/**
 * Where runs are looked for: the app's `runs/`, and `convas-runs/` (the CLI's default) and `runs/`
 * in the project file's folder and in the working folder.
 * @example runFolders({ dataDir: '~/.local/share/convas', projectDir: '/work/projects', cwd: '/work' })
 */
export function runFolders(where: {
  dataDir: string;
  projectDir?: string | undefined;
  cwd?: string | undefined;
}): string[] {
  const bases = [where.projectDir, where.cwd].filter((b): b is string => !!b).map(b => path.resolve(b));
  return [
    ...new Set([
      path.join(where.dataDir, 'runs'),
      ...bases.flatMap(b => [path.join(b, 'convas-runs'), path.join(b, 'runs')]),
    ]),
  ];
}

export interface RunIndex {
  /** The project's runs in `folders`, newest first. */
  list(projectId: string, folders: readonly string[]): Promise<RunSummary[]>;
  /** One run of the project, with the project it trained; RUN_NOT_FOUND when the project has no such run. */
  find(projectId: string, runId: string, folders: readonly string[]): Promise<RunOnDisk>;
}

async function subfolders(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries.filter(e => e.isDirectory() && !e.name.startsWith('.')).map(e => path.join(folder, e.name));
}

/** @example const runs = await createRunIndex().list(project.id, runFolders({ dataDir })); */
export function createRunIndex(): RunIndex {
  const cache = new Map<string, { stamp: string; run: RunOnDisk | null }>();

  async function read(dir: string): Promise<RunOnDisk | null> {
    const info = await stat(path.join(dir, 'run.json')).catch(() => null);
    if (!info) {
      cache.delete(dir);
      return null;
    }
    const stamp = `${info.mtimeMs}:${info.size}`;
    const known = cache.get(dir);
    if (known?.stamp === stamp) return known.run;
    const run = await readRun(dir);
    cache.set(dir, { stamp, run });
    return run;
  }

  async function all(projectId: string, folders: readonly string[]): Promise<RunOnDisk[]> {
    const dirs = (await Promise.all(folders.map(subfolders))).flat();
    const runs = await Promise.all(dirs.map(read));
    const mine = runs.filter((r): r is RunOnDisk => r !== null && r.summary.projectId === projectId);
    // A run copied to two folders (e.g. a bundle unpacked beside the original) is listed once.
    const byId = new Map(mine.map(r => [r.summary.runId, r]));
    return [...byId.values()].sort((a, b) => b.summary.startedAt.localeCompare(a.summary.startedAt));
  }

  return {
    list: async (projectId, folders) => (await all(projectId, folders)).map(r => r.summary),
    async find(projectId, runId, folders) {
      const run = (await all(projectId, folders)).find(r => r.summary.runId === runId);
      if (!run)
        throw new ConvasError('RUN_NOT_FOUND', `this project has no run ${runId} (looked in ${folders.join(', ')})`);
      return run;
    },
  };
}

/** The project a run trained, named as the open project now is (an export's title, a bundle's name). */
export const trainedProject = (run: RunOnDisk, open: Pick<Project, 'name'>): Project => ({
  ...run.project,
  name: open.name,
});
