/**
 * Opens a TensorFlow.js LayersModel (model.json + weights .bin, e.g. from tensorflowjs_converter or
 * Teachable Machine) as a Convas project with its weights. Node only (needs tfjs). Everything is
 * checked before anything is written: a model Convas cannot express leaves no file behind.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { z } from 'zod';
import { ConvasError } from '../../core/errors';
import { analyzeGraph, type GraphAnalysis } from '../../core/graph/analyze';
import { modelTotals } from '../../core/graph/summary';
import { newProjectId } from '../../core/project/identity';
import { CURRENT_VERSION, trainingSchema, type DatasetSpec, type Project } from '../../core/project/schema';
import { compileGraph } from '../../tf/compile';
import { loadModel, saveModel } from '../../tf/modelFiles';
import { importGraph, type ImportedGraph } from './importGraph';
import { flattenTopology } from './topology';

export interface ImportOptions {
  /** Folder for the weights in Convas' format (train with `initialWeights` pointing at it). */
  weightsDir: string;
  /** Project name; defaults to the model's file name. */
  name?: string;
  /** Defaults to a folder dataset at ./images (one subfolder per class), resized to the model's input. */
  dataset?: DatasetSpec;
}

export interface ImportedModel {
  project: Project;
  /** Absolute path of the written weights folder. */
  weightsDir: string;
}

const modelFileSchema = z
  .object({
    modelTopology: z.record(z.string(), z.unknown()),
    weightsManifest: z.array(
      z.object({ weights: z.array(z.object({ shape: z.array(z.number().int().min(0)) }).passthrough()) }).passthrough(),
    ),
  })
  .passthrough();
type ModelFile = z.infer<typeof modelFileSchema>;

async function readModelFile(file: string): Promise<ModelFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConvasError(
      'FILE_UNREADABLE',
      `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder; choose the model.json inside it' : (e as Error).message}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConvasError('FILE_NOT_JSON', `${file}: ${(e as Error).message}`);
  }
  const parsed = modelFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConvasError(
      'IMPORT_FORMAT',
      `${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message} (is this a TensorFlow.js LayersModel?)`,
    );
  }
  return parsed.data;
}

/**
 * The weights model.json lists must be the ones the Convas graph needs (less the Output's bias,
 * which a Teachable Machine head lacks): checked before tfjs builds anything, so a corrupted shape
 * cannot make it allocate huge tensors.
 */
function checkWeightCount(file: string, json: ModelFile, analysis: GraphAnalysis): void {
  const stored = json.weightsManifest
    .flatMap(g => g.weights)
    .reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);
  const needed = modelTotals(analysis).params;
  const outputBias = analysis.byId.get(analysis.outputId!)?.shape?.[0] ?? 0;
  if (stored !== needed && stored !== needed - outputBias) {
    throw new ConvasError(
      'IMPORT_FORMAT',
      `${file}: weightsManifest lists ${stored} values but the layers described need ${needed}`,
    );
  }
}

/** tfjs' own errors on broken files become IMPORT_FORMAT; Convas' pass through. */
async function loadTfjs(file: string): Promise<tfl.LayersModel> {
  try {
    return await loadModel(file);
  } catch (e) {
    if (e instanceof ConvasError) throw e.code === 'FILE_SCHEMA' ? new ConvasError('IMPORT_FORMAT', e.message) : e;
    throw new ConvasError('IMPORT_FORMAT', `${file}: TensorFlow.js could not load it: ${(e as Error).message}`);
  }
}

function layerAt(model: tfl.LayersModel, names: string[]): tfl.layers.Layer {
  let layer: tfl.layers.Layer = model;
  for (const name of names) layer = (layer as tfl.LayersModel).getLayer(name);
  return layer;
}

/**
 * Copies each imported layer's weights into the compiled Convas model, checking the shapes. A Dense
 * without bias feeding the Output (which always has one) gets a zero bias.
 */
function copyWeights(
  target: tfl.LayersModel,
  source: tfl.LayersModel,
  graph: ImportedGraph,
  layerOf: Map<string, string>,
): void {
  for (const [id, names] of graph.weightPaths) {
    const name = layerOf.get(id)?.split('__')[0];
    if (!name) continue;
    const own = target.getLayer(name);
    const mine = own.getWeights();
    if (!mine.length) continue;
    const theirs = layerAt(source, names).getWeights();
    const zeroBias = theirs.length === mine.length - 1 && mine.at(-1)!.rank === 1 ? [tf.zerosLike(mine.at(-1)!)] : [];
    const weights = [...theirs, ...zeroBias];
    const same = weights.length === mine.length && weights.every((w, i) => w.shape.join() === mine[i]!.shape.join());
    if (!same)
      throw new ConvasError(
        'IMPORT_FORMAT',
        `layer ${id}: its weights (${theirs.map(w => `[${w.shape}]`).join(', ')}) do not fit the Convas layer (${mine.map(w => `[${w.shape}]`).join(', ')})`,
      );
    own.setWeights(weights);
    tf.dispose(zeroBias);
  }
}

/**
 * Reads `modelJson` and its weights, maps every layer to a Convas node and writes the weights to
 * `options.weightsDir`; returns the project (not written: the caller saves it where it wants).
 * @example
 * const { project } = await importTfjsModel('tm/model.json', { weightsDir: 'flowers-weights' });
 * await saveProjectFile('flowers.convas.json', { ...project, training: { ...project.training, epochs: 3 } });
 */
export async function importTfjsModel(modelJson: string, options: ImportOptions): Promise<ImportedModel> {
  const file = path.resolve(modelJson);
  const json = await readModelFile(file);
  const graph = importGraph(flattenTopology(json.modelTopology));
  const project: Project = {
    version: CURRENT_VERSION,
    id: newProjectId(),
    name: (options.name ?? (path.basename(path.dirname(file)) || 'imported model')).slice(0, 200),
    description: `Imported from ${path.basename(file)}`,
    nodes: graph.nodes,
    edges: graph.edges,
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
  checkWeightCount(file, json, analysis);
  const source = await loadTfjs(file);
  let compiled: ReturnType<typeof compileGraph> | undefined;
  try {
    compiled = compileGraph(analysis, {}, 'imported');
    try {
      copyWeights(compiled.model, source, graph, compiled.layerOf);
    } catch (e) {
      throw e instanceof ConvasError
        ? e
        : new ConvasError('IMPORT_FORMAT', `${file}: the weights do not fit the layers: ${(e as Error).message}`);
    }
    const weightsDir = path.resolve(options.weightsDir);
    await saveModel(compiled.model, weightsDir, { convas: { importedFrom: file } });
    return { project, weightsDir };
  } finally {
    source.dispose();
    compiled?.model.dispose();
  }
}
