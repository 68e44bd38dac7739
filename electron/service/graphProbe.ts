/** Feature maps and first-layer filters of a graph for one test image, trained or not. */
import type * as tfl from '@tensorflow/tfjs-layers';
import { loadDataset } from '../../engine/data/load';
import type { GraphAnalysis } from '../../engine/graph/analyze';
import type { Project } from '../../engine/project/schema';
import { compileGraph, layerNames } from '../../engine/tf/compile';
import { loadTrainedModel } from '../../engine/tf/trainedModel';
import { createFeatureProbe } from '../../engine/train/featureProbe';
import type { ProbeResult } from '../contract/hostApi';
import { soundGraph } from './soundGraph';

export interface ProbeRequest {
  project: Project;
  baseDir: string;
  /** A folder `convas train` wrote; without it the weights are random (what a class sees before training). */
  weightsDir?: string;
  /** Index into the test split, as during training. */
  probeIndex: number;
}

/** The kernel of the first conv2d node: [kh, kw, cin, cout]. */
function firstFilters(model: tfl.LayersModel, analysis: GraphAnalysis): ProbeResult['filters'] {
  const live = analysis.nodes.filter(n => analysis.live.has(n.id));
  const conv = live.find(n => n.kind === 'conv2d');
  if (!conv) return null;
  // compileGraph names a node's own layer layerNames(live ids); layerOf would give a trailing activation layer.
  const kernel = model.getLayer(layerNames(live.map(n => n.id)).get(conv.id)!).getWeights()[0];
  if (!kernel) return null;
  return { nodeId: conv.id, shape: kernel.shape.slice(), data: (kernel.dataSync() as Float32Array).slice() };
}

/**
 * Needs an active tfjs backend (engine/tf/backend.ts selectBackend).
 * @example
 * const { maps, filters } = await probeGraph({ project: lenet, baseDir: '.', probeIndex: 0 });
 * maps[0].shape; // [28, 28, 6]
 */
export async function probeGraph(request: ProbeRequest): Promise<ProbeResult> {
  const { project, baseDir, weightsDir } = request;
  const data = await loadDataset(project.dataset, baseDir, { validationSplit: project.training.validationSplit, seed: project.training.seed });
  const analysis = soundGraph(project, data);
  const numClasses = data.classNames.length;
  const fresh = compileGraph(analysis, { numClasses });
  let model = fresh.model;
  if (weightsDir) {
    fresh.model.dispose();
    // Same analysis, same deterministic layer names: fresh.layerOf still names the trained model's layers.
    model = await loadTrainedModel(analysis, weightsDir, numClasses);
  }
  try {
    const pixels = data.imageShape.reduce((a, b) => a * b, 1);
    // A tiny IDX set can leave the test split empty; its training images still show what filters do.
    const split = data.test.count ? data.test : data.train;
    const index = Math.max(0, Math.min(request.probeIndex, split.count - 1));
    const probe = createFeatureProbe(model, analysis, fresh.layerOf, data.imageShape);
    return {
      probeLabel: split.labels[index] ?? 0,
      image: Buffer.from(split.images.subarray(index * pixels, (index + 1) * pixels)).toString('base64'),
      maps: probe ? probe.read(split, index) : [],
      filters: firstFilters(model, analysis),
    };
  } finally {
    model.dispose();
  }
}
