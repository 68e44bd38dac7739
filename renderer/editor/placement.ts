/** Where a node added from the palette goes: under the selected node, or under the whole graph. */
import type { Graph } from '../../engine/core/project/schema';
import type { Position } from '../store/graphOps';
import { DEFAULT_NODE_SIZE, ROW_STEP } from './nodeSize';

const COLUMN_STEP = DEFAULT_NODE_SIZE.width + 40;

export function placementBelow(g: Graph, anchorId: string | undefined): Position {
  const anchor = g.nodes.find(n => n.id === anchorId);
  if (!anchor) {
    if (!g.nodes.length) return { x: 0, y: 0 };
    const lowest = g.nodes.reduce((a, b) => (b.position.y > a.position.y ? b : a));
    return { x: lowest.position.x, y: lowest.position.y + ROW_STEP };
  }
  const spot = { x: anchor.position.x, y: anchor.position.y + ROW_STEP };
  // Step sideways past nodes already there (a branch), so the new node never hides another.
  while (
    g.nodes.some(
      n => Math.abs(n.position.x - spot.x) < COLUMN_STEP / 2 && Math.abs(n.position.y - spot.y) < ROW_STEP / 2,
    )
  ) {
    spot.x += COLUMN_STEP;
  }
  return spot;
}
