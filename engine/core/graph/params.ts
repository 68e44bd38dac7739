/** Checks a node's raw params against its kind's param specs and fills in defaults. */
import { problem, type Problem } from '../errors';
import type { ParamSpec, ParamSpecs, ParamValue } from '../layers/params';

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function rangeText(spec: { min?: number; max?: number }): string {
  if (spec.min !== undefined && spec.max !== undefined) return `from ${spec.min} to ${spec.max}`;
  if (spec.min !== undefined) return `at least ${spec.min}`;
  return `at most ${spec.max}`;
}

const inRange = (v: number, spec: { min?: number; max?: number; exclusiveMax?: boolean }): boolean =>
  (spec.min === undefined || v >= spec.min) &&
  (spec.max === undefined || (spec.exclusiveMax ? v < spec.max : v <= spec.max));

/** Returns an error text for a value that does not fit its spec, or null. */
export function checkParam(spec: ParamSpec, v: unknown): { code: 'PARAM_TYPE' | 'PARAM_RANGE'; text: string } | null {
  const type = (text: string) => ({ code: 'PARAM_TYPE' as const, text });
  const range = (text: string) => ({ code: 'PARAM_RANGE' as const, text });
  switch (spec.type) {
    case 'int':
      if (!isInt(v)) return type(`must be a whole number, got ${JSON.stringify(v)}`);
      return inRange(v, spec) ? null : range(`${v} is out of range: must be ${rangeText(spec)}`);
    case 'float':
      if (typeof v !== 'number' || !Number.isFinite(v)) return type(`must be a number, got ${JSON.stringify(v)}`);
      return inRange(v, spec)
        ? null
        : range(`${v} is out of range: must be ${rangeText(spec)}${spec.exclusiveMax ? ' (exclusive)' : ''}`);
    case 'bool':
      return typeof v === 'boolean' ? null : type(`must be true or false, got ${JSON.stringify(v)}`);
    case 'enum':
      return typeof v === 'string' && spec.values.includes(v)
        ? null
        : type(`must be one of ${spec.values.join(', ')}; got ${JSON.stringify(v)}`);
    case 'tuple': {
      if (!Array.isArray(v) || v.length !== spec.length || !v.every(isInt))
        return type(`must be a list of ${spec.length} whole numbers, got ${JSON.stringify(v)}`);
      const bad = v.find(x => !inRange(x, spec));
      return bad === undefined ? null : range(`${bad} is out of range: each must be ${rangeText(spec)}`);
    }
    case 'intOrPair': {
      const values = isInt(v) ? [v] : Array.isArray(v) && v.length === 2 && v.every(isInt) ? v : null;
      if (!values) return type(`must be a whole number or a [height, width] pair, got ${JSON.stringify(v)}`);
      const bad = values.find(x => !inRange(x, spec));
      return bad === undefined ? null : range(`${bad} is out of range: must be ${rangeText(spec)}`);
    }
    case 'autoInt':
      if (v === 'auto') return null;
      if (!isInt(v)) return type(`must be 'auto' or a whole number, got ${JSON.stringify(v)}`);
      return inRange(v, spec) ? null : range(`${v} is out of range: must be 'auto' or ${rangeText(spec)}`);
  }
}

function closest(name: string, candidates: string[]): string | undefined {
  const lower = name.toLowerCase();
  return (
    candidates.find(c => c.toLowerCase() === lower) ??
    candidates.find(c => c.toLowerCase().startsWith(lower.slice(0, 3)) || lower.startsWith(c.toLowerCase().slice(0, 3)))
  );
}

export interface ResolvedParams {
  params: Record<string, ParamValue>;
  problems: Problem[];
}

/**
 * Defaults merged with the given values; every unknown, mistyped or out-of-range param reported.
 * @example resolveParams(LAYERS.dense.params, { units: 10 }, 'fc1').params // { units: 10, activation: 'relu', useBias: true }
 */
export function resolveParams(specs: ParamSpecs, raw: Record<string, unknown>, nodeId: string): ResolvedParams {
  const params: Record<string, ParamValue> = {};
  const problems: Problem[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const value = Object.hasOwn(raw, name) ? raw[name] : spec.default;
    const bad = checkParam(spec, value);
    if (bad) problems.push(problem(bad.code, `param ${name}: ${bad.text}`, { nodeId, field: name }));
    params[name] = (bad ? spec.default : value) as ParamValue;
  }
  for (const name of Object.keys(raw).filter(n => !Object.hasOwn(specs, n))) {
    const known = Object.keys(specs);
    const guess = closest(name, known);
    problems.push(
      problem('PARAM_UNKNOWN', `unknown param ${name}`, {
        nodeId,
        field: name,
        hint: guess
          ? `Did you mean ${guess}? Known params: ${known.join(', ') || 'none'}.`
          : `Known params: ${known.join(', ') || 'none'}.`,
      }),
    );
  }
  return { params, problems };
}
