/** One entry for every importer, chosen by the file's extension: `.onnx` → ONNX, anything else → a TensorFlow.js model.json. */
import { importOnnxModel } from './onnx/importOnnx';
import { importTfjsModel, type ImportedModel, type ImportOptions } from './tfjs/importModel';

export type { ImportedModel, ImportOptions } from './tfjs/importModel';

/**
 * Imports a model file as a Convas project, writing its weights to `options.weightsDir`.
 * @example const { project, weightsDir } = await importModelFile('tm/model.json', { weightsDir: 'tm-weights' });
 */
export function importModelFile(file: string, options: ImportOptions): Promise<ImportedModel> {
  return file.toLowerCase().endsWith('.onnx') ? importOnnxModel(file, options) : importTfjsModel(file, options);
}
