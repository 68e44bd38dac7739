import { isLayerKind, layerSpec } from '../../engine/layers';
import { useApp } from '../store';
import { placementBelow } from './placement';

/** Adds a layer below the selected node and wires the selection into it (or below the graph when nothing is selected). */
export function addFromPalette(kind: string): void {
  const s = useApp.getState();
  const anchorId = s.selectedNodeIds.at(-1);
  const anchor = s.nodes.find(n => n.id === anchorId);
  const feeds = anchor && isLayerKind(anchor.kind) && layerSpec(anchor.kind).category !== 'output';
  const position = placementBelow({ nodes: s.nodes, edges: s.edges }, anchor?.id);
  const id = s.addLayer(kind, position, feeds ? anchor.id : undefined);
  s.focusNode(id);
}
