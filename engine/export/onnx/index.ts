/** ONNX export: model.onnx (opset 13, NHWC input as in tfjs) and labels.json, checked by onnxruntime in tests. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { outputTask } from '../../core/graph/layerContext';
import { writeFolderAtomically } from '../atomicFolder';
import type { Exporter } from '../types';
import { buildOnnxGraph } from './buildGraph';
import { encodeOnnxModel } from './modelProto';

/** Input layout of every exported model, also written into its metadata_props. */
export const ONNX_INPUT_LAYOUT = 'NHWC';

const FILES = ['model.onnx', 'labels.json'];

export const onnxExporter: Exporter = {
  async write({ model, analysis, outDir, project, classNames }) {
    const graph = buildOnnxGraph(analysis, model);
    const task = outputTask(analysis);
    const labels = {
      task,
      inputLayout: ONNX_INPUT_LAYOUT,
      inputShape: graph.input.shape,
      outputShape: graph.output.shape,
      ...(task === 'classification' ? { classNames } : {}),
    };
    const bytes = encodeOnnxModel(graph, {
      'convas.project': project.name,
      'convas.task': task,
      'convas.input_layout': ONNX_INPUT_LAYOUT,
      'convas.input': `${graph.input.name}: float32 [batch, ${graph.input.shape.slice(1).join(', ')}] (height, width, channels), as tfjs' model.predict takes it`,
      ...(task === 'classification' ? { 'convas.class_names': JSON.stringify(classNames) } : {}),
    });
    await writeFolderAtomically(outDir, FILES, async dir => {
      await writeFile(path.join(dir, 'model.onnx'), bytes);
      await writeFile(path.join(dir, 'labels.json'), `${JSON.stringify(labels, null, 2)}\n`);
    });
    return { files: FILES };
  },
};
