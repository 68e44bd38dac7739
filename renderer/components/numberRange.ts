/** A number field's range as people read it ("1–10,000", "more than 0, at most 10"), and as read from a zod schema. Pure. */
import type { z } from 'zod';

export interface NumberRange {
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  integer?: boolean;
}

export const formatNumber = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** "1–10,000", "at least 1", "more than 0, at most 10", or '' for no limits. */
export function rangeText({ min, max, minExclusive, maxExclusive }: NumberRange): string {
  const low = min === undefined ? '' : `${minExclusive ? 'more than' : 'at least'} ${formatNumber(min)}`;
  const high = max === undefined ? '' : `${maxExclusive ? 'less than' : 'at most'} ${formatNumber(max)}`;
  if (min !== undefined && max !== undefined && !minExclusive && !maxExclusive)
    return `${formatNumber(min)}–${formatNumber(max)}`;
  return [low, high].filter(Boolean).join(', ');
}

interface NumberSchemaFacts {
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  unwrap?(): unknown;
}

/**
 * The range a zod number schema accepts (through `.default()`), so a form states exactly what the file accepts.
 * @example schemaRange(z.number().int().min(1).max(10_000).default(5)) // { min: 1, max: 10000, integer: true }
 */
export function schemaRange(schema: z.ZodType<number>): NumberRange {
  let inner = schema as unknown as NumberSchemaFacts;
  while (inner.minValue === undefined && typeof inner.unwrap === 'function')
    inner = inner.unwrap() as NumberSchemaFacts;
  const range: NumberRange = {};
  const { minValue, maxValue } = inner;
  // Unbounded numbers report ±Infinity, integers ±MAX_SAFE_INTEGER: neither is a limit to tell anyone.
  if (typeof minValue === 'number' && Math.abs(minValue) < Number.MAX_SAFE_INTEGER) {
    range.min = minValue;
    if (!schema.safeParse(minValue).success) range.minExclusive = true;
  }
  if (typeof maxValue === 'number' && Math.abs(maxValue) < Number.MAX_SAFE_INTEGER) {
    range.max = maxValue;
    if (!schema.safeParse(maxValue).success) range.maxExclusive = true;
  }
  if (inner.isInt) range.integer = true;
  return range;
}
