/** The `keras` export: model.py (Keras functional API, same layer names) and weights.npz with the lines that load them. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { KerasMapping } from '../../core/layers/pythonTypes';
import { writeFolderAtomically } from '../atomicFolder';
import { walkGraph, type GraphWalk } from '../python/graphWalk';
import { modelFacts } from '../python/modelFacts';
import { layerWeights } from '../python/modelWeights';
import { encodeNpz, type NamedTensor } from '../python/tensorFiles';
import type { ExportInput, Exporter } from '../types';
import { kerasModelPy, type KerasWeightNames } from './modelPy';

const FILES = ['model.py', 'weights.npz', '__pycache__'] as const;

/** The graph as Keras code; throws EXPORT_UNSUPPORTED naming the layers it cannot express. */
export const kerasWalk = (analysis: ExportInput['analysis']): GraphWalk<KerasMapping> =>
  walkGraph(
    analysis,
    'Keras',
    'x',
    (spec, node, ctx) => spec.toKeras(node.params, ctx),
    m => m.layers.length === 0,
  );

/** Keras keeps tfjs' weight layout (both are channels last), so the arrays go out as they are, keyed `<layer>/<weight>`. */
function kerasWeights(
  walk: GraphWalk<KerasMapping>,
  model: tfl.LayersModel,
): { tensors: NamedTensor[]; names: KerasWeightNames } {
  const tensors: NamedTensor[] = [];
  const names: KerasWeightNames = new Map();
  for (const { ctx } of walk.steps) {
    if (!model.layers.some(l => l.name === ctx.name)) continue;
    const weights = layerWeights(model, ctx.name);
    if (!weights.size) continue;
    names.set(ctx.name, [...weights.keys()]);
    for (const [name, w] of weights) tensors.push({ name: `${ctx.name}/${name}`, ...w });
  }
  return { tensors, names };
}

export const kerasExporter: Exporter = {
  async write({ project, analysis, model, classNames, outDir }) {
    const walk = kerasWalk(analysis);
    const { tensors, names } = kerasWeights(walk, model);
    const text = kerasModelPy(walk, modelFacts({ project, analysis, classNames }), names);
    await writeFolderAtomically(outDir, FILES, async dir => {
      await writeFile(path.join(dir, 'model.py'), text);
      await writeFile(path.join(dir, 'weights.npz'), encodeNpz(tensors));
    });
    return { files: ['model.py', 'weights.npz'] };
  },
};
