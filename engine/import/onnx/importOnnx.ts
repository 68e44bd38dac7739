/**
 * Opens an ONNX model whose operators map to Convas' layers (at least everything Convas' ONNX export
 * writes) as a Convas project with its weights. Node only (needs tfjs). Everything is checked before
 * the weights folder is written.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { ConvasError } from '../../core/errors';
import { analyzeGraph, type GraphAnalysis } from '../../core/graph/analyze';
import { newProjectId } from '../../core/project/identity';
import { CURRENT_VERSION, trainingSchema, type Project } from '../../core/project/schema';
import { compileGraph, layerNames } from '../../tf/compile';
import { saveModel } from '../../tf/modelFiles';
import type { ImportedModel, ImportOptions } from '../tfjs/importModel';
import { layeredLayout } from '../tfjs/layout';
import type { ImportNode } from './importState';
import { mapOnnxGraph } from './mapGraph';
import { readOnnxModel } from './readModel';

/** Copies each node's weights into its compiled tfjs layer by short weight name, checking shapes. */
function setWeights(model: tfl.LayersModel, nodes: ImportNode[], names: Map<string, string>): void {
  for (const node of nodes) {
    const name = names.get(node.id);
    const layer = name ? model.layers.find(l => l.name === name) : undefined;
    if (!layer?.weights.length) continue;
    const tensors = layer.weights.map(w => {
      const mine = node.weights[w.originalName.split('/').at(-1)!];
      if (!mine || mine.shape.join() !== w.shape.join()) {
        throw new ConvasError(
          'IMPORT_FORMAT',
          `${node.id}: weight ${w.originalName} should be [${w.shape}] but the file holds ${mine ? `[${mine.shape}]` : 'none'}`,
        );
      }
      return tf.tensor(mine.values, mine.shape);
    });
    layer.setWeights(tensors);
    tf.dispose(tensors);
  }
}

/** Each node's weights must be exactly what its layer needs: checked before tfjs allocates anything, so a corrupt file cannot make it build huge tensors. */
function checkWeightCounts(nodes: ImportNode[], analysis: GraphAnalysis): void {
  for (const node of nodes) {
    const held = Object.values(node.weights).reduce((n, w) => n + w.values.length, 0);
    const needed = analysis.byId.get(node.id)?.cost?.params ?? 0;
    if (held !== needed)
      throw new ConvasError('IMPORT_FORMAT', `${node.id}: the file holds ${held} weights, the layer needs ${needed}`);
  }
}

export interface ConvertedOnnx {
  project: Project;
  analysis: GraphAnalysis;
  /** The compiled project holding the ONNX weights; the caller disposes it. */
  model: tfl.LayersModel;
}

/**
 * Reads `file` and maps it to a Convas project and a compiled model with its weights, writing nothing.
 * @example const { project, model } = await convertOnnxModel('model.onnx'); model.dispose();
 */
export async function convertOnnxModel(
  file: string,
  options: Omit<ImportOptions, 'weightsDir'> = {},
): Promise<ConvertedOnnx> {
  const resolved = path.resolve(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolved);
  } catch (e) {
    throw new ConvasError(
      'FILE_UNREADABLE',
      `${resolved}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
    );
  }
  const { nodes } = mapOnnxGraph(readOnnxModel(bytes, resolved));
  const edges = nodes.flatMap(n => n.inputs.map(source => ({ source, target: n.id })));
  const positions = layeredLayout(
    nodes.map(n => n.id),
    edges,
  );
  const project: Project = {
    version: CURRENT_VERSION,
    id: newProjectId(),
    name: (options.name ?? path.basename(resolved, '.onnx')).slice(0, 200) || 'imported model',
    description: `Imported from ${path.basename(resolved)}`,
    nodes: nodes.map(n => ({ id: n.id, kind: n.kind, params: n.params, position: positions.get(n.id)! })),
    edges,
    dataset: options.dataset ?? { kind: 'folder', path: 'images', resize: 'stretch' },
    training: trainingSchema.parse({}),
  };
  const analysis = analyzeGraph(project);
  const first = analysis.problems.find(p => p.severity === 'error');
  if (first)
    throw new ConvasError(
      'IMPORT_UNSUPPORTED',
      `the imported graph does not check out: ${first.message}`,
      first.hint,
      analysis.problems,
    );
  checkWeightCounts(nodes, analysis);
  const { model } = compileGraph(analysis, {}, 'imported');
  try {
    setWeights(model, nodes, layerNames(analysis.nodes.filter(n => analysis.live.has(n.id)).map(n => n.id)));
  } catch (e) {
    model.dispose();
    throw e;
  }
  return { project, analysis, model };
}

/**
 * Reads `file`, maps it to Convas nodes, and writes the weights to `options.weightsDir`; returns the
 * project (not written: the caller saves it).
 * @example const { project } = await importOnnxModel('model.onnx', { weightsDir: 'imported-weights' });
 */
export async function importOnnxModel(file: string, options: ImportOptions): Promise<ImportedModel> {
  const { project, model } = await convertOnnxModel(file, options);
  try {
    const weightsDir = path.resolve(options.weightsDir);
    await saveModel(model, weightsDir, { convas: { importedFrom: path.resolve(file) } });
    return { project, weightsDir };
  } finally {
    model.dispose();
  }
}
