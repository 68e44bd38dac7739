/** One inspector control per param spec type. Each gets the resolved value and reports raw values. */
import { useId } from 'react';
import type { AutoIntParam, EnumParam, IntPairParam, TupleParam } from '../../../engine/core/layers/params';
import { NumberInput } from '../../components/NumberInput';
import type { NumberRule } from '../../components/numberDraft';

interface FieldProps<S, V> {
  label: string;
  spec: S;
  value: V;
  onChange(value: unknown): void;
}

const intRule = (spec: { min?: number; max?: number }): NumberRule => ({
  integer: true,
  ...(spec.min !== undefined && { min: spec.min }),
  ...(spec.max !== undefined && { max: spec.max }),
});

export function EnumField({ label, spec, value, onChange }: FieldProps<EnumParam, string>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} onChange={e => onChange(e.target.value)}>
        {spec.values.map(v => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
}

export function BoolField({ label, value, onChange }: FieldProps<unknown, boolean>) {
  return (
    <div className="field field--check">
      <label>
        <input type="checkbox" checked={value} onChange={e => onChange(e.target.checked)} /> {label}
      </label>
    </div>
  );
}

export function TupleField({ label, spec, value, onChange }: FieldProps<TupleParam, number[]>) {
  const rule = intRule(spec);
  const set = (i: number, v: number) => onChange(value.map((x, j) => (j === i ? v : x)));
  return (
    <fieldset className="field field--group">
      <legend>{label}</legend>
      <div className="field__row">
        {value.map((v, i) => {
          const name = spec.names?.[i] ?? `${i + 1}`;
          return (
            <label key={i} className="field__part">
              <span className="field__part-name">{name}</span>
              <NumberInput ariaLabel={`${label} ${name}`} value={v} rule={rule} onCommit={n => set(i, n)} />
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

export function IntPairField({ label, spec, value, onChange }: FieldProps<IntPairParam, number | number[]>) {
  const id = useId();
  const rule = intRule(spec);
  const split = Array.isArray(value);
  const [h, w] = split ? [value[0] ?? 1, value[1] ?? 1] : [value, value];
  return (
    <fieldset className="field field--group">
      <legend>{label}</legend>
      <div className="field__row">
        {split ? (
          <>
            <NumberInput ariaLabel={`${label} height`} value={h} rule={rule} onCommit={n => onChange([n, w])} />
            <span className="field__times" aria-hidden="true">
              ×
            </span>
            <NumberInput ariaLabel={`${label} width`} value={w} rule={rule} onCommit={n => onChange([h, n])} />
          </>
        ) : (
          <NumberInput id={id} ariaLabel={label} value={h} rule={rule} onCommit={onChange} />
        )}
        <label className="field__toggle" title="Give height and width different sizes">
          <input
            type="checkbox"
            checked={split}
            aria-label={`${label}: separate height and width`}
            onChange={e => onChange(e.target.checked ? [h, w] : h)}
          />{' '}
          h≠w
        </label>
      </div>
    </fieldset>
  );
}

export function AutoIntField({
  label,
  spec,
  value,
  onChange,
  resolved,
}: FieldProps<AutoIntParam, 'auto' | number> & { resolved?: number }) {
  const auto = value === 'auto';
  const number = auto ? (resolved ?? spec.min ?? 1) : value;
  return (
    <fieldset className="field field--group">
      <legend>{label}</legend>
      <div className="field__row">
        <label className="field__toggle">
          <input
            type="checkbox"
            checked={auto}
            aria-label={`${label}: auto`}
            onChange={e => onChange(e.target.checked ? 'auto' : number)}
          />{' '}
          auto
        </label>
        {auto ? (
          <input className="input" aria-label={label} disabled value={resolved ?? ''} placeholder="from the dataset" />
        ) : (
          <NumberInput ariaLabel={label} value={value} rule={intRule(spec)} onCommit={onChange} />
        )}
      </div>
    </fieldset>
  );
}
