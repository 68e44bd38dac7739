import type { Project } from '../../engine/core/project/schema';
import { splitPath } from '../shared/paths';
import type { AppState } from './index';

/** The project as it would be saved now (what training and export send to the host). */
export const selectProject = (s: AppState): Project => ({ ...s.meta, nodes: s.nodes, edges: s.edges });

/** Unsaved changes: the graph or the settings differ from what was last loaded or saved. */
export const selectDirty = (s: AppState): boolean =>
  s.nodes !== s.saved.nodes || s.edges !== s.saved.edges || s.meta !== s.saved.meta;

/** The project file's folder: dataset paths in the project are relative to it; none for an unsaved project (the host decides). */
export const selectBaseDir = (s: Pick<AppState, 'filePath'>): string | undefined =>
  s.filePath ? splitPath(s.filePath).dir || undefined : undefined;
