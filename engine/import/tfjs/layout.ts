/** A plain layered layout for graphs made without a canvas (imports): input at the top, one row per depth. */
import type { ProjectEdge } from '../../core/project/schema';

const ROW = 140,
  COLUMN = 260;

/**
 * Positions for node ids given in dependency order: each node one row below its deepest input,
 * nodes sharing a row side by side. The app's auto-layout can refine it later.
 * @example layeredLayout(['in', 'conv'], [{ source: 'in', target: 'conv' }]).get('conv') // { x: 0, y: 140 }
 */
export function layeredLayout(ids: string[], edges: ProjectEdge[]): Map<string, { x: number; y: number }> {
  const depth = new Map<string, number>();
  const perRow = new Map<number, number>();
  const positions = new Map<string, { x: number; y: number }>();
  for (const id of ids) {
    const d = Math.max(-1, ...edges.filter(e => e.target === id).map(e => depth.get(e.source) ?? 0)) + 1;
    depth.set(id, d);
    const column = perRow.get(d) ?? 0;
    perRow.set(d, column + 1);
    positions.set(id, { x: column * COLUMN, y: d * ROW });
  }
  return positions;
}
