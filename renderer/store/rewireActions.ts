/** Edits that rewire the graph around one node, each one undo step: add below (into an edge), delete and reconnect. */
import { analyzeGraph } from '../../engine/core/graph/analyze';
import { isLayerKind, layerSpec } from '../../engine/core/layers';
import type { Graph } from '../../engine/core/project/schema';
import { idForKind } from '../editor/nodeIds';
import { ROW_STEP } from '../editor/nodeSize';
import { placementBelow } from '../editor/placement';
import { analysisDataset } from './analysisCache';
import * as ops from './graphOps';
import { deleteAndReconnect, edgeToInsertInto, insertIntoEdge } from './graphRewire';
import type { Recorder } from './history';
import type { AppState } from './index';

export interface RewireActions {
  /**
   * Adds a node of `kind` below `anchorId` and selects it: into the anchor's edge when the anchor has one
   * successor (anchor → new → successor), else fed by the anchor; below the whole graph without an anchor.
   */
  addLayerBelow(kind: string, anchorId: string | undefined): string;
  /** Deletes nodes (and edges), joining each deleted node's one input to its successors where the shapes allow. */
  deleteAndReconnect(nodeIds: string[], edgeKeys?: string[]): void;
}

const graphOf = (s: AppState): Graph => ({ nodes: s.nodes, edges: s.edges });

/** An Output feeds nothing: a layer added "below" it is not wired to it. */
const feedsOthers = (kind: string) => !isLayerKind(kind) || layerSpec(kind).category !== 'output';

export function createRewireActions(rec: Recorder<AppState>, get: () => AppState): RewireActions {
  return {
    addLayerBelow(kind, anchorId) {
      const g = graphOf(get());
      const anchor = g.nodes.find(n => n.id === anchorId);
      const id = idForKind(kind, new Set(g.nodes.map(n => n.id)));
      const edge = anchor && feedsOthers(anchor.kind) ? edgeToInsertInto(g, anchor.id, kind) : null;
      const position =
        edge && anchor ? { x: anchor.position.x, y: anchor.position.y + ROW_STEP } : placementBelow(g, anchor?.id);
      const node = { id, kind, params: {}, position };
      const next = edge
        ? insertIntoEdge(g, node, edge, ROW_STEP)
        : ops.addNode(g, node, anchor && feedsOthers(anchor.kind) ? anchor.id : undefined);
      rec.record({ ...next, selectedNodeIds: [id], selectedEdgeIds: [] });
      return id;
    },
    deleteAndReconnect(nodeIds, edgeKeys = []) {
      if (!nodeIds.length && !edgeKeys.length) return;
      const s = get();
      const dataset = analysisDataset(s.meta.dataset, s.datasetInfo);
      const analyze = (g: Graph) => analyzeGraph(g, dataset ? { dataset } : {});
      let g = ops.removeElements(graphOf(s), [], edgeKeys);
      const apart: string[] = [];
      for (const id of nodeIds) {
        const outcome = deleteAndReconnect(g, id, analyze);
        g = outcome.graph;
        if (outcome.notJoined) apart.push(outcome.notJoined);
      }
      rec.record({ ...g, selectedNodeIds: [], selectedEdgeIds: [] });
      if (apart.length) {
        s.showNotice({
          tone: 'info',
          title: `Deleted without reconnecting ${apart.length > 1 ? 'some neighbours' : 'the neighbours'}`,
          detail: apart.join('\n'),
        });
      }
    },
  };
}
