/** Starter projects: every `templates/*.convas.json`, validated like any project file. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadProjectFile } from '../../engine/project/files';
import type { DatasetSpec } from '../../engine/core/project/schema';
import type { TemplateSummary } from '../contract/hostApi';
import type { ServiceLogger } from './hostErrors';

const SUFFIX = '.convas.json';

/**
 * Lists the templates sorted by id; a broken template is logged and skipped, so one bad file
 * cannot empty the gallery.
 * @example
 * (await listTemplates('/opt/convas/templates', console.error)).map(t => t.id); // ['lenet5-mnist', …]
 */
export async function listTemplates(dir: string, log: ServiceLogger): Promise<TemplateSummary[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(n => n.endsWith(SUFFIX)).sort();
  } catch (e) {
    log(`convas: no templates folder at ${dir}`, e);
    return [];
  }
  const loaded = await Promise.all(
    names.map(async name => {
      try {
        const { project } = await loadProjectFile(path.join(dir, name));
        const anchored = { ...project, dataset: anchorDatasetPaths(project.dataset, dir) };
        return {
          id: name.slice(0, -SUFFIX.length),
          name: project.name,
          description: project.description ?? '',
          project: anchored,
        };
      } catch (e) {
        log(`convas: skipping template ${name}`, e);
        return null;
      }
    }),
  );
  return loaded.filter((t): t is TemplateSummary => t !== null);
}

/**
 * A template opened from the gallery has no file yet, so its dataset paths (relative to the
 * templates folder) are made absolute: they keep working wherever the user saves the project.
 * @example anchorDatasetPaths({ kind: 'csv', path: 'disc-grades/labels.csv', … }, '/opt/convas/templates').path // '/opt/convas/templates/disc-grades/labels.csv'
 */
export function anchorDatasetPaths(dataset: DatasetSpec, dir: string): DatasetSpec {
  const anchor = (p: string) => path.resolve(dir, p);
  switch (dataset.kind) {
    case 'builtin':
      return dataset;
    case 'folder':
    case 'csv':
      return { ...dataset, path: anchor(dataset.path) };
    case 'idx':
      return {
        ...dataset,
        trainImages: anchor(dataset.trainImages),
        trainLabels: anchor(dataset.trainLabels),
        ...(dataset.testImages !== undefined && { testImages: anchor(dataset.testImages) }),
        ...(dataset.testLabels !== undefined && { testLabels: anchor(dataset.testLabels) }),
      };
  }
}
