/** Graph structure: incoming edges in order, a topological order, the nodes on cycles, reachability. */
import type { Graph } from '../project/schema';

export interface Topology {
  /** Source ids feeding each node, in edge order (merge inputs are ordered by it). */
  incoming: Map<string, string[]>;
  outgoing: Map<string, string[]>;
  /** Nodes in dependency order; nodes on a cycle are left out. */
  order: string[];
  /** Nodes that sit on (or behind) a cycle. */
  cyclic: string[];
}

export function topology(graph: Graph): Topology {
  const ids = new Set(graph.nodes.map(n => n.id));
  const incoming = new Map<string, string[]>([...ids].map(id => [id, []]));
  const outgoing = new Map<string, string[]>([...ids].map(id => [id, []]));
  for (const e of graph.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    incoming.get(e.target)!.push(e.source);
    outgoing.get(e.source)!.push(e.target);
  }
  const indegree = new Map([...incoming].map(([id, srcs]) => [id, srcs.length]));
  const queue = graph.nodes.filter(n => indegree.get(n.id) === 0).map(n => n.id);
  const order: string[] = [];
  while (queue.length) {
    const id = queue.shift()!;
    order.push(id);
    for (const t of outgoing.get(id)!) {
      const d = indegree.get(t)! - 1;
      indegree.set(t, d);
      if (d === 0) queue.push(t);
    }
  }
  const done = new Set(order);
  return { incoming, outgoing, order, cyclic: graph.nodes.map(n => n.id).filter(id => !done.has(id)) };
}

/** Every node reachable from `starts` following `next`. */
export function reachable(starts: string[], next: Map<string, string[]>): Set<string> {
  const seen = new Set<string>(starts);
  const stack = [...starts];
  while (stack.length) {
    for (const n of next.get(stack.pop()!) ?? [])
      if (!seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
  }
  return seen;
}

/** Would adding source→target close a loop? (The canvas refuses such connections while dragging.) */
export function wouldCreateCycle(graph: Graph, source: string, target: string): boolean {
  if (source === target) return true;
  return reachable([target], topology(graph).outgoing).has(source);
}
