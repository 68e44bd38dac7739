/**
 * One selection model: the selection only ever names nodes and edges of the graph. Undo and redo (zundo)
 * put back nodes and edges without knowing about the selection, so a node an undo removed stayed
 * "selected": invisible on the canvas, yet counted by the inspector and kept by every later click.
 */
import type { Graph } from '../../engine/core/project/schema';
import { edgeKey } from './graphOps';

export interface Selection {
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
}

/** The selection without the ids the graph no longer has, or null when nothing had to go. */
export function selectionWithin(g: Graph, sel: Selection): Selection | null {
  const nodes = new Set(g.nodes.map(n => n.id));
  const edges = new Set(g.edges.map(edgeKey));
  const selectedNodeIds = sel.selectedNodeIds.filter(id => nodes.has(id));
  const selectedEdgeIds = sel.selectedEdgeIds.filter(id => edges.has(id));
  const same =
    selectedNodeIds.length === sel.selectedNodeIds.length && selectedEdgeIds.length === sel.selectedEdgeIds.length;
  return same ? null : { selectedNodeIds, selectedEdgeIds };
}

interface Store<S> {
  setState(update: Partial<S>): void;
  subscribe(listener: (s: S, prev: S) => void): () => void;
}

/**
 * Prunes the selection whenever the graph changes, whoever changed it (undo, redo, an edit, a load).
 * While an edit is being recorded the pruning waits for the recording to end, so it never becomes an undo step.
 */
export function keepSelectionInGraph<S extends Graph & Selection>(
  store: Store<S> & { getState(): S },
  recording: () => boolean,
): () => void {
  const prune = () => {
    const pruned = selectionWithin(store.getState(), store.getState());
    if (pruned) store.setState(pruned as Partial<S>);
  };
  return store.subscribe((s, prev) => {
    if (s.nodes === prev.nodes && s.edges === prev.edges) return;
    if (recording()) queueMicrotask(prune);
    else prune();
  });
}
