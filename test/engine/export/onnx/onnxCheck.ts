/**
 * Test helper: compiles a graph with fixed pseudo-random weights, exports it to ONNX, runs it in
 * onnxruntime-node and returns the largest difference to tfjs' predictions on the same inputs.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type * as tfl from '@tensorflow/tfjs-layers';
import * as ort from 'onnxruntime-node';
import { mulberry32 } from '../../../../engine/data/random';
import { onnxExporter } from '../../../../engine/export/onnx';
import { analyzeGraph, type GraphAnalysis } from '../../../../engine/core/graph/analyze';
import { layerContextOf, type DatasetFit } from '../../../../engine/core/graph/layerContext';
import type { Project } from '../../../../engine/core/project/schema';
import { compileGraph } from '../../../../engine/tf/compile';
import { inferenceModel } from '../../../../engine/tf/inferenceModel';

/** Plausible trained-looking weights, the same on every run: kernels keep unit gain, batch-norm variances stay positive. */
export function setFixedWeights(model: tfl.LayersModel, seed = 1): void {
  const random = mulberry32(seed);
  for (const layer of model.layers) {
    const fresh = layer.weights.map(w => {
      const shape = w.shape as number[];
      const n = shape.reduce((a, b) => a * b, 1);
      const short = w.originalName.split('/').at(-1)!;
      const fanIn = shape.length > 1 ? n / shape.at(-1)! : 1;
      const [lo, hi] =
        short === 'moving_variance' || short === 'gamma'
          ? [0.5, 1.5]
          : short.endsWith('kernel')
            ? [-Math.sqrt(3 / fanIn), Math.sqrt(3 / fanIn)]
            : [-0.2, 0.2];
      return tf.tensor(
        Float32Array.from({ length: n }, () => lo + (hi - lo) * random()),
        shape,
      );
    });
    if (fresh.length) layer.setWeights(fresh);
    tf.dispose(fresh);
  }
}

/** Class names or regression targets to analyse a graph against: what its Output asks for (10 classes for 'auto'). */
export function datasetFor(graph: Pick<Project, 'nodes'>): DatasetFit {
  const imageShape = graph.nodes.find(n => n.kind === 'input')!.params.shape as [number, number, number];
  const out = graph.nodes.find(n => n.kind === 'output')!.params;
  const count = typeof out.units === 'number' ? out.units : out.task === 'regression' ? 1 : 10;
  const names = Array.from({ length: count }, (_, i) => `c${i}`);
  return out.task === 'regression'
    ? { imageShape, classNames: [], task: 'regression', targetNames: names }
    : { imageShape, classNames: names };
}

export interface OnnxComparison {
  maxAbsDiff: number;
  outputShape: number[];
  outDir: string;
  files: string[];
  analysis: GraphAnalysis;
}

/** Exports `project` to ONNX with fixed weights and compares onnxruntime with tfjs on `count` random NHWC images. */
export async function compareWithOnnxRuntime(project: Project, count = 100): Promise<OnnxComparison> {
  const dataset = datasetFor(project);
  const analysis = analyzeGraph(project, { dataset });
  if (!analysis.ok) throw new Error(`graph has problems: ${JSON.stringify(analysis.problems)}`);
  const { model } = compileGraph(analysis, layerContextOf(dataset), project.name, { seed: 3 });
  setFixedWeights(model);
  const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'convas-onnx-')), 'onnx');
  const shipped = inferenceModel(analysis, model);
  try {
    const { files } = await onnxExporter.write({ project, analysis, model, classNames: dataset.classNames, outDir });
    const session = await ort.InferenceSession.create(await readFile(path.join(outDir, 'model.onnx')));
    const x = tf.randomUniform([count, ...dataset.imageShape], 0, 1, 'float32', 11);
    const expected = shipped.predict(x) as tf.Tensor;
    const result = await session.run({ input: new ort.Tensor('float32', x.dataSync() as Float32Array, x.shape) });
    const got = result.output!;
    const want = expected.dataSync(),
      mine = got.data as Float32Array;
    // NaN (a broken graph) must fail the < 1e-4 checks, so it is kept rather than lost in Math.max.
    let maxAbsDiff = mine.length === want.length ? 0 : Infinity;
    for (let i = 0; i < want.length; i++) {
      const d = Math.abs(mine[i]! - want[i]!);
      maxAbsDiff = Number.isNaN(d) || Number.isNaN(maxAbsDiff) ? NaN : Math.max(maxAbsDiff, d);
    }
    tf.dispose([x, expected]);
    await session.release();
    return { maxAbsDiff, outputShape: [...got.dims], outDir, files, analysis };
  } finally {
    shipped.dispose();
    model.dispose();
  }
}
