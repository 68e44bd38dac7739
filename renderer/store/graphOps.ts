/** Pure edits of the project graph: each returns a new graph and leaves the old one intact (undo keeps it). */
import { wouldCreateCycle } from '../../engine/core/graph/topology';
import { isLayerKind, layerSpec } from '../../engine/core/layers';
import type { Graph, ProjectEdge, ProjectNode } from '../../engine/core/project/schema';

export type Position = { x: number; y: number };

/** React Flow edge id of a project edge (the file format has no edge ids). */
export const edgeKey = (e: ProjectEdge): string => `${e.source}→${e.target}`;

export const hasEdge = (g: Graph, source: string, target: string): boolean =>
  g.edges.some(e => e.source === source && e.target === target);

/** Why a new connection is refused (shown beside the pointer), or null when it may be made. */
export function connectionRefusal(g: Graph, source: string, target: string): string | null {
  if (source === target) return 'A node cannot feed itself.';
  const targetNode = g.nodes.find(n => n.id === target);
  if (!targetNode || !g.nodes.some(n => n.id === source)) return 'Both ends must be nodes.';
  const spec = isLayerKind(targetNode.kind) ? layerSpec(targetNode.kind) : null;
  if (spec?.arity.max === 0) return 'This node takes no inputs.';
  if (hasEdge(g, source, target)) return 'These nodes are already connected.';
  if (wouldCreateCycle(g, source, target)) return 'This connection would make a loop.';
  const feeding = g.edges.filter(e => e.target === target).map(e => e.source);
  if (spec && feeding.length >= spec.arity.max) {
    return spec.arity.max === 1
      ? `${spec.label} takes one input, and ${target} already has one (from ${feeding[0]}). Delete that edge first, or merge with Add or Concatenate.`
      : `${spec.label} takes at most ${spec.arity.max} inputs, and ${target} has them all.`;
  }
  return null;
}

export function addNode(g: Graph, node: ProjectNode, connectFrom?: string): Graph {
  const nodes = [...g.nodes, node];
  const withNode = { nodes, edges: g.edges };
  if (!connectFrom || connectionRefusal(withNode, connectFrom, node.id)) return withNode;
  return { nodes, edges: [...g.edges, { source: connectFrom, target: node.id }] };
}

export function connect(g: Graph, source: string, target: string): Graph {
  return connectionRefusal(g, source, target) ? g : { nodes: g.nodes, edges: [...g.edges, { source, target }] };
}

/** Removes nodes (with their edges) and edges given by key. */
export function removeElements(g: Graph, nodeIds: Iterable<string>, edgeKeys: Iterable<string> = []): Graph {
  const goneNodes = new Set(nodeIds);
  const goneEdges = new Set(edgeKeys);
  return {
    nodes: g.nodes.filter(n => !goneNodes.has(n.id)),
    edges: g.edges.filter(e => !goneNodes.has(e.source) && !goneNodes.has(e.target) && !goneEdges.has(edgeKey(e))),
  };
}

/** Sets (or, with undefined, clears back to the default) one raw param of a node. */
export function setParam(g: Graph, id: string, name: string, value: unknown): Graph {
  return mapNode(g, id, n => {
    const params = { ...n.params };
    if (value === undefined) delete params[name];
    else params[name] = value;
    return { ...n, params };
  });
}

/** Freezes (false) or unfreezes a node's weights; trainable nodes carry no flag, as in a new file. */
export function setTrainable(g: Graph, id: string, trainable: boolean): Graph {
  return mapNode(g, id, ({ trainable: _, ...n }) => (trainable ? n : { ...n, trainable: false }));
}

export function renameNode(g: Graph, from: string, to: string): Graph {
  if (from === to || g.nodes.some(n => n.id === to)) return g;
  return {
    nodes: g.nodes.map(n => (n.id === from ? { ...n, id: to } : n)),
    edges: g.edges.map(e =>
      e.source === from || e.target === from
        ? { source: e.source === from ? to : e.source, target: e.target === from ? to : e.target }
        : e,
    ),
  };
}

/** Moves nodes; nodes not in the map keep their object (so memoised views of them stay valid). */
export function moveNodes(g: Graph, positions: ReadonlyMap<string, Position>): Graph {
  if (!positions.size) return g;
  return {
    nodes: g.nodes.map(n => {
      const p = positions.get(n.id);
      return p && (p.x !== n.position.x || p.y !== n.position.y) ? { ...n, position: { x: p.x, y: p.y } } : n;
    }),
    edges: g.edges,
  };
}

function mapNode(g: Graph, id: string, f: (n: ProjectNode) => ProjectNode): Graph {
  return { nodes: g.nodes.map(n => (n.id === id ? f(n) : n)), edges: g.edges };
}
