/**
 * Opens a `.convas` file into a new folder under the app's data folder. Everything is read and
 * checked in memory first; a refused bundle writes nothing, an accepted one appears at once
 * (extracted to a hidden staging folder, then renamed).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConvasError } from '../core/errors';
import type { Project } from '../core/project/schema';
import { bundleContents } from './bundleContents';
import { BUNDLE_LIMITS, PROJECT_ENTRY, THUMBNAIL_ENTRY, type BundleLimits } from './layout';
import { unzipBundle } from './unzipBundle';

export interface OpenedBundle {
  /** The new folder: `<appDir>/bundles/<project>-<time>`. */
  dir: string;
  projectFile: string;
  project: Project;
  /** Each run's folder (holds run.json and, when trained, model.json): usable as --weights. */
  runs: { name: string; dir: string }[];
}

async function readBundleFile(file: string, limits: BundleLimits): Promise<Uint8Array> {
  try {
    const { size } = await stat(file);
    if (size > limits.maxFileBytes)
      throw new ConvasError(
        'BUNDLE_TOO_LARGE',
        `${file} is ${size} bytes; at most ${limits.maxFileBytes} are accepted`,
      );
    return new Uint8Array(await readFile(file));
  } catch (e) {
    if (e instanceof ConvasError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConvasError(
      'FILE_UNREADABLE',
      `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (e as Error).message}`,
    );
  }
}

function newFolder(bundlesDir: string, projectName: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const base = path.join(
    bundlesDir,
    `${projectName.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 80) || 'project'}-${stamp}`,
  );
  let dir = base;
  for (let i = 2; existsSync(dir); i++) dir = `${base}-${i}`;
  return dir;
}

/**
 * @example
 * const opened = await openBundle('homework.convas', appDirs().data);
 * await loadProjectFile(opened.projectFile);
 */
export async function openBundle(
  file: string,
  appDir: string,
  limits: BundleLimits = BUNDLE_LIMITS,
): Promise<OpenedBundle> {
  const source = path.resolve(file);
  let contents: ReturnType<typeof bundleContents>;
  try {
    contents = bundleContents(unzipBundle(await readBundleFile(source, limits), limits));
  } catch (e) {
    if (e instanceof ConvasError && !e.message.startsWith(source))
      throw new ConvasError(e.code, `${source}: ${e.message}`, e.hint);
    throw e;
  }
  const bundlesDir = path.join(path.resolve(appDir), 'bundles');
  const staging = path.join(bundlesDir, `.opening-${randomBytes(6).toString('hex')}`);
  // Only names built here reach the disk: the fixed entries and run names checked by runFileOf.
  const writes: [string, Uint8Array][] = [
    [PROJECT_ENTRY, new TextEncoder().encode(`${JSON.stringify(contents.project, null, 2)}\n`)],
  ];
  if (contents.thumbnail) writes.push([THUMBNAIL_ENTRY, contents.thumbnail]);
  for (const [run, files] of contents.runs)
    for (const [f, data] of files) writes.push([path.join('runs', run, f), data]);
  try {
    for (const [rel, data] of writes) {
      await mkdir(path.dirname(path.join(staging, rel)), { recursive: true });
      await writeFile(path.join(staging, rel), data, { flag: 'wx' });
    }
    const dir = newFolder(bundlesDir, contents.project.name, new Date());
    await rename(staging, dir);
    const runs = [...contents.runs.keys()].map(name => ({ name, dir: path.join(dir, 'runs', name) }));
    return { dir, projectFile: path.join(dir, PROJECT_ENTRY), project: contents.project, runs };
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
}
