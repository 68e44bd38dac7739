/** Typed text → a param number, or the message shown under the field (the value is not committed then). */
import { checkParam } from '../../../engine/core/graph/params';
import type { FloatParam, IntParam } from '../../../engine/core/layers/params';
import { rangeText } from '../../components/numberRange';

export type NumberRule = Pick<IntParam, 'min' | 'max'> & { integer: boolean; exclusiveMax?: boolean };
type Draft = { ok: true; value: number } | { ok: false; message: string };

const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function parseNumberDraft(text: string, rule: NumberRule): Draft {
  const t = text.trim();
  if (!t) return { ok: false, message: 'Enter a value.' };
  if (!(rule.integer ? INT : FLOAT).test(t))
    return { ok: false, message: rule.integer ? 'Enter a whole number.' : 'Enter a number.' };
  const value = Number(t);
  const spec: IntParam | FloatParam = rule.integer
    ? { type: 'int', default: 0, ...pick(rule) }
    : { type: 'float', default: 0, ...pick(rule), ...(rule.exclusiveMax && { exclusiveMax: true }) };
  const bad = checkParam(spec, value);
  return bad ? { ok: false, message: capitalise(bad.text) } : { ok: true, value };
}

/** Text for the field's range hint, e.g. "1 – 4096" or "≥ 1". */
export function rangeHint(rule: NumberRule): string {
  const { min, max, exclusiveMax } = rule;
  if (min !== undefined && max !== undefined) return `${min} – ${max}${exclusiveMax ? ' (excl.)' : ''}`;
  if (min !== undefined) return `≥ ${min}`;
  if (max !== undefined) return exclusiveMax ? `< ${max}` : `≤ ${max}`;
  return '';
}

/** The range stated under a field, e.g. "1–4,096", "at least 0, less than 1" ('' without limits). */
export const ruleRangeText = ({ min, max, exclusiveMax, integer }: NumberRule): string =>
  rangeText({
    ...(min !== undefined && { min }),
    ...(max !== undefined && { max }),
    ...(exclusiveMax && { maxExclusive: true }),
    integer,
  });

/** Arrow-key step: ±1 for ints; for floats, one unit of the last shown decimal. */
export function stepNumber(value: number, direction: 1 | -1, rule: NumberRule, text: string): number {
  const decimals = rule.integer ? 0 : (text.split('.')[1]?.replace(/e.*$/i, '').length ?? 0);
  const step = 10 ** -decimals;
  let next = Number((value + direction * step).toFixed(decimals));
  if (rule.min !== undefined) next = Math.max(rule.min, next);
  if (rule.max !== undefined) next = Math.min(rule.exclusiveMax ? rule.max - step : rule.max, next);
  return next;
}

const pick = ({ min, max }: NumberRule) => ({ ...(min !== undefined && { min }), ...(max !== undefined && { max }) });
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1) + (s.endsWith('.') ? '' : '.');
