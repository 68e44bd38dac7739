import { type ReactNode, useId } from 'react';
import type { Problem } from '../../../engine/core/errors';
import type { ParamSpec, ParamValue } from '../../../engine/core/layers/params';
import { messageWithoutNode } from '../../store/nodeProblems';
import { AutoIntField, BoolField, EnumField, IntPairField, TupleField } from './fields';
import { NumberInput } from '../../components/NumberInput';
import type { NumberRule } from '../../components/numberDraft';

interface Props {
  name: string;
  spec: ParamSpec;
  value: ParamValue;
  /** The value as written in the project, when present: a bad number is shown as typed, with its message. */
  raw?: unknown;
  /** Problems analysis found for this field (bad values in the file, shape errors it causes). */
  problems: Problem[];
  /** For 'auto' params: the number auto currently resolves to. */
  resolved?: number;
  onChange(value: unknown): void;
}

/** The inspector control for one param, chosen by its spec type, with its help and problems under it. */
export function ParamField({ name, spec, value, raw, problems, resolved, onChange }: Props) {
  const label = spec.label ?? name;
  const id = useId();
  const props = { label, onChange };
  // Number inputs show a bad value as typed, with their own message: do not repeat it.
  const isNumber = spec.type === 'int' || spec.type === 'float';
  let control: ReactNode;
  switch (spec.type) {
    case 'int':
    case 'float': {
      const rule: NumberRule = {
        integer: spec.type === 'int',
        ...(spec.min !== undefined && { min: spec.min }),
        ...(spec.max !== undefined && { max: spec.max }),
        ...(spec.type === 'float' && spec.exclusiveMax && { maxExclusive: true }),
      };
      control = (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <NumberInput
            id={id}
            value={typeof raw === 'number' || raw === undefined ? (raw ?? (value as number)) : JSON.stringify(raw)}
            rule={rule}
            onCommit={onChange}
          />
        </div>
      );
      break;
    }
    case 'enum':
      control = <EnumField {...props} spec={spec} value={value as string} />;
      break;
    case 'bool':
      control = <BoolField {...props} spec={spec} value={value as boolean} />;
      break;
    case 'tuple':
      control = <TupleField {...props} spec={spec} value={value as number[]} />;
      break;
    case 'intOrPair':
      control = <IntPairField {...props} spec={spec} value={value as number | number[]} />;
      break;
    case 'autoInt':
      control = (
        <AutoIntField
          {...props}
          spec={spec}
          value={value as 'auto' | number}
          {...(resolved !== undefined && { resolved })}
        />
      );
      break;
  }
  return (
    <div className="param" data-param={name}>
      {control}
      {spec.help && <p className="field-help">{spec.help}</p>}
      {problems
        .filter(p => !(isNumber && (p.code === 'PARAM_TYPE' || p.code === 'PARAM_RANGE')))
        .map(p => (
          <p key={p.code + p.message} className={`field-message is-${p.severity}`}>
            {messageWithoutNode(p)} <span className="field-message__hint">{p.hint}</span>
          </p>
        ))}
    </div>
  );
}
