/** `convas export --format onnx` as a user runs it: a model.onnx that onnxruntime runs like the tfjs weights it came from. */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../../engine/core/graph/analyze';
import { layerContextOf } from '../../../engine/core/graph/layerContext';
import { parseProjectText } from '../../../engine/core/project/parse';
import { compileGraph } from '../../../engine/tf/compile';
import { loadModel, saveModel } from '../../../engine/tf/modelFiles';
import { datasetFor, setFixedWeights } from '../../engine/export/onnx/onnxCheck';
import { lastJsonLine, REPO, runCli } from './runCli';

const lenet = path.join(REPO, 'templates/lenet5-mnist.convas.json');
const temp = () => mkdtemp(path.join(os.tmpdir(), 'convas-export-onnx-'));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('convas export --format onnx', () => {
  it('writes model.onnx and labels.json that onnxruntime runs with the predictions of the trained weights', async () => {
    // Weights as `convas train` saves them, without the time training takes.
    const project = parseProjectText(readFileSync(lenet, 'utf8'));
    const dataset = datasetFor(project);
    const { model } = compileGraph(analyzeGraph(project, { dataset }), layerContextOf(dataset));
    setFixedWeights(model);
    const runDir = path.join(await temp(), 'run');
    await saveModel(model, runDir);
    model.dispose();

    const outDir = path.join(await temp(), 'onnx');
    const r = await runCli(['export', lenet, '--weights', runDir, '--format', 'onnx', '--out', outDir, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Exported ONNX to/);
    expect(lastJsonLine(r.stdout)).toMatchObject({ format: 'onnx', outDir, files: ['model.onnx', 'labels.json'] });

    const trained = await loadModel(runDir);
    const session = await ort.InferenceSession.create(path.join(outDir, 'model.onnx'));
    const x = tf.randomUniform([8, 28, 28, 1], 0, 1, 'float32', 5);
    const { output } = await session.run({
      input: new ort.Tensor('float32', x.dataSync() as Float32Array, [8, 28, 28, 1]),
    });
    const want = (trained.predict(x) as tf.Tensor).dataSync();
    const got = output!.data as Float32Array;
    expect(output!.dims).toEqual([8, 10]);
    expect(Math.max(...want.map((v, i) => Math.abs(v - got[i]!)))).toBeLessThan(1e-4);
    await session.release();
  });

  it('lists onnx among the formats when given an unknown one', async () => {
    const r = await runCli([
      'export',
      lenet,
      '--weights',
      'nowhere',
      '--format',
      'onnnx',
      '--out',
      path.join(await temp(), 'x'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/EXPORT_UNSUPPORTED/);
    expect(r.stderr).toMatch(/onnx/);
  });
});
