/** `convas export --format pytorch|keras` as a user runs it, after `convas train`: files Python reads, the same predictions. */
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeNpy } from '../../../engine/export/python/tensorFiles';
import { loadModel } from '../../../engine/tf/modelFiles';
import { fixedInputs, maxAbsDiff, python, readNpy, torchMissing } from '../../engine/export/python/fixtures';
import { lastJsonLine, REPO, runCli } from './runCli';

const missing = torchMissing();
if (missing) console.warn(`Skipping the CLI PyTorch export check: ${missing}`);
const lenet = path.join(REPO, 'templates/lenet5-mnist.convas.json');
const temp = () => mkdtemp(path.join(os.tmpdir(), 'convas-export-py-'));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe.skipIf(!!missing)('convas export --format pytorch / keras', () => {
  it('exports a trained run; predict.py gives the tfjs predictions and the Keras files are complete', async () => {
    const runDir = path.join(await temp(), 'run');
    expect((await runCli(['train', lenet, '--epochs', '1', '--limit', '300', '--out', runDir])).code).toBe(0);

    const torchDir = path.join(await temp(), 'torch');
    const r = await runCli(['export', lenet, '--weights', runDir, '--format', 'pytorch', '--out', torchDir, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(lastJsonLine(r.stdout)).toMatchObject({ format: 'pytorch', outDir: torchDir });
    expect(readdirSync(torchDir).sort()).toEqual(['data', 'model.py', 'predict.py', 'train.py', 'weights.safetensors']);
    expect(readdirSync(path.dirname(torchDir))).toEqual(['torch']);

    const x = fixedInputs(100, [28, 28, 1]);
    await writeFile(path.join(torchDir, 'x.npy'), encodeNpy(x.shape, x.values));
    python(['predict.py', 'x.npy', '--out', 'y.npy'], torchDir);
    const model = await loadModel(runDir);
    const expected = tf.tidy(
      () => (model.predict(tf.tensor(x.values, x.shape)) as tf.Tensor).dataSync() as Float32Array,
    );
    model.dispose();
    expect(maxAbsDiff(readNpy(path.join(torchDir, 'y.npy')).values, expected)).toBeLessThan(1e-4);

    const kerasDir = path.join(await temp(), 'keras');
    const k = await runCli(['export', lenet, '--weights', runDir, '--format', 'keras', '--out', kerasDir]);
    expect(k.code, k.stderr).toBe(0);
    expect(readdirSync(kerasDir).sort()).toEqual(['model.py', 'weights.npz']);
    python(['-m', 'py_compile', 'model.py'], kerasDir);
    expect(existsSync(path.join(kerasDir, '__pycache__'))).toBe(true);
  }, 240_000);
});
