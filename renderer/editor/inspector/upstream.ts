/** The part of the graph an augmentation preview depends on: the node and everything feeding it. */
import type { ProjectEdge, ProjectNode } from '../../../engine/core/project/schema';

/** Ids of `nodeId` and all its ancestors. */
export function upstreamIds(edges: readonly ProjectEdge[], nodeId: string): Set<string> {
  const seen = new Set([nodeId]);
  const stack = [nodeId];
  while (stack.length) {
    const id = stack.pop()!;
    for (const e of edges) {
      if (e.target === id && !seen.has(e.source)) {
        seen.add(e.source);
        stack.push(e.source);
      }
    }
  }
  return seen;
}

/**
 * Kinds, params and wiring of the node's ancestors (positions left out): the preview is asked for
 * again only when this changes, not when a later layer or a node position does.
 */
export function upstreamSignature(
  nodes: readonly ProjectNode[],
  edges: readonly ProjectEdge[],
  nodeId: string,
): string {
  const ids = upstreamIds(edges, nodeId);
  return JSON.stringify([
    nodes.filter(n => ids.has(n.id)).map(n => [n.id, n.kind, n.params]),
    edges.filter(e => ids.has(e.target)).map(e => [e.source, e.target]),
  ]);
}
