import { useMemo } from 'react';
import { useApp } from '../store';
import { createFlowEdgeMapper, createFlowNodeMapper } from './flowElements';

/** The controlled node and edge arrays React Flow renders, derived from the store. */
export function useFlowElements() {
  const toNodes = useMemo(createFlowNodeMapper, []);
  const toEdges = useMemo(createFlowEdgeMapper, []);
  const nodes = useApp(s => s.nodes);
  const edges = useApp(s => s.edges);
  const selectedNodeIds = useApp(s => s.selectedNodeIds);
  const selectedEdgeIds = useApp(s => s.selectedEdgeIds);
  const sizes = useApp(s => s.nodeSizes);
  return {
    nodes: useMemo(() => toNodes(nodes, selectedNodeIds, sizes), [toNodes, nodes, selectedNodeIds, sizes]),
    edges: useMemo(() => toEdges(edges, selectedEdgeIds), [toEdges, edges, selectedEdgeIds]),
  };
}
