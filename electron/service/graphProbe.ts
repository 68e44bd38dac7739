/** Feature maps and first-layer filters of a graph for one test image, with a run's weights or random ones. */
import type * as tfl from '@tensorflow/tfjs-layers';
import { openDataset } from '../../engine/data/load';
import { ConvasError } from '../../engine/core/errors';
import { analyzeGraph, type GraphAnalysis } from '../../engine/core/graph/analyze';
import { inputShapeOf } from '../../engine/core/graph/inputShape';
import { layerContextOf } from '../../engine/core/graph/layerContext';
import type { Project } from '../../engine/core/project/schema';
import { compileProbeModel } from '../../engine/tf/probeModel';
import { loadWeightsInto } from '../../engine/tf/trainedModel';
import { createFeatureProbe } from '../../engine/train/featureProbe';
import type { ProbeResult } from '../contract/hostApi';

export interface ProbeRequest {
  project: Project;
  baseDir: string;
  /** A run folder of this very graph (the caller checked); without it the weights are random (what a class sees before training). */
  weightsDir?: string;
  /** Index into the test split, as during training. */
  probeIndex: number;
}

/** The kernel of the first conv2d node shown: [kh, kw, cin, cout]. */
function firstFilters(
  model: tfl.LayersModel,
  analysis: GraphAnalysis,
  layerOf: Map<string, string>,
): ProbeResult['filters'] {
  const conv = analysis.nodes.find(n => analysis.live.has(n.id) && n.kind === 'conv2d');
  if (!conv) return null;
  // A node's first layer holds its kernel; layerOf names its last (e.g. a trailing activation), so find the first by prefix.
  const own = layerOf.get(conv.id)!.split('__')[0]!;
  const kernel = model.getLayer(own).getWeights()[0];
  if (!kernel) return null;
  return { nodeId: conv.id, shape: kernel.shape.slice(), data: (kernel.dataSync() as Float32Array).slice() };
}

/** Only the Input's shape must fit the dataset: the rest of the graph may be unfinished. */
function checkInput(analysis: GraphAnalysis, imageShape: number[]): void {
  const mismatch = analysis.problems.find(
    p => p.code === 'INPUT_SHAPE_MISMATCH' || p.code === 'NO_INPUT_NODE' || p.code === 'MULTIPLE_INPUT_NODES',
  );
  if (mismatch) throw new ConvasError(mismatch.code, mismatch.message, mismatch.hint);
  const input = analysis.inputId ? analysis.byId.get(analysis.inputId) : undefined;
  if (!input?.shape)
    throw new ConvasError(
      'NO_INPUT_NODE',
      `the Input node needs a valid shape to show feature maps (the dataset's images are ${imageShape.join('×')})`,
    );
}

/**
 * Needs an active tfjs backend (engine/tf/backend.ts selectBackend).
 * @example
 * const { maps, filters } = await probeGraph({ project: convPoolDemo, baseDir: '.', probeIndex: 0 });
 * maps[0].shape; // [28, 28, 6]
 */
export async function probeGraph(request: ProbeRequest): Promise<ProbeResult> {
  const { project, baseDir, weightsDir } = request;
  const { validationSplit, seed, testSplit } = project.training;
  const imageShape = inputShapeOf(project);
  const data = await openDataset(
    project.dataset,
    baseDir,
    { validationSplit, seed, testSplit, ...(imageShape && { imageShape }) },
    { inProcess: true },
  );
  try {
    const analysis = analyzeGraph(project, { dataset: data });
    checkInput(analysis, data.imageShape);
    // A tiny dataset can leave the test split empty; its training images still show what filters do.
    const split = data.test.count ? data.test : data.train;
    const index = Math.max(0, Math.min(request.probeIndex, split.count - 1));
    const { pixels, targets } = await split.item(index);
    const base = {
      probeLabel: targets[0] ?? 0,
      probeIndex: index,
      imageShape: data.imageShape.slice(),
      // A copy: the decoded image may be a view into a larger block, which ipc would clone whole.
      image: Uint8Array.from(pixels),
    };
    const compiled = compileProbeModel(analysis, layerContextOf(data));
    if (!compiled) return { ...base, maps: [], filters: null };
    const { model, layerOf, analysis: prefix } = compiled;
    try {
      if (weightsDir) await loadWeightsInto(model, weightsDir);
      const probe = createFeatureProbe(model, prefix, layerOf, data.imageShape);
      return { ...base, maps: probe ? probe.read(pixels) : [], filters: firstFilters(model, prefix, layerOf) };
    } finally {
      model.dispose();
    }
  } finally {
    await data.close();
  }
}
