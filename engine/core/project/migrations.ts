/**
 * Project file migrations: MIGRATIONS[v] turns a version-v file into version v+1. Files are
 * migrated step by step up to CURRENT_VERSION before schema validation.
 */
import { ConvasError } from '../errors';
import { derivedProjectId } from './identity';
import { CURRENT_VERSION } from './schema';

type RawProject = Record<string, unknown>;

export const MIGRATIONS: Record<number, (old: RawProject) => RawProject> = {
  // Projects get a stable id, which every run records. A file can keep its own id (e.g. written by hand).
  1: p => ({ ...p, version: 2, id: typeof p.id === 'string' ? p.id : derivedProjectId(p) }),
};

export function migrateProject(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let project = raw as RawProject;
  const version = project.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return raw;
  if (version > CURRENT_VERSION) {
    throw new ConvasError(
      'FILE_VERSION',
      `version: the file is version ${version}, this Convas reads up to ${CURRENT_VERSION}`,
    );
  }
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new ConvasError('INTERNAL', `no migration from project version ${v}`);
    project = step(project);
  }
  return project;
}
