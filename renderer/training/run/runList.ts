/** Which of the project's runs on disk the panels use (pure). */
import { graphHash } from '../../../engine/core/project/identity';
import type { Graph } from '../../../engine/core/project/schema';
import type { RunSummary } from '../../../engine/core/runs/types';
import { runOf } from '../../store/session';
import type { ProjectTraining } from '../../store/trainingState';

const NO_RUNS: RunSummary[] = [];

/**
 * graphHash of a graph, once per graph: edits make new node/edge arrays, so the arrays key the
 * cache. Selectors call this on every store update (training streams events into the same store).
 */
const hashes = new WeakMap<object, WeakMap<object, string>>();
export function hashOf(graph: Pick<Graph, 'nodes' | 'edges'>): string {
  let byEdges = hashes.get(graph.nodes);
  if (!byEdges) {
    byEdges = new WeakMap();
    hashes.set(graph.nodes, byEdges);
  }
  let hash = byEdges.get(graph.edges);
  if (hash === undefined) {
    hash = graphHash(graph);
    byEdges.set(graph.edges, hash);
  }
  return hash;
}

export const diskRuns = (t: ProjectTraining): RunSummary[] => (t.disk.status === 'idle' ? NO_RUNS : t.disk.runs);

/** Runs that saved a model: what Export, bundles and trained feature maps can use. */
const modelRuns = (t: ProjectTraining): RunSummary[] => diskRuns(t).filter(r => r.hasModel);

/** The run Export and Save as bundle take: the one chosen, else the latest with a model. */
export function chosenRun(t: ProjectTraining): RunSummary | null {
  const runs = modelRuns(t);
  return runs.find(r => r.runId === t.chosenRunId) ?? runs[0] ?? null;
}

/** Whether a run trained another version of the graph on the canvas than the one there now. */
export const trainedEarlierGraph = (
  run: Pick<RunSummary, 'graphHash'>,
  graph: Pick<Graph, 'nodes' | 'edges'>,
): boolean => run.graphHash !== hashOf(graph);

/**
 * The run whose weights fit the graph on the canvas, for feature maps: the live session's once it
 * saved an epoch, else the latest run on disk of this very graph; null = random weights.
 */
export function weightsRun(
  t: ProjectTraining,
  graph: Pick<Graph, 'nodes' | 'edges'>,
): { runId: string; label: string } | null {
  const hash = hashOf(graph);
  const live = runOf(t.session);
  if (live && live.checkpointEpoch !== null && hashOf(live.project) === hash) {
    const label = t.session.phase === 'done' ? 'trained weights' : `weights after epoch ${live.checkpointEpoch}`;
    return { runId: live.sessionId, label };
  }
  const saved = modelRuns(t).find(r => r.graphHash === hash);
  return saved
    ? { runId: saved.runId, label: `trained weights (run of ${new Date(saved.startedAt).toLocaleString()})` }
    : null;
}
