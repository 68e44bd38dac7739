/** Auto-layout: elkjs' layered algorithm, top to bottom, room between layers for the shape labels. */
import type { ELK } from 'elkjs/lib/elk-api';
import type { Position } from '../store/graphOps';

interface LayoutNode {
  id: string;
  width: number;
  height: number;
  position: Position;
}
interface LayoutEdge {
  source: string;
  target: string;
}

let elk: Promise<ELK> | undefined;

/**
 * elk is large (~1.5 MB) and a layout of hundreds of nodes takes long: in the browser it is
 * loaded on first use and runs in a worker, so the UI never stalls; under vitest (Node) it runs inline.
 */
const loadElk = () =>
  (elk ??=
    import.meta.env.MODE === 'test'
      ? import('elkjs/lib/elk.bundled.js').then(m => new m.default())
      : Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js?url')]).then(
          ([api, worker]) => new api.default({ workerUrl: worker.default }),
        ));

const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.nodeNode': '48',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

/**
 * New positions for every node, laid out as layers from the input down. The result keeps the
 * drawing's top-left corner where it was, so the view does not jump.
 */
export async function layeredPositions(nodes: LayoutNode[], edges: LayoutEdge[]): Promise<Map<string, Position>> {
  if (!nodes.length) return new Map();
  const ids = new Set(nodes.map(n => n.id));
  const graph = await (await loadElk()).layout({
    id: 'root',
    layoutOptions: OPTIONS,
    children: nodes.map(n => ({ id: n.id, width: n.width, height: n.height })),
    edges: edges
      .filter(e => ids.has(e.source) && ids.has(e.target))
      .map((e, i) => ({ id: `e${i}`, sources: [e.source], targets: [e.target] })),
  });
  const left = Math.min(...nodes.map(n => n.position.x));
  const top = Math.min(...nodes.map(n => n.position.y));
  const placed = graph.children ?? [];
  const minX = Math.min(...placed.map(c => c.x ?? 0));
  const minY = Math.min(...placed.map(c => c.y ?? 0));
  return new Map(
    placed.map(c => [c.id, { x: Math.round(left + (c.x ?? 0) - minX), y: Math.round(top + (c.y ?? 0) - minY) }]),
  );
}
