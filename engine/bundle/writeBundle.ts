/** Project + trained runs + thumbnail → one `.convas` file, written atomically. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import writeFileAtomic from 'write-file-atomic';
import { ConvasError } from '../core/errors';
import type { Project } from '../core/project/schema';
import { bundleContents } from './bundleContents';
import { BUNDLE_LIMITS, PROJECT_ENTRY, runNameFor, THUMBNAIL_ENTRY, type BundleLimits } from './layout';
import { graphThumbnail } from './thumbnail';

export interface WrittenBundle {
  file: string;
  /** Run folder names inside the bundle, in the order given. */
  runs: string[];
  bytes: number;
}

async function readRunFile(dir: string, name: string, required: boolean): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path.join(dir, name)));
  } catch (e) {
    if (!required && (e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConvasError(
      'FILE_UNREADABLE',
      `${dir}: no readable ${name} there`,
      'Give the folders `convas train` wrote (each holds run.json and model.json).',
    );
  }
}

/** run.json, model.json and the weights model.json names: what a run is, without checkpoints or stray files. */
async function runFiles(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>([['run.json', (await readRunFile(dir, 'run.json', true))!]]);
  const model = await readRunFile(dir, 'model.json', false);
  if (!model) return files;
  files.set('model.json', model);
  let paths: unknown = [];
  try {
    paths = (
      JSON.parse(new TextDecoder().decode(model)) as { weightsManifest?: { paths?: unknown }[] }
    ).weightsManifest?.flatMap(g => g.paths ?? []);
  } catch {
    /* the check below names the problem */
  }
  for (const p of Array.isArray(paths) ? paths : []) {
    if (typeof p === 'string' && /^[^/\\]+$/.test(p)) files.set(p, (await readRunFile(dir, p, true))!);
  }
  return files;
}

/**
 * Bundles the project, each run folder (run.json, model.json, weights) and a thumbnail, checked by
 * the same rules openBundle applies, so a bundle Convas writes always opens.
 * @example await writeBundle(project, ['~/.local/share/convas/runs/lenet-20250101-120000'], 'lenet.convas');
 */
export async function writeBundle(
  project: Project,
  runDirs: string[],
  file: string,
  limits: BundleLimits = BUNDLE_LIMITS,
): Promise<WrittenBundle> {
  const files = new Map<string, Uint8Array>([
    [PROJECT_ENTRY, new TextEncoder().encode(`${JSON.stringify(project, null, 2)}\n`)],
    [THUMBNAIL_ENTRY, await graphThumbnail(project)],
  ]);
  const taken = new Set<string>();
  const runs: string[] = [];
  for (const dir of runDirs) {
    const name = runNameFor(path.resolve(dir), taken);
    for (const [f, data] of await runFiles(path.resolve(dir))) files.set(`runs/${name}/${f}`, data);
    runs.push(name);
  }
  try {
    bundleContents(files);
  } catch (e) {
    if (e instanceof ConvasError)
      throw new ConvasError(
        e.code,
        `cannot bundle: ${e.message}`,
        'Check that each --runs folder is a complete run written by Convas.',
      );
    throw e;
  }
  const total = [...files.values()].reduce((n, f) => n + f.byteLength, 0);
  const zipped = zipSync(Object.fromEntries(files) as Zippable, { level: 6 });
  if (total > limits.maxTotalBytes || zipped.byteLength > limits.maxFileBytes) {
    throw new ConvasError(
      'BUNDLE_TOO_LARGE',
      `the bundle would hold ${total} bytes (${zipped.byteLength} zipped), more than Convas opens`,
    );
  }
  const target = path.resolve(file);
  await writeFileAtomic(target, Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength));
  return { file: target, runs, bytes: zipped.byteLength };
}
