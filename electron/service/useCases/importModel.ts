/** Opening a TensorFlow.js or ONNX model as a Convas project: the app's import and `convas import` share it. */
import { type ImportedModel, type ImportOptions, importModelFile } from '../../../engine/import/importModelFile';
import { saveProjectFile } from '../../../engine/project/files';
import { writeError } from '../fileErrors';
import { processBackend } from '../processBackend';

/**
 * The graph as a new project and its weights written to `options.weightsDir`.
 * @example const { project, weightsDir } = await importModel('mobilenet/model.json', { weightsDir });
 */
export async function importModel(file: string, options: ImportOptions): Promise<ImportedModel> {
  await processBackend();
  return importModelFile(file, options);
}

/**
 * The same, saved as a project file at `out` (absolute) rather than handed to a UI.
 * @example await importModelToFile('model.onnx', '/work/net.convas.json', { weightsDir: '/work/net-weights' });
 */
export async function importModelToFile(file: string, out: string, options: ImportOptions): Promise<ImportedModel> {
  const imported = await importModel(file, options);
  await saveProjectFile(out, imported.project).catch(e => {
    throw writeError(out, e);
  });
  return imported;
}
