/** Test helper: compiles an analysed graph with tfjs and lists every place tfjs disagrees with the engine. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { GraphAnalysis } from '../../../../engine/core/graph/analyze';
import type { LayerContext } from '../../../../engine/core/layers/types';
import { compileGraph, layerNames } from '../../../../engine/tf/compile';

export async function useCpuBackend(): Promise<void> {
  await tf.setBackend('cpu');
}

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * For every live node: the tfjs output shape (batch axis dropped) against the inferred shape, and the
 * weights of the node's tfjs layers against the cost's params; then one forward pass, so a layer
 * that builds but cannot run (a missing kernel) shows too. Node ids must not contain '_': a node's
 * layers are found by name prefix. Disposes everything it makes.
 */
export function tfjsMismatches(analysis: GraphAnalysis, ctx: LayerContext): string[] {
  const { model, layerOf } = compileGraph(analysis, ctx);
  const live = analysis.nodes.filter(n => analysis.live.has(n.id));
  const names = layerNames(live.map(n => n.id));
  const problems: string[] = [];
  try {
    for (const node of live) {
      const layer = model.getLayer(layerOf.get(node.id)!);
      const tfShape = (layer.outputShape as (number | null)[]).slice(1);
      if (!node.shape || !same(tfShape, node.shape))
        problems.push(`${node.id} (${node.kind}): shape ${node.shape} vs tfjs ${tfShape}`);
      const base = names.get(node.id)!;
      const weights = model.layers
        .filter(l => l.name === base || l.name.startsWith(`${base}_`))
        .reduce((n, l) => n + l.countParams(), 0);
      if (node.cost?.params !== weights)
        problems.push(`${node.id} (${node.kind}): params ${node.cost?.params} vs tfjs ${weights}`);
    }
    const input = analysis.byId.get(analysis.inputId!)!;
    const expected = analysis.byId.get(analysis.outputId!)!.shape!;
    tf.tidy(() => {
      const y = model.predict(tf.randomUniform([2, ...input.shape!], 0, 1, 'float32', 7)) as tf.Tensor;
      if (!same(y.shape.slice(1), expected))
        problems.push(`forward pass gives ${y.shape.slice(1)}, expected ${expected}`);
      if (!y.dataSync().every(Number.isFinite)) problems.push('forward pass gives non-finite values');
    });
  } finally {
    model.dispose();
  }
  return problems;
}

/** One SGD step on random data: fails for a layer that builds and runs forward but has no gradient. Returns the loss. */
export async function trainOneStep(analysis: GraphAnalysis, ctx: LayerContext): Promise<number> {
  const { model } = compileGraph(analysis, ctx);
  const input = analysis.byId.get(analysis.inputId!)!.shape!;
  const output = analysis.byId.get(analysis.outputId!)!.shape!;
  const x = tf.randomUniform([2, ...input], 0, 1, 'float32', 3);
  const y = tf.randomUniform([2, ...output], 0, 1, 'float32', 4);
  try {
    model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
    const loss = await model.trainOnBatch(x, y);
    return Array.isArray(loss) ? loss[0]! : loss;
  } finally {
    tf.dispose([x, y]);
    model.dispose();
  }
}
