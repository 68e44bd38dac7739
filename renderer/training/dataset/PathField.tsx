import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  placeholder?: string;
  onChange(value: string): void;
  /** Called when typing ends (blur/Enter) so a half-typed path is not saved. */
  onCommit(): void;
  onBrowse(): void;
  disabled?: boolean;
}

/** A file path with a Browse… button (native dialog in Electron, the in-app browser otherwise). */
export function PathField({ label, value, placeholder, onChange, onCommit, onBrowse, disabled }: Props) {
  const id = useId();
  return (
    <div className="tp-path">
      <label htmlFor={id}>{label}</label>
      <div className="tp-path__row">
        <input
          id={id}
          type="text"
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          disabled={disabled}
          onChange={e => onChange(e.target.value)}
          onBlur={onCommit}
          onKeyDown={e => {
            if (e.key === 'Enter') onCommit();
          }}
        />
        <button
          type="button"
          className="tp-button tp-button--quiet"
          aria-label={`Browse for ${label.toLowerCase()}`}
          onClick={onBrowse}
          disabled={disabled}
        >
          Browse…
        </button>
      </div>
    </div>
  );
}
