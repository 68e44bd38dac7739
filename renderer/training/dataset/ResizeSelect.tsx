import { useId } from 'react';
import { RESIZE_MODES, type ResizeMode } from '../../../engine/core/project/schema';
import { RESIZE_LABELS } from './imageDatasetDraft';

interface Props {
  value: ResizeMode;
  onChange(value: ResizeMode): void;
  /** The Input node's [h, w, c] the images are fitted to, when the graph has one. */
  inputShape: readonly number[] | undefined;
  disabled: boolean;
}

/** How images of other sizes are fitted to the Input node's height × width. */
export function ResizeSelect({ value, onChange, inputShape, disabled }: Props) {
  const id = useId();
  return (
    <div className="tp-field">
      <label htmlFor={id}>Resize to the Input’s size</label>
      <select id={id} value={value} disabled={disabled} onChange={e => onChange(e.target.value as ResizeMode)}>
        {RESIZE_MODES.map(mode => (
          <option key={mode} value={mode}>
            {RESIZE_LABELS[mode]}
          </option>
        ))}
      </select>
      <span className="tp-field__help">
        {inputShape
          ? `Images become ${inputShape.join(' × ')} (the Input node’s shape; 1 channel = grey).`
          : 'The graph needs one Input node to size the images.'}
      </span>
    </div>
  );
}
