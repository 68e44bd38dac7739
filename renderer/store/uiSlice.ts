/** Selection, panels, dialogs and host facts: state the undo history ignores. */
import type { DatasetInfo } from '../../engine/core/data/types';
import type { HostResults } from '../../electron/contract/hostApi';
import { createDialogPart, type DialogPart } from './dialogPart';
import type { SliceCreator } from './slice';

export type SidebarTab = 'inspector' | 'summary' | 'problems';
export type DockTab = 'train' | 'features';
export type NodeSize = { width: number; height: number };
/** Why the canvas refused a wire, shown beside the pointer where it was let go (client coordinates). */
type WireRefusal = { text: string; x: number; y: number };

export interface UiSlice extends DialogPart {
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  /** Measured node sizes (React Flow needs them back on every node object it is given). */
  nodeSizes: Record<string, NodeSize>;
  sidebarTab: SidebarTab;
  /** The open tab of the bottom dock; null when the dock is folded. */
  dockTab: DockTab | null;
  /** The canvas centres on this node when `seq` changes. */
  focusRequest: { nodeId: string; seq: number } | null;
  /** The canvas fits the whole graph in view when this changes. */
  fitSeq: number;
  /** Facts of an IDX dataset read by the host; `key` is the dataset spec it belongs to (JSON). */
  datasetInfo: { key: string; info: DatasetInfo } | null;
  hostInfo: HostResults['getInfo'] | null;
  wireRefusal: WireRefusal | null;
  select(nodeIds: string[], edgeIds?: string[]): void;
  setNodeSizes(sizes: Record<string, NodeSize>): void;
  setSidebarTab(tab: SidebarTab): void;
  setDockTab(tab: DockTab | null): void;
  /** Selects a node and asks the canvas to centre on it. */
  focusNode(nodeId: string): void;
  requestFit(): void;
  setDatasetInfo(value: UiSlice['datasetInfo']): void;
  setHostInfo(info: HostResults['getInfo']): void;
  showWireRefusal(refusal: WireRefusal | null): void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set, get) => ({
  ...createDialogPart(set, get),
  selectedNodeIds: [],
  selectedEdgeIds: [],
  nodeSizes: {},
  sidebarTab: 'inspector',
  dockTab: null,
  focusRequest: null,
  fitSeq: 0,
  datasetInfo: null,
  hostInfo: null,
  wireRefusal: null,
  select: (nodeIds, edgeIds = []) => set({ selectedNodeIds: nodeIds, selectedEdgeIds: edgeIds }),
  setNodeSizes: sizes => set(s => ({ nodeSizes: { ...s.nodeSizes, ...sizes } })),
  setSidebarTab: sidebarTab => set({ sidebarTab }),
  setDockTab: dockTab => set({ dockTab }),
  focusNode: nodeId =>
    set(s => ({
      selectedNodeIds: [nodeId],
      selectedEdgeIds: [],
      focusRequest: { nodeId, seq: (s.focusRequest?.seq ?? 0) + 1 },
    })),
  requestFit: () => set(s => ({ fitSeq: s.fitSeq + 1 })),
  setDatasetInfo: datasetInfo => set({ datasetInfo }),
  setHostInfo: hostInfo => set({ hostInfo }),
  showWireRefusal: wireRefusal => set({ wireRefusal }),
});
