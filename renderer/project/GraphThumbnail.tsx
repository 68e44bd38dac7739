import type { Graph } from '../../engine/core/project/schema';
import { graphPicture } from './graphPicture';

/** A small picture of a graph (templates gallery). */
export function GraphThumbnail({ graph, label }: { graph: Graph; label: string }) {
  const picture = graphPicture(graph);
  return (
    <svg
      className="graph-thumb"
      viewBox={picture.viewBox}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={label}
    >
      {picture.lines.map((l, i) => (
        <line key={i} {...l} className="graph-thumb__edge" />
      ))}
      {picture.boxes.map(b => (
        <rect
          key={b.id}
          x={b.x}
          y={b.y}
          width={b.width}
          height={b.height}
          rx={12}
          fill={b.color}
          className="graph-thumb__node"
        />
      ))}
    </svg>
  );
}
