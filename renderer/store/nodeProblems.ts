import type { Problem } from '../../engine/core/errors';
import type { GraphAnalysis } from '../../engine/core/graph/analyze';

const cache = new WeakMap<GraphAnalysis, Map<string, Problem[]>>();

/** Problems grouped by the node they point at (errors first). */
export function problemsByNode(analysis: GraphAnalysis): Map<string, Problem[]> {
  let byNode = cache.get(analysis);
  if (byNode) return byNode;
  byNode = new Map();
  for (const p of sortProblems(analysis.problems)) {
    if (!p.nodeId) continue;
    const list = byNode.get(p.nodeId) ?? [];
    list.push(p);
    byNode.set(p.nodeId, list);
  }
  cache.set(analysis, byNode);
  return byNode;
}

export const sortProblems = (problems: Problem[]): Problem[] =>
  [...problems].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));

/** Hover text of a problem: the message, then what to do about it. */
export const problemTooltip = (p: Problem): string => `${p.message}\nFix: ${p.hint}`;

/** A problem's message without its leading "id (Label): ", for places that already show the node. */
export const messageWithoutNode = (p: Problem): string =>
  p.nodeId && p.message.startsWith(p.nodeId) ? p.message.replace(/^[^:]*:\s*/, '') : p.message;
