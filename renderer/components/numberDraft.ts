/** Typed text → a number within its range, or the message shown under the field (nothing is committed then). Pure. */
import { formatNumber, type NumberRange } from './numberRange';

/** What a number field accepts: its range, and whether only whole numbers. */
export type NumberRule = NumberRange & { integer: boolean };
export type NumberDraft = { ok: true; value: number } | { ok: false; message: string };

const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** "At least 1.", "At most 10,000.", "More than 0.", "Less than 1.", or null within the range. */
export function outOfRange(value: number, { min, max, minExclusive, maxExclusive }: NumberRange): string | null {
  if (min !== undefined && (minExclusive ? value <= min : value < min))
    return `${minExclusive ? 'More than' : 'At least'} ${formatNumber(min)}.`;
  if (max !== undefined && (maxExclusive ? value >= max : value > max))
    return `${maxExclusive ? 'Less than' : 'At most'} ${formatNumber(max)}.`;
  return null;
}

/**
 * @example parseNumberDraft('20000', { integer: true, min: 1, max: 10_000 }) // { ok: false, message: 'At most 10,000.' }
 */
export function parseNumberDraft(text: string, rule: NumberRule): NumberDraft {
  const t = text.trim();
  if (!t) return { ok: false, message: 'Enter a value.' };
  if (!(rule.integer ? INT : FLOAT).test(t))
    return { ok: false, message: rule.integer ? 'Enter a whole number.' : 'Enter a number.' };
  const value = Number(t);
  const bad = outOfRange(value, rule);
  return bad ? { ok: false, message: bad } : { ok: true, value };
}

/** Arrow-key step: ±1 for ints; for floats, one unit of the last shown decimal; kept within the range. */
export function stepNumber(value: number, direction: 1 | -1, rule: NumberRule, text: string): number {
  const decimals = rule.integer ? 0 : (text.split('.')[1]?.replace(/e.*$/i, '').length ?? 0);
  const step = 10 ** -decimals;
  let next = Number((value + direction * step).toFixed(decimals));
  if (rule.min !== undefined) next = Math.max(rule.minExclusive ? rule.min + step : rule.min, next);
  if (rule.max !== undefined) next = Math.min(rule.maxExclusive ? rule.max - step : rule.max, next);
  return next;
}
