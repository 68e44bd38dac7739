import type { Graph } from '../../engine/core/project/schema';
import { connectionRefusal } from '../store/graphOps';

interface WireEnd {
  nodeId: string;
  type: 'source' | 'target';
}

/**
 * Why a wire from handle `from` to handle `to` is refused, or null when it is allowed (or ends on no handle).
 * @example refusalOfWire(g, { nodeId: 'conv1', type: 'source' }, { nodeId: 'input', type: 'target' })
 */
export function refusalOfWire(g: Graph, from: WireEnd, to: WireEnd | null): string | null {
  if (!to) return null;
  if (from.type === to.type) return 'Connect an output (bottom of a node) to an input (top of a node).';
  return from.type === 'source'
    ? connectionRefusal(g, from.nodeId, to.nodeId)
    : connectionRefusal(g, to.nodeId, from.nodeId);
}
