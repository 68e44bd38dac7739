/** React Flow's change callbacks translated into store actions (the store is the one source of truth). */
import { useMemo } from 'react';
import type { Connection, EdgeChange, IsValidConnection, NodeChange, OnConnectEnd, OnDelete } from '@xyflow/react';
import { useApp } from '../store';
import { connectionRefusal, type Position } from '../store/graphOps';
import type { NodeSize } from '../store/uiSlice';
import type { LayerFlowNode, ShapeFlowEdge } from './flowTypes';
import { refusalOfWire } from './wireRefusal';

function onNodesChange(changes: NodeChange<LayerFlowNode>[]): void {
  const s = useApp.getState();
  const positions = new Map<string, Position>();
  const sizes: Record<string, NodeSize> = {};
  let selection: Set<string> | null = null;
  let dragEnded = false,
    nudged = false;
  for (const c of changes) {
    if (c.type === 'position') {
      if (c.position) positions.set(c.id, c.position);
      if (c.dragging === true) s.beginDrag();
      else if (c.dragging === false) dragEnded = true;
      else nudged = true;
    } else if (c.type === 'dimensions' && c.dimensions) {
      const old = s.nodeSizes[c.id];
      if (old?.width !== c.dimensions.width || old.height !== c.dimensions.height) sizes[c.id] = c.dimensions;
    } else if (c.type === 'select') {
      selection ??= new Set(s.selectedNodeIds);
      if (c.selected) selection.add(c.id);
      else selection.delete(c.id);
    }
    // 'remove' is handled once for nodes and edges together in onDelete (one undo step).
  }
  if (Object.keys(sizes).length) s.setNodeSizes(sizes);
  if (positions.size) (nudged && !dragEnded ? s.moveNodes : s.dragNodes)(positions);
  if (dragEnded) s.endDrag();
  if (selection) s.select([...selection], s.selectedEdgeIds);
}

function onEdgesChange(changes: EdgeChange<ShapeFlowEdge>[]): void {
  const s = useApp.getState();
  let selection: Set<string> | null = null;
  for (const c of changes) {
    if (c.type !== 'select') continue;
    selection ??= new Set(s.selectedEdgeIds);
    if (c.selected) selection.add(c.id);
    else selection.delete(c.id);
  }
  if (selection) s.select(s.selectedNodeIds, [...selection]);
}

const onConnect = (c: Connection) => useApp.getState().connectNodes(c.source, c.target);

/** Refuses self-loops, duplicates, cycles and surplus inputs while the user is still dragging the wire. */
const isValidConnection: IsValidConnection<ShapeFlowEdge> = c => {
  const s = useApp.getState();
  return connectionRefusal({ nodes: s.nodes, edges: s.edges }, c.source, c.target) === null;
};

const onConnectStart = () => useApp.getState().showWireRefusal(null);

/** A wire let go on a handle that refuses it: say why beside the pointer (refusals are never silent). */
const onConnectEnd: OnConnectEnd = (event, c) => {
  if (c.isValid || !c.fromHandle || !c.toHandle) return;
  const s = useApp.getState();
  const text = refusalOfWire({ nodes: s.nodes, edges: s.edges }, c.fromHandle, c.toHandle);
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (text && point) s.showWireRefusal({ text, x: point.clientX, y: point.clientY });
};

const onDelete: OnDelete<LayerFlowNode, ShapeFlowEdge> = ({ nodes, edges }) =>
  useApp.getState().deleteElements(
    nodes.map(n => n.id),
    edges.map(e => e.id),
  );

export const useCanvasHandlers = () =>
  useMemo(
    () => ({ onNodesChange, onEdgesChange, onConnect, onConnectStart, onConnectEnd, isValidConnection, onDelete }),
    [],
  );
