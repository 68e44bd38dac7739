import { readdir } from 'node:fs/promises';
import { saveModel } from '../tf/modelFiles';
import type { Exporter } from './types';

/** TensorFlow.js LayersModel files: model.json + weights, loadable by tf.loadLayersModel. */
export const tfjsExporter: Exporter = {
  format: 'tfjs',
  label: 'TensorFlow.js',
  description: 'model.json and weights for tf.loadLayersModel (web pages, Node.js, tensorflowjs_converter).',
  async write({ model, outDir, project, classNames }) {
    await saveModel(model, outDir, { convas: { project: project.name, classNames } });
    return { files: (await readdir(outDir)).filter(f => f === 'model.json' || f.endsWith('.bin')) };
  },
};
