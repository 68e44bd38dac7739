/** `convas train` and `convas export` as a user runs them: files that TensorFlow.js loads back. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../../engine/tf/modelFiles';
import { lastJsonLine, REPO, runCli } from './runCli';

const lenet = path.join(REPO, 'templates/lenet5-mnist.convas.json');
const temp = () => mkdtemp(path.join(os.tmpdir(), 'convas-train-'));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('convas train and export', () => {
  it('trains, writes a loadable model and a run record, and exports it as tfjs with the same predictions', async () => {
    const runDir = path.join(await temp(), 'run');
    const trained = await runCli(['train', lenet, '--epochs', '1', '--limit', '500', '--out', runDir, '--json']);
    expect(trained.code, trained.stderr).toBe(0);
    expect(trained.stderr).toMatch(/Backend: wasm/);
    const summary = lastJsonLine(trained.stdout);
    expect(Object.keys(summary)).toEqual(
      expect.arrayContaining([
        'backend',
        'epochs',
        'trainLoss',
        'valAccuracy',
        'testAccuracy',
        'imagesPerSecond',
        'params',
        'durationSeconds',
      ]),
    );
    expect(summary).toMatchObject({ backend: 'wasm', epochs: 1, params: 61706 });
    const record = JSON.parse(readFileSync(path.join(runDir, 'run.json'), 'utf8'));
    expect(record.history).toHaveLength(1);

    const exportDir = path.join(await temp(), 'exported');
    const exported = await runCli([
      'export',
      lenet,
      '--weights',
      runDir,
      '--format',
      'tfjs',
      '--out',
      exportDir,
      '--json',
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(lastJsonLine(exported.stdout)).toMatchObject({ format: 'tfjs', outDir: exportDir });

    const [a, b] = await Promise.all([loadModel(runDir), loadModel(exportDir)]);
    const x = tf.randomUniform([8, 28, 28, 1], 0, 1, 'float32', 3);
    const diff = tf.max(tf.abs(tf.sub(a.predict(x) as tf.Tensor, b.predict(x) as tf.Tensor))).dataSync()[0]!;
    expect(diff).toBe(0);
    expect((b.predict(x) as tf.Tensor).shape).toEqual([8, 10]);
  });

  it('refuses to export weights trained on another graph', async () => {
    const runDir = path.join(await temp(), 'run');
    expect(
      (
        await runCli([
          'train',
          path.join(REPO, 'templates/mlp-mnist.convas.json'),
          '--epochs',
          '1',
          '--limit',
          '200',
          '--out',
          runDir,
        ])
      ).code,
    ).toBe(0);
    const r = await runCli([
      'export',
      lenet,
      '--weights',
      runDir,
      '--format',
      'tfjs',
      '--out',
      path.join(await temp(), 'x'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/WEIGHTS_MISMATCH/);
  });

  it('on Ctrl-C stops after the batch, saves, and leaves no half-written file', async () => {
    const runDir = path.join(await temp(), 'run');
    const child = spawn(
      process.execPath,
      [path.join(REPO, 'bin/convas.js'), 'train', lenet, '--epochs', '3', '--out', runDir],
      { cwd: REPO },
    );
    let stderr = '';
    const exit = new Promise<number | null>(resolve => child.on('exit', resolve));
    await new Promise<void>(resolve =>
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/epoch 1\/3:/.test(stderr)) resolve();
      }),
    );
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(stderr).toMatch(/Stopping after this batch/);
    const files = readdirSync(runDir).sort();
    expect(files.filter(f => !/^(model\.json|run\.json|weights-[0-9a-f]+\.bin)$/.test(f))).toEqual([]);
    expect(files.filter(f => f.endsWith('.bin'))).toHaveLength(1);
    expect(existsSync(path.join(runDir, 'model.json'))).toBe(true);
    const model = await loadModel(runDir);
    expect(model.outputs[0]!.shape).toEqual([null, 10]);
    expect(JSON.parse(readFileSync(path.join(runDir, 'run.json'), 'utf8')).reason).toBe('stopped');
  });
});
