/** `convas import` as a user runs it: a Keras model.json becomes a project file plus a weights folder. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { parseProject } from '../../../engine/core/project/parse';
import { loadModel } from '../../../engine/tf/modelFiles';
import { writeClassFolders } from '../../fixtures/imageFolders';
import { sequentialCnn, writeModel } from '../../engine/import/tfjs/kerasFixtures';
import { lastJsonLine, runCli } from './runCli';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('convas import', () => {
  it('writes the project and its weights, and the fine-tune command it suggests keeps the frozen layer', async () => {
    const model = await writeModel(sequentialCnn());
    const out = path.join(path.dirname(model), 'digits.convas.json');
    const r = await runCli(['import', model, '--out', out, '--name', 'digits', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Imported 8 nodes \(1 frozen\)/);
    expect(r.stdout).toMatch(/convas train .*digits\.convas\.json --initial-weights .*digits-weights/);
    const weightsDir = path.join(path.dirname(model), 'digits-weights');
    expect(lastJsonLine(r.stdout)).toEqual({ project: out, weightsDir, nodes: 8, frozen: 1 });
    const project = parseProject(JSON.parse(readFileSync(out, 'utf8')));
    expect(project).toMatchObject({ name: 'digits', dataset: { kind: 'folder', path: 'images' } });
    expect(readdirSync(weightsDir).sort()).toEqual(
      [expect.stringMatching(/^model\.json$/), expect.stringMatching(/^weights-[0-9a-f]+\.bin$/)].sort(),
    );

    // Fine-tune as the command suggests, on a dataset with the model's 3 classes: the frozen conv2d keeps its weights.
    await writeClassFolders(path.join(path.dirname(out), 'images'), ['a', 'b', 'c'], 6, { width: 8, height: 8 });
    const runDir = path.join(path.dirname(out), 'run');
    const trained = await runCli([
      'train',
      out,
      '--initial-weights',
      weightsDir,
      '--epochs',
      '1',
      '--batch-size',
      '4',
      '--out',
      runDir,
    ]);
    expect(trained.code, trained.stderr).toBe(0);
    const weights = async (dir: string, layer: string) =>
      (await loadModel(dir))
        .getLayer(layer)
        .getWeights()
        .map(w => Array.from(w.dataSync()));
    expect(await weights(runDir, 'conv2d')).toEqual(await weights(weightsDir, 'conv2d'));
    expect(await weights(runDir, 'dense')).not.toEqual(await weights(weightsDir, 'dense'));
  });

  it('names unsupported layer classes, exits 2 and writes nothing', async () => {
    const model = await writeModel(sequentialCnn([{ class_name: 'Conv3D', config: { name: 'volume' } }]));
    const out = path.join(path.dirname(model), 'x.convas.json');
    const r = await runCli(['import', model, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/IMPORT_UNSUPPORTED: .*Conv3D: volume \(Conv3D: no Convas layer\)/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(path.join(path.dirname(model), 'x-weights'))).toBe(false);
  });
});
