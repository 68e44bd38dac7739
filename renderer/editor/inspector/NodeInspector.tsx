import type { CSSProperties } from 'react';
import { formatCompactCount } from '../../shared/format';
import { isLayerKind, layerSpec } from '../../../engine/core/layers';
import type { ParamSpecs } from '../../../engine/core/layers/params';
import { shapeText } from '../../../engine/core/layers/shapeUtils';
import { shortcutText } from '../../components/shortcuts';
import { useApp } from '../../store';
import { messageWithoutNode, problemsByNode } from '../../store/nodeProblems';
import { useAnalysis } from '../../store/useAnalysis';
import { CATEGORY_INFO } from '../categories';
import { AugmentationPreview } from './AugmentationPreview';
import { DeleteAndReconnectButton } from './DeleteAndReconnectButton';
import { NodeIdField } from './NodeIdField';
import { NodeInputs } from './NodeInputs';
import { ParamField } from './ParamField';

/** Fields generated from the node's param specs; no per-layer code. */
export function NodeInspector({ nodeId }: { nodeId: string }) {
  const kind = useApp(s => s.nodes.find(n => n.id === nodeId)?.kind ?? '');
  const raw = useApp(s => s.nodes.find(n => n.id === nodeId)?.params);
  const setParam = useApp(s => s.setNodeParam);
  const analysis = useAnalysis();
  const info = analysis.byId.get(nodeId);
  const problems = problemsByNode(analysis).get(nodeId) ?? [];
  if (!isLayerKind(kind) || !info) {
    return (
      <div className="inspector">
        <p className="inspector__empty">
          {nodeId}: unknown layer kind “{kind}”. Delete it or fix the file.
        </p>
      </div>
    );
  }
  const spec = layerSpec(kind);
  const fieldNames = new Set(Object.keys(spec.params));
  const nodeProblems = problems.filter(p => !p.field || !fieldNames.has(p.field));
  const s = useApp.getState();
  return (
    <div className="inspector" style={{ '--cat': CATEGORY_INFO[spec.category].color } as CSSProperties}>
      <header className="inspector__head">
        <h3>
          <span className="palette__swatch" aria-hidden="true" />
          {spec.label}
        </h3>
        <p className="inspector__desc">{spec.description}</p>
      </header>
      <dl className="inspector__facts">
        <div>
          <dt>Output</dt>
          <dd className="mono">{info.shape ? shapeText(info.shape) : '?'}</dd>
        </div>
        <div>
          <dt>Params</dt>
          <dd className="mono">{info.cost ? info.cost.params.toLocaleString('en-US') : '—'}</dd>
        </div>
        <div>
          <dt>FLOPs</dt>
          <dd className="mono">{info.cost ? formatCompactCount(info.cost.flops) : '—'}</dd>
        </div>
      </dl>
      {nodeProblems.map(p => (
        <div key={p.code + p.message} className={`problem-card is-${p.severity}`}>
          <p>{messageWithoutNode(p)}</p>
          <p className="problem-card__hint">{p.hint}</p>
        </div>
      ))}
      <NodeIdField nodeId={nodeId} />
      <NodeInputs nodeId={nodeId} />
      {info.cost?.params ? (
        <div
          className="field field--check"
          title="Untick to freeze this layer: training (fine-tuning) leaves its weights as they are."
        >
          <label>
            <input
              type="checkbox"
              checked={info.trainable !== false}
              onChange={e => s.setNodeTrainable(nodeId, e.target.checked)}
            />{' '}
            Train this layer
          </label>
        </div>
      ) : null}
      {Object.entries(spec.params as ParamSpecs).map(([name, paramSpec]) =>
        paramSpec.showIf && !paramSpec.showIf(info.params) ? null : (
          <ParamField
            key={name}
            name={name}
            spec={paramSpec}
            value={info.params[name]!}
            {...(raw && Object.hasOwn(raw, name) && { raw: raw[name] })}
            problems={problems.filter(p => p.field === name)}
            {...(paramSpec.type === 'autoInt' && info.shape && { resolved: info.shape.at(-1)! })}
            onChange={v => setParam(nodeId, name, v)}
          />
        ),
      )}
      {spec.category === 'augmentation' && <AugmentationPreview nodeId={nodeId} />}
      <div className="inspector__actions">
        <button
          type="button"
          className="btn"
          onClick={() => s.duplicateSelection()}
          title={`Duplicate (${shortcutText('Mod+D')})`}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="btn btn--danger"
          onClick={() => s.deleteElements([nodeId], [])}
          title="Delete (Delete)"
        >
          Delete node
        </button>
        <DeleteAndReconnectButton nodeIds={[nodeId]} />
      </div>
    </div>
  );
}
