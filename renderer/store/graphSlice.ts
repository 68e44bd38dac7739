/**
 * The project being edited. The graph (nodes, edges) is what undo/redo tracks; the rest of the
 * project (name, dataset, training settings) is `meta`. Shapes and problems are derived (useAnalysis).
 */
import type { DatasetSpec, Project, ProjectEdge, ProjectNode, TrainingConfig } from '../../engine/core/project/schema';
import type { Clip } from '../editor/clipboard';
import { blankProject } from './blankProject';
import { createGraphEditActions, type GraphEditActions } from './graphEditActions';
import { createRecorder } from './history';
import { createRewireActions, type RewireActions } from './rewireActions';
import { keepSelectionInGraph } from './selectionSync';
import type { SliceCreator } from './slice';
import type { AppState } from './index';

type ProjectMeta = Omit<Project, 'nodes' | 'edges'>;

/** What undo/redo restores. */
interface GraphHistoryState {
  nodes: ProjectNode[];
  edges: ProjectEdge[];
}
export const graphHistoryState = (s: AppState): GraphHistoryState => ({ nodes: s.nodes, edges: s.edges });

export interface GraphSlice extends GraphEditActions, RewireActions {
  nodes: ProjectNode[];
  edges: ProjectEdge[];
  meta: ProjectMeta;
  /** Where the project was opened from or last saved to; null for a new or template project. */
  filePath: string | null;
  /** The state last loaded or saved: the project is dirty when it differs (by reference). */
  saved: { nodes: ProjectNode[]; edges: ProjectEdge[]; meta: ProjectMeta };
  clipboard: Clip | null;
  /** Weights training starts from (an imported model's); null = random weights. Not part of the project file. */
  initialWeights: string | null;
  /** Replaces the project (open, new, template, import) and clears undo history. */
  loadProject(project: Project, filePath: string | null, initialWeights?: string | null): void;
  /** Records that `snapshot` (the state handed to the host) is now saved at `filePath`. */
  markSaved(filePath: string, snapshot: GraphSlice['saved']): void;
  setProjectName(name: string): void;
  setTraining(patch: Partial<TrainingConfig>): void;
  setDataset(dataset: DatasetSpec): void;
}

const splitProject = ({ nodes, edges, ...meta }: Project) => ({ nodes, edges, meta });

export const createGraphSlice: SliceCreator<GraphSlice> = (set, get, store) => {
  const recorder = createRecorder<AppState>(set, store);
  const initial = splitProject(blankProject());
  const temporal = () =>
    (store as unknown as { temporal: { getState(): { clear(): void; isTracking: boolean } } }).temporal.getState();
  keepSelectionInGraph(store, () => temporal().isTracking);
  return {
    ...initial,
    filePath: null,
    saved: initial,
    clipboard: null,
    initialWeights: null,
    ...createGraphEditActions(recorder, get),
    ...createRewireActions(recorder, get),
    loadProject(project, filePath, initialWeights = null) {
      const next = splitProject(project);
      recorder.quiet(s => ({
        ...next,
        filePath,
        initialWeights,
        saved: next,
        selectedNodeIds: [],
        selectedEdgeIds: [],
        fitSeq: s.fitSeq + 1,
      }));
      temporal().clear();
    },
    markSaved: (filePath, snapshot) => recorder.quiet({ filePath, saved: snapshot }),
    setProjectName: name => recorder.quiet(s => ({ meta: { ...s.meta, name } })),
    setTraining: patch => recorder.quiet(s => ({ meta: { ...s.meta, training: { ...s.meta.training, ...patch } } })),
    setDataset: dataset => recorder.quiet(s => ({ meta: { ...s.meta, dataset } })),
  };
};
