import { formatBytes, modelTotals, trainingMemoryBytes } from '../../engine/core/graph/summary';
import { formatCompactCount } from '../shared/format';
import { layerSpec } from '../../engine/core/layers';
import { shapeText } from '../../engine/core/layers/shapeUtils';
import { useApp } from '../store';
import { useAnalysis } from '../store/useAnalysis';

/** Totals and per-layer rows: the numbers `convas validate` prints, from the same engine functions. */
export function SummaryTab() {
  const analysis = useAnalysis();
  const batchSize = useApp(s => s.meta.training.batchSize);
  const focusNode = useApp(s => s.focusNode);
  const totals = modelTotals(analysis);
  const memory = trainingMemoryBytes(totals, batchSize);
  return (
    <div className="summary">
      <dl className="summary__totals">
        <div>
          <dt>Total params</dt>
          <dd>{totals.params.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>FLOPs per image</dt>
          <dd>{formatCompactCount(totals.flops)}</dd>
        </div>
        <div title="Activations and their gradients, weights, weight gradients and Adam's two moments, float32">
          <dt>Memory per batch of {batchSize}</dt>
          <dd>~{formatBytes(memory)}</dd>
        </div>
      </dl>
      <table className="summary__table">
        <thead>
          <tr>
            <th scope="col">Node</th>
            <th scope="col">Output</th>
            <th scope="col" className="num">
              Params
            </th>
            <th scope="col" className="num">
              FLOPs
            </th>
          </tr>
        </thead>
        <tbody>
          {analysis.nodes.map(n => (
            <tr key={n.id} className={analysis.live.has(n.id) ? undefined : 'is-dead'}>
              <th scope="row" title={layerSpec(n.kind).label}>
                <button type="button" className="link" onClick={() => focusNode(n.id)}>
                  {n.id}
                </button>
                <span className="summary__kind">{layerSpec(n.kind).label}</span>
              </th>
              <td className="mono">{n.shape ? shapeText(n.shape) : '?'}</td>
              <td className="num mono">{n.cost ? n.cost.params.toLocaleString('en-US') : '—'}</td>
              <td className="num mono">{n.cost ? formatCompactCount(n.cost.flops) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {analysis.nodes.some(n => !analysis.live.has(n.id)) && (
        <p className="field-help">Greyed rows are not on the path from Input to Output and are not counted.</p>
      )}
    </div>
  );
}
