import { useMemo, useState } from 'react';
import { isLayerKind, layerSpec } from '../../../engine/core/layers';
import { useApp } from '../../store';
import { connectionRefusal, edgeKey } from '../../store/graphOps';

/**
 * What feeds the node, each removable, and a chooser to connect one more: wiring without dragging a
 * handle, for the keyboard and for screen readers. Only nodes the editor would accept are offered.
 */
export function NodeInputs({ nodeId }: { nodeId: string }) {
  const nodes = useApp(s => s.nodes);
  const edges = useApp(s => s.edges);
  const inputs = useMemo(() => edges.filter(e => e.target === nodeId), [edges, nodeId]);
  // Computed when the graph changes, not on every store update (training streams into the same store).
  const candidates = useMemo(
    () => nodes.filter(n => connectionRefusal({ nodes, edges }, n.id, nodeId) === null).map(n => n.id),
    [nodes, edges, nodeId],
  );
  const kind = nodes.find(n => n.id === nodeId)?.kind ?? '';
  const [choice, setChoice] = useState('');
  if (isLayerKind(kind) && layerSpec(kind).arity.max === 0) return null;
  const s = useApp.getState();
  const connect = () => {
    if (!candidates.includes(choice)) return;
    s.connectNodes(choice, nodeId);
    setChoice('');
  };
  return (
    <fieldset className="node-inputs">
      <legend>Inputs</legend>
      {inputs.length ? (
        <ul>
          {inputs.map(e => (
            <li key={edgeKey(e)}>
              <span className="mono">{e.source}</span>
              <button
                type="button"
                className="btn"
                aria-label={`Disconnect ${e.source} from ${nodeId}`}
                onClick={() => s.deleteElements([], [edgeKey(e)])}
              >
                Disconnect
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="node-inputs__none">Nothing feeds this layer yet.</p>
      )}
      {candidates.length > 0 && (
        <div className="node-inputs__add">
          <select
            aria-label={`Connect an input to ${nodeId}`}
            value={choice}
            onChange={e => setChoice(e.target.value)}
            onKeyDown={e => {
              if (e.key === 'Enter') connect();
            }}
          >
            <option value="">Connect from…</option>
            {candidates.map(id => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
          <button type="button" className="btn" disabled={!choice} onClick={connect}>
            Connect
          </button>
        </div>
      )}
    </fieldset>
  );
}
