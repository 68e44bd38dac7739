/** Feature maps and first-layer filters of a graph for one test image, trained or not. */
import type * as tfl from '@tensorflow/tfjs-layers';
import { openDataset } from '../../engine/data/load';
import type { GraphAnalysis } from '../../engine/graph/analyze';
import { inputShapeOf } from '../../engine/graph/inputShape';
import { layerContextOf } from '../../engine/graph/layerContext';
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
  const { validationSplit, seed, testSplit } = project.training;
  const imageShape = inputShapeOf(project);
  const data = await openDataset(project.dataset, baseDir, { validationSplit, seed, testSplit, ...(imageShape && { imageShape }) }, { inProcess: true });
  try {
    const analysis = soundGraph(project, data);
    // A tiny dataset can leave the test split empty; its training images still show what filters do.
    const split = data.test.count ? data.test : data.train;
    const index = Math.max(0, Math.min(request.probeIndex, split.count - 1));
    const { pixels, targets } = await split.item(index);
    const fresh = compileGraph(analysis, layerContextOf(data));
    let model = fresh.model;
    if (weightsDir) {
      fresh.model.dispose();
      // Same analysis, same deterministic layer names: fresh.layerOf still names the trained model's layers.
      model = await loadTrainedModel(analysis, weightsDir, layerContextOf(data));
    }
    try {
      const probe = createFeatureProbe(model, analysis, fresh.layerOf, data.imageShape);
      return {
        probeLabel: targets[0] ?? 0,
        image: Buffer.from(pixels).toString('base64'),
        maps: probe ? probe.read(pixels) : [],
        filters: firstFilters(model, analysis),
      };
    } finally {
      model.dispose();
    }
  } finally {
    await data.close();
  }
}
