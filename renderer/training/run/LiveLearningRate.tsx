import { useEffect, useState } from 'react';
import { formatValue } from '../../shared/format';
import { useActions } from '../../app/ActionsProvider';

/** Changes the optimizer's learning rate between two batches of the running session. */
export function LiveLearningRate({ current }: { current: number }) {
  const { setLiveLearningRate: apply } = useActions();
  const [text, setText] = useState(String(current));
  useEffect(() => setText(String(current)), [current]);
  const value = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(value) && value > 0 && value <= 10;
  const submit = () => {
    if (valid && value !== current) apply(value);
  };

  return (
    <form
      className="tp-lr"
      onSubmit={e => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor="tp-live-lr">Live learning rate</label>
      <input
        id="tp-live-lr"
        type="number"
        step="any"
        min={0}
        max={10}
        value={text}
        aria-invalid={valid ? undefined : true}
        onChange={e => setText(e.target.value)}
      />
      <button type="submit" className="tp-button tp-button--quiet" disabled={!valid || value === current}>
        Apply
      </button>
      <span className="tp-note">now {formatValue(current)}</span>
    </form>
  );
}
