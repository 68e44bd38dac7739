import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { type NumberDraft, type NumberRule, parseNumberDraft, stepNumber } from './numberDraft';
import { rangeText } from './numberRange';

interface Props {
  /** Id for a visible <label htmlFor>; or name the input with ariaLabel. */
  id?: string;
  ariaLabel?: string;
  /** The committed value; a string when the file holds something that is not a number. */
  value: number | string;
  rule: NumberRule;
  onCommit(value: number): void;
  /** A check beyond the range (e.g. the project schema's own), returning the message to show or null. */
  check?(value: number): string | null;
  disabled?: boolean;
  /** Extra ids describing the input (a help line beside it). */
  describedBy?: string;
}

/**
 * The one number field of the app: a number typed as text, with its range stated under it. Every valid
 * keystroke commits (shapes and settings update at once); invalid or out-of-range text stays in the
 * box with a message under it and is not committed. Arrow keys step within the range, Escape restores
 * the value.
 */
export function NumberInput({ id, ariaLabel, value, rule, onCommit, check, disabled, describedBy }: Props) {
  const [text, setText] = useState(String(value));
  const messageId = useId();
  const rangeId = useId();
  const parse = (t: string): NumberDraft => {
    const draft = parseNumberDraft(t, rule);
    const problem = draft.ok && check ? check(draft.value) : null;
    return problem ? { ok: false, message: problem } : draft;
  };
  const draft = parse(text);
  const range = rangeText(rule);
  const showError = !draft.ok && !disabled;

  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the value from outside only; the draft being typed must not reset the text
  useEffect(() => {
    // Follow outside changes (undo, another node, an opened project) unless the text already means that value.
    if (!(draft.ok && draft.value === value)) setText(String(value));
  }, [value]);

  const change = (next: string) => {
    setText(next);
    const parsed = parse(next);
    if (parsed.ok && parsed.value !== value) onCommit(parsed.value);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      change(String(stepNumber(draft.ok ? draft.value : Number(value) || 0, e.key === 'ArrowUp' ? 1 : -1, rule, text)));
    } else if (e.key === 'Escape' && !draft.ok) {
      // Consumed here (a dialog around the field stays open): the text goes back to the value.
      e.preventDefault();
      setText(String(value));
    }
  };

  return (
    <span className="number-input">
      <input
        id={id}
        type="text"
        role="spinbutton"
        inputMode={rule.integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        className={draft.ok ? 'input' : 'input is-invalid'}
        value={text}
        disabled={disabled}
        aria-label={ariaLabel}
        aria-invalid={draft.ok ? undefined : true}
        aria-describedby={
          [range && rangeId, showError && messageId, describedBy].filter(Boolean).join(' ') || undefined
        }
        aria-valuenow={draft.ok ? draft.value : undefined}
        aria-valuemin={rule.min}
        aria-valuemax={rule.max}
        onChange={e => change(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {range && (
        <span id={rangeId} className="number-input__range">
          {range}
        </span>
      )}
      {showError && (
        <span id={messageId} className="field-message is-error" role="alert">
          {draft.message}
        </span>
      )}
    </span>
  );
}
