/** Test helper: terse graphs. `chains` are paths; each consecutive pair becomes an edge. */
import type { Graph } from '../../../../engine/core/project/schema';

export type NodeDefs = Record<string, [kind: string, params?: Record<string, unknown>]>;

/** @example graph({ in: ['input'], f: ['flatten'], out: ['output'] }, ['in', 'f', 'out']) */
export function graph(nodes: NodeDefs, ...chains: string[][]): Graph {
  return {
    nodes: Object.entries(nodes).map(([id, [kind, params = {}]]) => ({ id, kind, params, position: { x: 0, y: 0 } })),
    edges: chains.flatMap(chain => chain.slice(1).map((target, i) => ({ source: chain[i]!, target }))),
  };
}

export const mnist = {
  imageShape: [28, 28, 1] as [number, number, number],
  classNames: Array.from({ length: 10 }, (_, i) => String(i)),
};
