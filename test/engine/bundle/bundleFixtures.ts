/** A project and a finished run folder (run.json, model.json, weights) to bundle in tests. */
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { loadProjectFile } from '../../../engine/project/files';
import { graphHash } from '../../../engine/core/project/identity';
import type { Project } from '../../../engine/core/project/schema';
import { saveModel } from '../../../engine/tf/modelFiles';

export const REPO = path.resolve(import.meta.dirname, '../../..');
export const tempDir = (prefix = 'convas-bundle-') => mkdtemp(path.join(os.tmpdir(), prefix));

export async function lenetProject(): Promise<Project> {
  return (await loadProjectFile(path.join(REPO, 'templates/lenet5-mnist.convas.json'))).project;
}

/** A run folder as training leaves it (its run id is the folder's name), with a small dense model and a stray checkpoint file. */
export async function fakeRun(project: Project, dir: string): Promise<string> {
  await tf.setBackend('cpu');
  await mkdir(dir, { recursive: true });
  const model = tfl.sequential({
    name: 'tiny',
    layers: [tfl.layers.dense({ name: 'dense1', units: 3, inputShape: [4] })],
  });
  await saveModel(model, dir, { convas: { project: project.name } });
  model.dispose();
  const now = new Date().toISOString();
  await writeFile(
    path.join(dir, 'run.json'),
    JSON.stringify({
      convas: 'run',
      runId: path.basename(dir),
      projectId: project.id,
      projectFile: null,
      graphHash: graphHash(project),
      params: 15,
      startedAt: now,
      writtenAt: now,
      finished: true,
      reason: 'completed',
      backend: 'cpu',
      durationSeconds: 1,
      dataset: {
        name: 'mnist',
        imageShape: [28, 28, 1],
        classNames: ['0', '1', '2'],
        task: 'classification',
        targetNames: [],
      },
      test: { task: 'classification', loss: 0.4, accuracy: 0.9, confusion: [], count: 10 },
      project,
      history: [{ epoch: 1, loss: 0.5 }],
    }),
  );
  await writeFile(path.join(dir, 'notes.tmp'), 'not part of a run');
  return dir;
}

/** Every file under `dir`, relative, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter(e => e.isFile())
    .map(e => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}
