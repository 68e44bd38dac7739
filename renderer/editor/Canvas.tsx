import type { DragEvent } from 'react';
import { Background, BackgroundVariant, MiniMap, ReactFlow, useReactFlow, useStore } from '@xyflow/react';
import { isLayerKind, layerSpec } from '../../engine/core/layers';
import { useApp } from '../store';
import { CanvasToolbar } from './CanvasToolbar';
import { CanvasControls } from './CanvasControls';
import { CATEGORY_INFO, UNKNOWN_COLOR } from './categories';
import { ConnectionRefusalHint } from './ConnectionRefusalHint';
import type { LayerFlowNode, ShapeFlowEdge } from './flowTypes';
import { LayerNode } from './LayerNode';
import { DEFAULT_NODE_SIZE } from './nodeSize';
import { LAYER_DRAG_TYPE } from './paletteDrag';
import { COMPACT_ZOOM, FIT_MAX_ZOOM, FIT_MIN_ZOOM } from './readableViewport';
import { ShapeEdge } from './ShapeEdge';
import { useCanvasHandlers } from './useCanvasHandlers';
import { useFlowElements } from './useFlowElements';
import { useViewRequests } from './useViewRequests';

const nodeTypes = { layer: LayerNode };
const edgeTypes = { shape: ShapeEdge };
const DELETE_KEYS = ['Delete', 'Backspace'];

const miniMapColor = (n: LayerFlowNode) =>
  isLayerKind(n.data.kind) ? CATEGORY_INFO[layerSpec(n.data.kind).category].color : UNKNOWN_COLOR;

export function Canvas() {
  const { nodes, edges } = useFlowElements();
  const handlers = useCanvasHandlers();
  const flow = useReactFlow();
  const addLayer = useApp(s => s.addLayer);
  // Zoomed out, node faces show only their kind and output shape in larger type (canvas.css).
  const compact = useStore(s => s.transform[2] < COMPACT_ZOOM);
  useViewRequests();

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes(LAYER_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent) => {
    const kind = e.dataTransfer.getData(LAYER_DRAG_TYPE);
    if (!isLayerKind(kind)) return;
    e.preventDefault();
    const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    addLayer(kind, {
      x: Math.round(at.x - DEFAULT_NODE_SIZE.width / 2),
      y: Math.round(at.y - DEFAULT_NODE_SIZE.height / 2),
    });
  };

  return (
    <div className={compact ? 'canvas is-compact' : 'canvas'} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<LayerFlowNode, ShapeFlowEdge>
        aria-label="Network canvas"
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        {...handlers}
        deleteKeyCode={DELETE_KEYS}
        colorMode="dark"
        minZoom={0.15}
        maxZoom={2.5}
        fitView
        fitViewOptions={{ padding: 0.1, minZoom: FIT_MIN_ZOOM, maxZoom: FIT_MAX_ZOOM }}
        connectionRadius={28}
        onlyRenderVisibleElements
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        <MiniMap<LayerFlowNode> pannable zoomable nodeColor={miniMapColor} nodeStrokeWidth={0} ariaLabel="Minimap" />
        <CanvasControls />
        <ConnectionRefusalHint />
        <CanvasToolbar />
        {nodes.length <= 1 && (
          <div className="canvas-hint" role="note">
            Drag layers from the palette onto the canvas, then wire an output handle (bottom) to an input handle (top).
            <br />
            Tip: select a node, then click a palette item to add it below and connect it.
          </div>
        )}
      </ReactFlow>
    </div>
  );
}
