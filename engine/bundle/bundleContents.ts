/** The files of a bundle, checked against its layout: one project, an optional thumbnail, whole runs. */
import { ConvasError } from '../core/errors';
import { parseProjectText } from '../core/project/parse';
import type { Project } from '../core/project/schema';
import { PROJECT_ENTRY, runFileOf, THUMBNAIL_ENTRY } from './layout';
import { checkRunFiles } from './runFiles';

export interface BundleContents {
  project: Project;
  thumbnail?: Uint8Array;
  /** Run name → its files (run.json, model.json, weights). */
  runs: Map<string, Map<string, Uint8Array>>;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Refuses unexpected names, a missing or invalid project, a thumbnail that is not a PNG and
 * incomplete runs; writes nothing.
 * @example const { project, runs } = bundleContents(unzipBundle(bytes, BUNDLE_LIMITS));
 */
export function bundleContents(files: ReadonlyMap<string, Uint8Array>): BundleContents {
  const runs = new Map<string, Map<string, Uint8Array>>();
  for (const [name, data] of files) {
    if (name === PROJECT_ENTRY) continue;
    if (name === THUMBNAIL_ENTRY) {
      if (!PNG_SIGNATURE.every((b, i) => data[i] === b))
        throw new ConvasError('BUNDLE_CONTENT', `${THUMBNAIL_ENTRY} is not a PNG image`);
      continue;
    }
    const at = runFileOf(name);
    if (!at)
      throw new ConvasError(
        'BUNDLE_CONTENT',
        `unexpected entry ${JSON.stringify(name.slice(0, 200))} (a bundle holds ${PROJECT_ENTRY}, ${THUMBNAIL_ENTRY} and runs/<run>/ folders)`,
      );
    if (!runs.has(at.run)) runs.set(at.run, new Map());
    runs.get(at.run)!.set(at.file, data);
  }
  const projectBytes = files.get(PROJECT_ENTRY);
  if (!projectBytes) throw new ConvasError('BUNDLE_CONTENT', `the bundle has no ${PROJECT_ENTRY}`);
  let project: Project;
  try {
    project = parseProjectText(new TextDecoder().decode(projectBytes));
  } catch (e) {
    if (e instanceof ConvasError) throw new ConvasError(e.code, `${PROJECT_ENTRY}: ${e.message}`, e.hint);
    throw e;
  }
  for (const [run, runFiles] of runs) checkRunFiles(`runs/${run}`, runFiles);
  const thumbnail = files.get(THUMBNAIL_ENTRY);
  return { project, runs, ...(thumbnail && { thumbnail }) };
}
