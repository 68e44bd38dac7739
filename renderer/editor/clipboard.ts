/** Copy and paste of a node selection: the copied nodes plus the edges between them. */
import type { Graph, ProjectEdge, ProjectNode } from '../../engine/core/project/schema';
import { idForCopy } from './nodeIds';

export interface Clip {
  nodes: ProjectNode[];
  /** Only edges whose both ends are in the clip. */
  edges: ProjectEdge[];
}

export function copyNodes(g: Graph, ids: Iterable<string>): Clip | null {
  const wanted = new Set(ids);
  const nodes = g.nodes.filter(n => wanted.has(n.id));
  if (!nodes.length) return null;
  return { nodes, edges: g.edges.filter(e => wanted.has(e.source) && wanted.has(e.target)) };
}

interface Pasted {
  graph: Graph;
  /** Ids of the new nodes, to select them. */
  ids: string[];
}

/** Adds the clip's nodes under fresh ids, shifted by `offset`, with their internal edges. */
export function pasteClip(g: Graph, clip: Clip, offset: { x: number; y: number }): Pasted {
  const taken = new Set(g.nodes.map(n => n.id));
  const rename = new Map<string, string>();
  for (const n of clip.nodes) {
    const id = idForCopy(n.id, taken);
    taken.add(id);
    rename.set(n.id, id);
  }
  const nodes = clip.nodes.map(n => ({
    ...n,
    id: rename.get(n.id)!,
    params: structuredClone(n.params),
    position: { x: n.position.x + offset.x, y: n.position.y + offset.y },
  }));
  const edges = clip.edges.map(e => ({ source: rename.get(e.source)!, target: rename.get(e.target)! }));
  return { graph: { nodes: [...g.nodes, ...nodes], edges: [...g.edges, ...edges] }, ids: nodes.map(n => n.id) };
}
