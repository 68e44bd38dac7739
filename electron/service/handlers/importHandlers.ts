import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { HostHandlers, ServiceContext } from '../serviceContext';
import { importModel } from '../useCases/importModel';

/** `imports/<name>-<YYYYMMDD-HHMMSS>-<random>` under the app's data folder: two imports never share a folder. */
function importDir(dataDir: string, name: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return path.join(
    dataDir,
    'imports',
    `${name.replace(/[^A-Za-z0-9_-]+/g, '-')}-${stamp}-${randomBytes(2).toString('hex')}`,
  );
}

/** Imported models: the graph goes back to the UI as a new unsaved project, the weights to the app's own data folder. */
export function registerImportHandlers(ctx: ServiceContext): Pick<HostHandlers, 'importModel'> {
  return {
    async importModel({ path: file }) {
      // model.json files are all named alike: their folder names the model.
      const name =
        (file.toLowerCase().endsWith('.onnx')
          ? path.basename(file, path.extname(file))
          : path.basename(path.dirname(path.resolve(file)))) || 'imported model';
      const imported = await importModel(file, { weightsDir: importDir(ctx.dirs.data, name), name });
      return { project: imported.project, weightsDir: imported.weightsDir };
    },
  };
}
