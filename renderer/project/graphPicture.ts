/**
 * A thumbnail of a graph for the templates gallery. Graphs are drawn top to bottom on the canvas;
 * the thumbnail turns them left to right so a long chain fits a wide card.
 */
import { isLayerKind, layerSpec } from '../../engine/core/layers';
import type { Graph } from '../../engine/core/project/schema';
import { CATEGORY_INFO, UNKNOWN_COLOR } from '../editor/categories';

interface GraphPicture {
  viewBox: string;
  boxes: { id: string; x: number; y: number; width: number; height: number; color: string }[];
  lines: { x1: number; y1: number; x2: number; y2: number }[];
}

const BOX = { width: 80, height: 60 };
const PAD = 30;

export function graphPicture(graph: Graph): GraphPicture {
  const { width, height } = BOX;
  const boxes = graph.nodes.map(n => ({
    id: n.id,
    x: n.position.y,
    y: n.position.x / 2,
    width,
    height,
    color: isLayerKind(n.kind) ? CATEGORY_INFO[layerSpec(n.kind).category].color : UNKNOWN_COLOR,
  }));
  const at = new Map(boxes.map(b => [b.id, b]));
  const lines = graph.edges.flatMap(e => {
    const s = at.get(e.source),
      t = at.get(e.target);
    return s && t ? [{ x1: s.x + width, y1: s.y + height / 2, x2: t.x, y2: t.y + height / 2 }] : [];
  });
  if (!boxes.length) return { viewBox: `0 0 ${width} ${height}`, boxes, lines };
  const minX = Math.min(...boxes.map(b => b.x)) - PAD,
    minY = Math.min(...boxes.map(b => b.y)) - PAD;
  const maxX = Math.max(...boxes.map(b => b.x + width)) + PAD,
    maxY = Math.max(...boxes.map(b => b.y + height)) + PAD;
  return { viewBox: `${minX} ${minY} ${maxX - minX} ${maxY - minY}`, boxes, lines };
}
