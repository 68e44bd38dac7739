import { useApp } from '../store';

/**
 * Adds a layer below the selected node, wired to it (into its edge when it has one successor), or below
 * the graph when nothing is selected; then centres the view on it. Returns the new node's id.
 */
export function addFromPalette(kind: string): string {
  const s = useApp.getState();
  const id = s.addLayerBelow(kind, s.selectedNodeIds.at(-1));
  s.focusNode(id);
  return id;
}
