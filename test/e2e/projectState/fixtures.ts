/**
 * Three saved projects of different shapes, two of them trained by the CLI beforehand (as a user
 * would have, in `convas-runs/` beside them): what the project-switching specs open in turn. The
 * files are version 1, written before projects had ids, as a user's older files are: each gets its
 * id from its content when opened, and the CLI's run records it.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO } from '../support/paths';
import { writeShapesFolder } from '../support/shapesFolder';

export type ProjectName = 'shapes' | 'digits' | 'demo';

export interface ProjectFact {
  file: string;
  /** The id run.json recorded (null until the project was trained: the app shows it). */
  id: string | null;
  /** Total parameters (the CLI's and the summary's count). */
  params: number;
  /** conv1's feature maps: channels and size, as the maps' accessible name gives them. */
  conv1: { channels: number; size: number };
  /** The run the CLI left beside it, or null for a project never trained. */
  runId: string | null;
  /** Every run id the app has offered for it so far (runs trained in the app join the CLI's). */
  runs: Set<string>;
}

const node = (id: string, kind: string, params: Record<string, unknown>, y: number) => ({
  id,
  kind,
  params,
  position: { x: 0, y },
});
const chain = (ids: string[]) => ids.slice(1).map((target, i) => ({ source: ids[i]!, target }));

const PROJECTS: Record<ProjectName, () => Promise<object>> = {
  // Three shape classes at 32×32×3, one conv: 224 + 6,147 = 6,371 params.
  shapes: async () => ({
    version: 1,
    name: 'shapes',
    dataset: { kind: 'folder', path: 'shapes' },
    nodes: [
      node('input', 'input', { shape: [32, 32, 3] }, 0),
      node('conv1', 'conv2d', { filters: 8, kernelSize: 3, padding: 'same', activation: 'relu' }, 100),
      node('pool1', 'maxPooling2d', { poolSize: 2 }, 200),
      node('flatten', 'flatten', {}, 300),
      node('output', 'output', { task: 'classification', units: 'auto' }, 400),
    ],
    edges: chain(['input', 'conv1', 'pool1', 'flatten', 'output']),
    training: { epochs: 1, batchSize: 16, learningRate: 0.003, validationSplit: 0.1, testSplit: 0.2 },
  }),
  digits: async () => {
    const { id: _, ...lenet } = JSON.parse(
      await readFile(path.join(REPO, 'templates/lenet5-mnist.convas.json'), 'utf8'),
    );
    return { ...lenet, version: 1, name: 'digits' };
  },
  // A teacher's demo: what one filter bank and a pooling do, no classifier at all.
  demo: async () => ({
    version: 1,
    name: 'conv-pool demo',
    dataset: { kind: 'builtin', name: 'mnist' },
    nodes: [
      node('input', 'input', { shape: [28, 28, 1] }, 0),
      node('conv1', 'conv2d', { filters: 4, kernelSize: 3, padding: 'same' }, 100),
      node('pool1', 'maxPooling2d', { poolSize: 2 }, 200),
    ],
    edges: chain(['input', 'conv1', 'pool1']),
  }),
};

const FACTS: Record<ProjectName, Omit<ProjectFact, 'file' | 'runId' | 'id' | 'runs'> & { trained: boolean }> = {
  shapes: { params: 6371, conv1: { channels: 8, size: 32 }, trained: true },
  digits: { params: 61706, conv1: { channels: 6, size: 28 }, trained: true },
  demo: { params: 40, conv1: { channels: 4, size: 28 }, trained: false },
};

/** Writes the projects (and the shapes images) under `projects/`, and trains shapes and digits with the CLI. */
export async function writeProjects(projects: string): Promise<Record<ProjectName, ProjectFact>> {
  await writeShapesFolder(path.join(projects, 'shapes'), 20);
  const facts = {} as Record<ProjectName, ProjectFact>;
  for (const name of Object.keys(PROJECTS) as ProjectName[]) {
    const file = path.join(projects, `${name}.convas.json`);
    await writeFile(file, JSON.stringify(await PROJECTS[name](), null, 2));
    const { trained, ...fact } = FACTS[name];
    let runId: string | null = null;
    let id: string | null = null;
    if (trained) {
      const out = path.join(projects, 'convas-runs', `${name}-cli`);
      await promisify(execFile)(
        process.execPath,
        [path.join(REPO, 'bin/convas.js'), 'train', file, '--epochs', '1', '--limit', '300', '--out', out],
        { cwd: projects, timeout: 120_000, env: { ...process.env, CONVAS_TRAIN_THREADS: '1' } },
      );
      const record = JSON.parse(await readFile(path.join(out, 'run.json'), 'utf8')) as {
        runId?: string;
        projectId?: string;
      };
      runId = record.runId ?? null;
      id = record.projectId ?? null;
    }
    facts[name] = { ...fact, file, runId, id, runs: new Set(runId ? [runId] : []) };
  }
  return facts;
}
