/** Canvas edits. Each user gesture is one undo step; drag frames are folded into one at drag stop. */
import type { Graph, ProjectNode } from '../../engine/core/project/schema';
import { copyNodes, pasteClip, type Clip } from '../editor/clipboard';
import { idForKind } from '../editor/nodeIds';
import * as ops from './graphOps';
import type { Recorder } from './history';
import type { AppState } from './index';

export interface GraphEditActions {
  /** Adds a node of `kind`, optionally fed by `connectFrom`, selects it and returns its id. */
  addLayer(kind: string, position: ops.Position, connectFrom?: string): string;
  connectNodes(source: string, target: string): void;
  deleteElements(nodeIds: string[], edgeKeys: string[]): void;
  /** Sets one raw param (undefined restores the default); typing bursts on a field are one undo step. */
  setNodeParam(id: string, name: string, value: unknown): void;
  /** Freezes (false) or unfreezes a node's weights for training. */
  setNodeTrainable(id: string, trainable: boolean): void;
  renameNode(from: string, to: string): void;
  beginDrag(): void;
  dragNodes(positions: ReadonlyMap<string, ops.Position>): void;
  endDrag(): void;
  /** Moves nodes as one undo step (auto-layout, keyboard nudges). */
  moveNodes(positions: ReadonlyMap<string, ops.Position>): void;
  copySelection(): void;
  pasteClipboard(): void;
  duplicateSelection(): void;
}

const PASTE_OFFSET = 40;
const graphOf = (s: AppState): Graph => ({ nodes: s.nodes, edges: s.edges });

export function createGraphEditActions(rec: Recorder<AppState>, get: () => AppState): GraphEditActions {
  let dragStart: ProjectNode[] | null = null;
  let pastes = 0;
  const paste = (clip: Clip, offset: number) => {
    const { graph, ids } = pasteClip(graphOf(get()), clip, { x: offset, y: offset });
    rec.record({ ...graph, selectedNodeIds: ids, selectedEdgeIds: [] });
  };
  return {
    addLayer(kind, position, connectFrom) {
      const id = idForKind(kind, new Set(get().nodes.map(n => n.id)));
      const next = ops.addNode(graphOf(get()), { id, kind, params: {}, position }, connectFrom);
      rec.record({ ...next, selectedNodeIds: [id], selectedEdgeIds: [] });
      return id;
    },
    connectNodes(source, target) {
      const g = graphOf(get());
      const next = ops.connect(g, source, target);
      if (next !== g) rec.record(next);
    },
    deleteElements(nodeIds, edgeKeys) {
      if (!nodeIds.length && !edgeKeys.length) return;
      const gone = new Set(nodeIds);
      rec.record(s => ({
        ...ops.removeElements(graphOf(s), nodeIds, edgeKeys),
        selectedNodeIds: s.selectedNodeIds.filter(id => !gone.has(id)),
        selectedEdgeIds: [],
      }));
    },
    setNodeParam(id, name, value) {
      rec.record(s => ops.setParam(graphOf(s), id, name, value), `param:${id}:${name}`);
    },
    setNodeTrainable(id, trainable) {
      rec.record(s => ops.setTrainable(graphOf(s), id, trainable));
    },
    renameNode(from, to) {
      const g = graphOf(get());
      const next = ops.renameNode(g, from, to);
      if (next === g) return;
      rec.record(s => ({ ...next, selectedNodeIds: s.selectedNodeIds.map(id => (id === from ? to : id)) }));
    },
    beginDrag() {
      dragStart ??= get().nodes;
    },
    dragNodes(positions) {
      rec.quiet(s => ops.moveNodes(graphOf(s), positions));
    },
    endDrag() {
      const before = dragStart;
      dragStart = null;
      const after = get().nodes;
      if (!before || before === after) return;
      // Put the pre-drag nodes back silently so the one recorded step goes from before to after.
      rec.quiet({ nodes: before });
      rec.record({ nodes: after });
    },
    moveNodes(positions) {
      const g = graphOf(get());
      const next = ops.moveNodes(g, positions);
      if (next.nodes.some((n, i) => n !== g.nodes[i])) rec.record(next);
    },
    copySelection() {
      const s = get();
      const clip = copyNodes(graphOf(s), s.selectedNodeIds);
      if (!clip) return;
      pastes = 0;
      rec.quiet({ clipboard: clip });
    },
    pasteClipboard() {
      const clip = get().clipboard;
      if (clip) paste(clip, PASTE_OFFSET * ++pastes);
    },
    duplicateSelection() {
      const s = get();
      const clip = copyNodes(graphOf(s), s.selectedNodeIds);
      if (clip) paste(clip, PASTE_OFFSET);
    },
  };
}
