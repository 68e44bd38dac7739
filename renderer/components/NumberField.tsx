import { useId, useMemo } from 'react';
import type { z } from 'zod';
import { NumberInput } from './NumberInput';
import { schemaRange } from './numberRange';

interface Props {
  label: string;
  value: number;
  /** The project schema's own check, so the form accepts exactly what the file accepts. */
  schema: z.ZodType<number>;
  onValid(value: number): void;
  disabled?: boolean;
  help?: string;
}

/** A labelled NumberInput whose range and check come from a project-schema field. */
export function NumberField({ label, value, schema, onValid, disabled, help }: Props) {
  const id = useId();
  const helpId = useId();
  const rule = useMemo(() => ({ integer: false, ...schemaRange(schema) }), [schema]);
  const check = (v: number) => (schema.safeParse(v).success ? null : 'Not a valid value.');
  return (
    <div className="tp-field">
      <label htmlFor={id}>{label}</label>
      <NumberInput
        id={id}
        value={value}
        rule={rule}
        check={check}
        onCommit={onValid}
        disabled={disabled}
        {...(help && { describedBy: helpId })}
      />
      {help && (
        <span id={helpId} className="tp-field__help">
          {help}
        </span>
      )}
    </div>
  );
}
