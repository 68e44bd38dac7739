import { readdir } from 'node:fs/promises';
import { inferenceModel } from '../tf/inferenceModel';
import { saveModel } from '../tf/modelFiles';
import type { Exporter } from './types';

/** TensorFlow.js LayersModel files: model.json + weights, loadable by tf.loadLayersModel (plain tfjs: no Convas layers). */
export const tfjsExporter: Exporter = {
  async write({ model, analysis, outDir, project, classNames }) {
    const shipped = inferenceModel(analysis, model);
    try {
      await saveModel(shipped, outDir, { convas: { project: project.name, classNames } });
    } finally {
      shipped.dispose();
    }
    return { files: (await readdir(outDir)).filter(f => f === 'model.json' || f.endsWith('.bin')) };
  },
};
