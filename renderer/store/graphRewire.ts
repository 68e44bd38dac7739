/**
 * Edits that rewire around one node: adding a node into an edge, and deleting a node while joining its
 * input to its successors. Pure, like graphOps: each returns a new graph and leaves the old one intact.
 */
import { analyzeGraph, type GraphAnalysis } from '../../engine/core/graph/analyze';
import { reachable, topology } from '../../engine/core/graph/topology';
import { isLayerKind, layerSpec } from '../../engine/core/layers';
import type { Graph, ProjectEdge, ProjectNode } from '../../engine/core/project/schema';
import { hasEdge, removeElements } from './graphOps';

/** The edge a new node of `kind` added below `anchorId` goes into: the anchor's only outgoing edge, if the kind can sit in an edge. */
export function edgeToInsertInto(g: Graph, anchorId: string, kind: string): ProjectEdge | null {
  const out = g.edges.filter(e => e.source === anchorId);
  if (out.length !== 1 || !isLayerKind(kind)) return null;
  const spec = layerSpec(kind);
  // A kind that takes no input, or feeds nothing (Output), cannot stand between two nodes.
  return spec.arity.max >= 1 && spec.category !== 'output' ? out[0]! : null;
}

/**
 * Adds `node` into `edge` (source → node → target); the target's input keeps its place among the target's
 * inputs. The target and everything downstream move down until there is `gap` between the node and the target.
 */
export function insertIntoEdge(g: Graph, node: ProjectNode, edge: ProjectEdge, gap: number): Graph {
  const target = g.nodes.find(n => n.id === edge.target);
  const shift = target ? Math.max(0, node.position.y + gap - target.position.y) : 0;
  const moved = shift ? reachable([edge.target], topology(g).outgoing) : new Set<string>();
  return {
    nodes: [
      ...g.nodes.map(n => (moved.has(n.id) ? { ...n, position: { x: n.position.x, y: n.position.y + shift } } : n)),
      node,
    ],
    edges: g.edges.flatMap(e =>
      e === edge
        ? [
            { source: e.source, target: node.id },
            { source: node.id, target: e.target },
          ]
        : [e],
    ),
  };
}

interface DeleteOutcome {
  graph: Graph;
  /** Why the neighbours were left apart, or null when they were joined (or there was nothing to join). */
  notJoined: string | null;
}

type Analyze = (g: Graph) => GraphAnalysis;

/**
 * Deletes `id` and feeds its successors from its one input instead, when it had exactly one input and
 * every successor accepts that input's shape (no new error at a successor). Otherwise it deletes it
 * like Delete does and says why the neighbours stay apart.
 */
export function deleteAndReconnect(
  g: Graph,
  id: string,
  analyze: Analyze = graph => analyzeGraph(graph),
): DeleteOutcome {
  const removed = removeElements(g, [id]);
  const successors = g.edges.filter(e => e.source === id).map(e => e.target);
  if (!successors.length) return { graph: removed, notJoined: null };
  const inputs = g.edges.filter(e => e.target === id).map(e => e.source);
  if (inputs.length !== 1) {
    return {
      graph: removed,
      notJoined: `${id} had ${inputs.length ? `${inputs.length} inputs` : 'no input'}, so there is no one input to join to ${successors.join(', ')}.`,
    };
  }
  const source = inputs[0]!;
  const joined: Graph = {
    nodes: removed.nodes,
    // Each successor keeps its input in the same place (input order matters to Concatenate).
    edges: g.edges.flatMap(e =>
      e.target === id ? [] : e.source !== id ? [e] : hasEdge(g, source, e.target) ? [] : [{ source, target: e.target }],
    ),
  };
  const refused = newErrorAt(analyze(g), analyze(joined), new Set(successors));
  return refused ? { graph: removed, notJoined: refused } : { graph: joined, notJoined: null };
}

/** The message of the first error the joined graph has at a successor that the graph before did not have. */
function newErrorAt(before: GraphAnalysis, after: GraphAnalysis, at: Set<string>): string | null {
  const known = new Set(before.problems.filter(p => p.severity === 'error').map(p => `${p.nodeId}:${p.code}`));
  const fresh = after.problems.find(
    p => p.severity === 'error' && p.nodeId && at.has(p.nodeId) && !known.has(`${p.nodeId}:${p.code}`),
  );
  return fresh?.message ?? null;
}
