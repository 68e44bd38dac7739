/** ONNX → Convas → ONNX: the re-exported model predicts what the original did (onnxruntime, 100 images). */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { onnxExporter } from '../../../../engine/export/onnx';
import { convertOnnxModel, importOnnxModel } from '../../../../engine/import/onnx/importOnnx';
import { parseProjectText } from '../../../../engine/core/project/parse';
import type { Project } from '../../../../engine/core/project/schema';
import { loadModel } from '../../../../engine/tf/modelFiles';
import { everyKindProject } from '../../export/onnx/everyKindGraph';
import { compareWithOnnxRuntime, datasetFor } from '../../export/onnx/onnxCheck';

const dir = path.resolve(__dirname, '../../../../templates');
const templates = readdirSync(dir)
  .filter(f => f.endsWith('.convas.json'))
  .sort()
  .map(f => parseProjectText(readFileSync(path.join(dir, f), 'utf8')));
const projects: Project[] = [everyKindProject('classification'), everyKindProject('regression'), ...templates];

async function run(file: string, x: tf.Tensor): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(file);
  const { output } = await session.run({ input: new ort.Tensor('float32', x.dataSync() as Float32Array, x.shape) });
  await session.release();
  return output!.data as Float32Array;
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('ONNX → Convas → ONNX', () => {
  it.each(projects.map(p => [p.name, p] as const))(
    '%s: same predictions after the round trip',
    async (_name, original) => {
      const first = await compareWithOnnxRuntime(original, 4);
      const work = await mkdtemp(path.join(os.tmpdir(), 'convas-onnx-import-'));
      const { project, analysis, model: imported } = await convertOnnxModel(path.join(first.outDir, 'model.onnx'));
      expect(analysis.problems.filter(p => p.severity === 'error')).toEqual([]);
      const outDir = path.join(work, 'again');
      try {
        await onnxExporter.write({
          project,
          analysis,
          model: imported,
          classNames: datasetFor(original).classNames,
          outDir,
        });
      } finally {
        imported.dispose();
      }
      const x = tf.randomUniform([100, ...datasetFor(original).imageShape], 0, 1, 'float32', 21);
      const [a, b] = await Promise.all([
        run(path.join(first.outDir, 'model.onnx'), x),
        run(path.join(outDir, 'model.onnx'), x),
      ]);
      x.dispose();
      expect(b.length).toBe(a.length);
      expect(Math.max(...a.map((v, i) => Math.abs(v - b[i]!)))).toBeLessThan(1e-4);
      // Layer names survive; training-only layers do not (they export as the identity).
      const liveIds = first.analysis.nodes
        .filter(
          n =>
            first.analysis.live.has(n.id) &&
            !n.kind.startsWith('random') &&
            !['gaussianNoise', 'dropout', 'activation'].includes(n.kind),
        )
        .map(n => n.id);
      const ids = project.nodes.map(n => n.id);
      expect(liveIds.filter(id => !ids.includes(id) && id !== 'out' && id !== 'output')).toEqual([]);
    },
  );

  it('writes the weights where asked, loadable as a tfjs model', async () => {
    const first = await compareWithOnnxRuntime(templates.find(p => p.name === 'lenet5-mnist')!, 4);
    const work = await mkdtemp(path.join(os.tmpdir(), 'convas-onnx-import-'));
    const { project, weightsDir } = await importOnnxModel(path.join(first.outDir, 'model.onnx'), {
      weightsDir: path.join(work, 'w'),
      name: 'lenet again',
    });
    expect(project.name).toBe('lenet again');
    const model = await loadModel(weightsDir);
    expect(model.outputs[0]!.shape).toEqual([null, 10]);
    model.dispose();
  });

  it('rebuilds separable convs and fused activations of the every-kind graph', async () => {
    const first = await compareWithOnnxRuntime(everyKindProject('classification'), 4);
    const work = await mkdtemp(path.join(os.tmpdir(), 'convas-onnx-import-'));
    const { project } = await importOnnxModel(path.join(first.outDir, 'model.onnx'), {
      weightsDir: path.join(work, 'w'),
    });
    const byId = new Map(project.nodes.map(n => [n.id, n]));
    expect(byId.get('sep')).toMatchObject({
      kind: 'separableConv2d',
      params: { filters: 8, depthMultiplier: 3, activation: 'gelu', useBias: false },
    });
    expect(byId.get('dw')).toMatchObject({
      kind: 'depthwiseConv2d',
      params: { activation: 'swish', depthMultiplier: 2 },
    });
    expect(byId.get('stem')).toMatchObject({ kind: 'conv2d', params: { activation: 'relu', padding: 'same' } });
    expect(byId.get('crop')).toMatchObject({ kind: 'randomCrop', params: { height: 14, width: 13 } });
    expect(byId.get('out')).toMatchObject({
      kind: 'output',
      params: { task: 'classification', units: 5, activation: 'softmax' },
    });
  });
});
