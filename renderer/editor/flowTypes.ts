import type { Edge, Node } from '@xyflow/react';

/** Node data is the layer's kind and raw params only; everything else is read from the store. */
type LayerNodeData = { kind: string; params: Record<string, unknown> };
export type LayerFlowNode = Node<LayerNodeData, 'layer'>;
export type ShapeFlowEdge = Edge<Record<string, never>, 'shape'>;
