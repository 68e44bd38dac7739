import { memo, type CSSProperties } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { isLayerKind, layerSpec } from '../../engine/core/layers';
import { formatCompactCount } from '../shared/format';
import { shapeText } from '../../engine/core/layers/shapeUtils';
import { messageWithoutNode, problemsByNode, problemTooltip } from '../store/nodeProblems';
import { useAnalysis } from '../store/useAnalysis';
import { CATEGORY_INFO, UNKNOWN_COLOR } from './categories';
import type { LayerFlowNode } from './flowTypes';

const NO_PROBLEMS: never[] = [];

/** The face of every layer node: kind, id, a snowflake when frozen, key params, output shape, parameter count, problems. */
function LayerNodeView({ id, data, selected }: NodeProps<LayerFlowNode>) {
  const analysis = useAnalysis();
  const spec = isLayerKind(data.kind) ? layerSpec(data.kind) : null;
  const info = analysis.byId.get(id);
  const problems = problemsByNode(analysis).get(id) ?? NO_PROBLEMS;
  const error = problems.find(p => p.severity === 'error');
  const warning = problems.find(p => p.severity === 'warning');
  const shown = error ?? warning;
  const color = spec ? CATEGORY_INFO[spec.category].color : UNKNOWN_COLOR;
  const className = ['layer-node', selected && 'is-selected', error ? 'has-error' : warning && 'has-warning']
    .filter(Boolean)
    .join(' ');
  const params = info?.cost?.params;
  return (
    <div
      className={className}
      style={{ '--cat': color } as CSSProperties}
      title={shown ? problems.map(problemTooltip).join('\n\n') : spec?.description}
    >
      {(!spec || spec.arity.max > 0) && <Handle type="target" position={Position.Top} title={`Input of ${id}`} />}
      <div className="layer-node__head">
        <span className="layer-node__kind">{spec?.label ?? `Unknown: ${data.kind}`}</span>
        {info?.trainable === false && (
          <span
            className="layer-node__frozen"
            role="img"
            aria-label="Frozen"
            title="Frozen: training leaves this layer's weights as they are"
          >
            ❄
          </span>
        )}
        <span className="layer-node__id">{id}</span>
      </div>
      {info?.summary ? <div className="layer-node__summary">{info.summary}</div> : null}
      <div className="layer-node__foot">
        <span className="layer-node__shape" role="note" aria-label="Output shape">
          {info?.shape ? shapeText(info.shape) : '?'}
        </span>
        {params ? <span className="layer-node__params">{formatCompactCount(params)} params</span> : null}
      </div>
      {shown && (
        <div className="layer-node__problem">
          <span className="layer-node__problem-mark" aria-hidden="true">
            !
          </span>
          {messageWithoutNode(shown)}
        </div>
      )}
      {spec?.category !== 'output' && <Handle type="source" position={Position.Bottom} title={`Output of ${id}`} />}
    </div>
  );
}

const sameFace = (a: NodeProps<LayerFlowNode>, b: NodeProps<LayerFlowNode>) =>
  a.id === b.id && a.selected === b.selected && a.data.kind === b.data.kind && a.data.params === b.data.params;

export const LayerNode = memo(LayerNodeView, sameFace);
