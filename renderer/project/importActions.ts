/** "Import model…" in the Project menu: a TensorFlow.js model.json or an ONNX file opens as a new, unsaved project with its weights. */
import { errorText } from '../shared/userError';
import { splitPath } from '../shared/paths';
import { pickPath } from '../dialogs/usePathPicker';
import { host } from '../host';
import { useApp } from '../store';
import { guardUnsaved } from './projectActions';

const app = () => useApp.getState();

/** Asks for a model.json, imports it and opens it; training then starts from the imported weights. */
export async function importModel(): Promise<void> {
  if (!(await guardUnsaved('importing a model'))) return;
  const file = await pickPath({
    purpose: 'chooseFile',
    extensions: ['.json', '.onnx'],
    title: 'Import a model (TensorFlow.js model.json or ONNX)',
  });
  if (!file) return;
  try {
    const imported = await host.importModel({ path: file });
    app().loadProject(imported.project, null, imported.weightsDir);
    const frozen = imported.project.nodes.filter(n => n.trainable === false).length;
    app().showNotice({
      tone: 'info',
      title: `Imported ${imported.project.nodes.length} layers from ${splitPath(file).name}`,
      detail: `Training starts from its weights${frozen ? `; ${frozen} layers are frozen` : ''}. Untick “Train this layer” in the inspector to freeze more, then choose a dataset.`,
    });
  } catch (e) {
    app().showNotice({ tone: 'error', title: `Could not import ${splitPath(file).name}`, detail: errorText(e) });
  }
}
