/** How training reads the project from the graph slice (the one place that knows its field names). */
import type { Project } from '../../../engine/core/project/schema';
import type { AppState } from '../../store';
import { dirname } from '../paths';

/** The project as it would be saved. Builds a new object: call it in actions, not in selectors. */
export const currentProject = (s: AppState): Project => ({ ...s.meta, nodes: s.nodes, edges: s.edges });

/** Dataset paths are relative to the project file; an unsaved project leaves it to the host. */
export const projectBaseDir = (s: Pick<AppState, 'filePath'>): string | undefined =>
  s.filePath ? dirname(s.filePath) : undefined;
