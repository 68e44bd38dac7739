import { memo, type CSSProperties } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { shapeText } from '../../engine/core/layers/shapeUtils';
import { useAnalysis } from '../store/useAnalysis';
import type { ShapeFlowEdge } from './flowTypes';

/** An edge labelled with the shape of the tensor it carries (the output shape of its source). */
function ShapeEdgeView(props: EdgeProps<ShapeFlowEdge>) {
  const {
    id,
    source,
    target,
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    selected,
    markerEnd,
  } = props;
  const shape = useAnalysis().byId.get(source)?.shape;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const text = shape ? shapeText(shape) : '?';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        {...(markerEnd && { markerEnd })}
        className={selected ? 'shape-edge is-selected' : 'shape-edge'}
      />
      {/* The focus ring of the edge, drawn round its label (which covers most of a short edge); canvas.css sizes and shows it. */}
      <rect className="shape-edge__focus" x={labelX} y={labelY} style={{ '--chars': text.length } as CSSProperties} />
      <EdgeLabelRenderer>
        <div
          className={`shape-edge__label${shape ? '' : ' is-unknown'}${selected ? ' is-selected' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          data-edge={`${source}→${target}`}
          title={`${source} → ${target}: ${shape ? `tensor of shape ${text} per image` : 'shape unknown (fix the problem upstream)'}`}
        >
          {text}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const ShapeEdge = memo(ShapeEdgeView);
