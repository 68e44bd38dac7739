import { useEffect, useId, useState } from 'react';
import { useApp } from '../../store';
import { nodeIdProblem } from '../nodeIds';

/** The node's id, renamed on Enter or when the field loses focus, if the new id is valid and free. */
export function NodeIdField({ nodeId }: { nodeId: string }) {
  const id = useId();
  const messageId = useId();
  const [text, setText] = useState(nodeId);
  const rename = useApp(s => s.renameNode);
  useEffect(() => setText(nodeId), [nodeId]);

  const trimmed = text.trim();
  // Read at render (the text just changed) rather than subscribing: drags would re-render the field.
  const taken = new Set(
    useApp
      .getState()
      .nodes.map(n => n.id)
      .filter(n => n !== nodeId),
  );
  const problem = trimmed === nodeId ? null : nodeIdProblem(trimmed, taken);
  const commit = () => {
    if (!problem && trimmed !== nodeId) rename(nodeId, trimmed);
  };

  return (
    <div className="field">
      <label htmlFor={id}>Id</label>
      <span className="number-input">
        <input
          id={id}
          className={problem ? 'input is-invalid' : 'input'}
          value={text}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={!!problem}
          aria-describedby={problem ? messageId : undefined}
          onChange={e => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={e => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setText(nodeId);
          }}
        />
        {problem && (
          <span id={messageId} className="field-message is-error" role="alert">
            {problem}
          </span>
        )}
      </span>
    </div>
  );
}
