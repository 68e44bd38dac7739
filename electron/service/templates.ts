/** Starter projects: every `templates/*.convas.json`, validated like any project file. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadProjectFile } from '../../engine/project/files';
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
  const loaded = await Promise.all(names.map(async name => {
    try {
      const { project } = await loadProjectFile(path.join(dir, name));
      return { id: name.slice(0, -SUFFIX.length), name: project.name, description: project.description ?? '', project };
    } catch (e) {
      log(`convas: skipping template ${name}`, e);
      return null;
    }
  }));
  return loaded.filter((t): t is TemplateSummary => t !== null);
}
