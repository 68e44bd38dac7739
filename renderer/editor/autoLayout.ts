import { useApp } from '../store';
import { layeredPositions } from './layout';
import { DEFAULT_NODE_SIZE } from './nodeSize';

/** Lays the whole graph out top to bottom as one undo step, then fits it in view. */
export async function autoLayout(): Promise<void> {
  const { nodes, edges, nodeSizes } = useApp.getState();
  const positions = await layeredPositions(
    nodes.map(n => ({ id: n.id, position: n.position, ...(nodeSizes[n.id] ?? DEFAULT_NODE_SIZE) })),
    edges,
  );
  const s = useApp.getState();
  // The graph changed while elk was working: a stale layout would undo that edit.
  if (s.nodes.length !== nodes.length || s.edges !== edges) return;
  s.moveNodes(positions);
  s.requestFit();
}
