import { useEffect, useId, useMemo, useState } from 'react';
import type { z } from 'zod';
import { rangeText, schemaRange } from './numberRange';

interface Props {
  label: string;
  value: number;
  /** The project schema's own check, so the form accepts exactly what the file accepts. */
  schema: z.ZodType<number>;
  onValid(value: number): void;
  step?: number | 'any';
  disabled?: boolean;
  help?: string;
}

/** A number input that states its range and is validated as you type; only valid values reach the project. */
export function NumberField({ label, value, schema, onValid, step = 'any', disabled, help }: Props) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const range = useMemo(() => schemaRange(schema), [schema]);
  const hint = rangeText(range);
  // Follow the project when it changes elsewhere (open, undo), unless the text already means it.
  useEffect(() => {
    setText(t => (Number(t) === value && t.trim() !== '' ? t : String(value)));
    setError(null);
  }, [value]);

  const change = (next: string) => {
    setText(next);
    const parsed = schema.safeParse(next.trim() === '' ? Number.NaN : Number(next));
    if (parsed.success) {
      setError(null);
      if (parsed.data !== value) onValid(parsed.data);
    } else {
      setError(friendly(parsed.error.issues[0]?.message));
    }
  };

  return (
    <div className="tp-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={range.integer ? 'numeric' : 'decimal'}
        step={step}
        value={text}
        disabled={disabled}
        {...(range.min !== undefined && !range.minExclusive && { min: range.min })}
        {...(range.max !== undefined && !range.maxExclusive && { max: range.max })}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [hint && `${id}-range`, (error || help) && `${id}-note`].filter(Boolean).join(' ') || undefined
        }
        onChange={e => change(e.target.value)}
      />
      {hint && (
        <span id={`${id}-range`} className="tp-field__help">
          {hint}
        </span>
      )}
      {(error || help) && (
        <span
          id={`${id}-note`}
          className={error ? 'tp-field__error' : 'tp-field__help'}
          role={error ? 'alert' : undefined}
        >
          {error ?? help}
        </span>
      )}
    </div>
  );
}

/** zod says "Too small: expected number to be >=1"; people read "At least 1". */
function friendly(message: string | undefined): string {
  if (!message) return 'Not a valid value';
  const m = /expected (?:number|int) to be ([<>]=?)\s*(-?[\d.e+-]+)/i.exec(message);
  if (m) {
    const bound = Number(m[2]).toLocaleString('en-US', { maximumFractionDigits: 6 });
    return (
      { '>=': `At least ${bound}`, '>': `More than ${bound}`, '<=': `At most ${bound}`, '<': `Less than ${bound}` }[
        m[1]!
      ] ?? message
    );
  }
  if (/int/i.test(message)) return 'A whole number';
  return /nan|number/i.test(message) ? 'Enter a number' : message;
}
