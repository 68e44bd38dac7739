/** The `pytorch` export: model.py (an nn.Module), weights.safetensors, predict.py and train.py. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TorchMapping } from '../../core/layers/pythonTypes';
import { writeFolderAtomically } from '../atomicFolder';
import { walkGraph, type GraphWalk } from '../python/graphWalk';
import { modelFacts } from '../python/modelFacts';
import { encodeSafetensors } from '../python/tensorFiles';
import type { ExportInput, Exporter } from '../types';
import { modelPy } from './modelPy';
import { PREDICT_PY } from './predictPy';
import { torchStateDict } from './torchWeights';
import { trainDataset } from './trainDataset';
import { trainPy } from './trainPy';

const FILES = [
  'model.py',
  'weights.safetensors',
  'predict.py',
  'train.py',
  'data',
  'trained.safetensors',
  '__pycache__',
] as const;

/** The graph as PyTorch code, and its augmentation layers' batch transforms; throws EXPORT_UNSUPPORTED naming the layers it cannot express. */
export function torchWalk(analysis: ExportInput['analysis']): { walk: GraphWalk<TorchMapping>; augments: string[] } {
  const augments: string[] = [];
  const walk = walkGraph(
    analysis,
    'PyTorch',
    'x',
    (spec, node, ctx) => {
      const mapping = spec.toTorch(node.params, ctx);
      if (mapping?.augment) augments.push(mapping.augment);
      return mapping;
    },
    (m, ctx) => m.module === null && m.forward === ctx.inputs[0],
  );
  return { walk, augments };
}

export const pytorchExporter: Exporter = {
  async write({ project, analysis, model, classNames, outDir, baseDir }) {
    const { walk, augments } = torchWalk(analysis);
    const facts = modelFacts({ project, analysis, classNames });
    const weights = encodeSafetensors(torchStateDict(walk, model), {
      format: 'pt',
      producer: 'Convas',
      project: project.name,
    });
    const written: string[] = [];
    await writeFolderAtomically(outDir, FILES, async dir => {
      const put = async (file: string, data: string | Uint8Array) => {
        await writeFile(path.join(dir, file), data);
        written.push(file);
      };
      await put('model.py', modelPy(walk, facts));
      await put('weights.safetensors', weights);
      await put('predict.py', PREDICT_PY);
      const { dataset, dataRoot } = await trainDataset(project.dataset, baseDir, dir);
      if (project.dataset.kind === 'builtin') written.push('data');
      await put('train.py', trainPy({ training: project.training, dataset, dataRoot, augments }));
    });
    return { files: written };
  },
};
