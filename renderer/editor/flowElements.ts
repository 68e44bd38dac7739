/**
 * Project nodes and edges → React Flow's controlled elements. Objects are reused while their
 * source (and selection, size) is unchanged, so React Flow re-renders only what moved or changed.
 */
import { isLayerKind, layerSpec } from '../../engine/core/layers';
import type { ProjectEdge, ProjectNode } from '../../engine/core/project/schema';
import { edgeKey } from '../store/graphOps';
import type { NodeSize } from '../store/uiSlice';
import type { LayerFlowNode, ShapeFlowEdge } from './flowTypes';

interface NodeMemo {
  selected: boolean;
  size: NodeSize | undefined;
  flow: LayerFlowNode;
}

export function createFlowNodeMapper() {
  const memo = new WeakMap<ProjectNode, NodeMemo>();
  return (nodes: ProjectNode[], selectedIds: string[], sizes: Record<string, NodeSize>): LayerFlowNode[] => {
    const selected = new Set(selectedIds);
    return nodes.map(n => {
      const isSelected = selected.has(n.id);
      const size = sizes[n.id];
      const hit = memo.get(n);
      if (hit && hit.selected === isSelected && hit.size === size) return hit.flow;
      const data = hit?.flow.data ?? { kind: n.kind, params: n.params };
      const flow: LayerFlowNode = {
        id: n.id,
        type: 'layer',
        position: n.position,
        data,
        selected: isSelected,
        ariaLabel: `${isLayerKind(n.kind) ? layerSpec(n.kind).label : n.kind} ${n.id}`,
        ...(size && { measured: size }),
      };
      memo.set(n, { selected: isSelected, size, flow });
      return flow;
    });
  };
}

export function createFlowEdgeMapper() {
  const memo = new WeakMap<ProjectEdge, { selected: boolean; flow: ShapeFlowEdge }>();
  return (edges: ProjectEdge[], selectedKeys: string[]): ShapeFlowEdge[] => {
    const selected = new Set(selectedKeys);
    return edges.map(e => {
      const key = edgeKey(e);
      const isSelected = selected.has(key);
      const hit = memo.get(e);
      if (hit && hit.selected === isSelected) return hit.flow;
      const flow: ShapeFlowEdge = { id: key, type: 'shape', source: e.source, target: e.target, selected: isSelected };
      memo.set(e, { selected: isSelected, flow });
      return flow;
    });
  };
}
