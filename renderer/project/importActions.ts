/** "Import model…" in the Project menu: a TensorFlow.js model.json or an ONNX file opens as a new, unsaved project with its weights. */
import type { PickPath } from '../dialogs/pathPicker';
import { splitPath } from '../shared/paths';
import { errorText } from '../shared/userError';
import type { ActionDeps } from '../store/storeAccess';
import type { ProjectActions } from './projectActions';

export interface ImportActions {
  /** Asks for a model.json, imports it and opens it; training then starts from the imported weights. */
  importModel(): Promise<void>;
}

interface Deps extends Pick<ActionDeps, 'get' | 'host'>, Pick<ProjectActions, 'guardUnsaved'> {
  pickPath: PickPath;
}

export function createImportActions({ get, host, pickPath, guardUnsaved }: Deps): ImportActions {
  return {
    async importModel() {
      if (!(await guardUnsaved('importing a model'))) return;
      const file = await pickPath({
        purpose: 'chooseFile',
        extensions: ['.json', '.onnx'],
        title: 'Import a model (TensorFlow.js model.json or ONNX)',
      });
      if (!file) return;
      try {
        const imported = await host.importModel({ path: file });
        get().loadProject(imported.project, null, imported.weightsDir);
        const frozen = imported.project.nodes.filter(n => n.trainable === false).length;
        get().showNotice({
          tone: 'info',
          title: `Imported ${imported.project.nodes.length} layers from ${splitPath(file).name}`,
          detail: `Training starts from its weights${frozen ? `; ${frozen} layers are frozen` : ''}. Untick “Train this layer” in the inspector to freeze more, then choose a dataset.`,
        });
      } catch (e) {
        get().showNotice({ tone: 'error', title: `Could not import ${splitPath(file).name}`, detail: errorText(e) });
      }
    },
  };
}
