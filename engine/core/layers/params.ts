/** Param specs: data that drives the inspector form, defaults, and range checks. */

export type ParamValue = number | boolean | string | number[];

interface ParamBase<T> {
  default: T;
  label?: string;
  help?: string;
  /** Show this field in the inspector only when the predicate holds for the current params. */
  showIf?: (params: Record<string, ParamValue>) => boolean;
}

export interface IntParam extends ParamBase<number> {
  type: 'int';
  min?: number;
  max?: number;
}
export interface FloatParam extends ParamBase<number> {
  type: 'float';
  min?: number;
  max?: number;
  exclusiveMax?: boolean;
}
export interface BoolParam extends ParamBase<boolean> {
  type: 'bool';
}
export interface EnumParam<V extends string = string> extends ParamBase<V> {
  type: 'enum';
  values: readonly V[];
}
/** A fixed-length tuple of ints, e.g. an input shape [h, w, c]. */
export interface TupleParam extends ParamBase<number[]> {
  type: 'tuple';
  length: number;
  min?: number;
  max?: number;
  names?: readonly string[];
}
/** An int or an [h, w] pair, as Keras accepts for kernel and pool sizes. */
export interface IntPairParam extends ParamBase<number | [number, number]> {
  type: 'intOrPair';
  min?: number;
  max?: number;
}
/** 'auto' or a positive int (the output head's units). */
export interface AutoIntParam extends ParamBase<'auto' | number> {
  type: 'autoInt';
  min?: number;
  max?: number;
}

export type ParamSpec = IntParam | FloatParam | BoolParam | EnumParam | TupleParam | IntPairParam | AutoIntParam;
export type ParamSpecs = Record<string, ParamSpec>;

export const int = (o: Omit<IntParam, 'type'>): IntParam => ({ type: 'int', ...o });
export const float = (o: Omit<FloatParam, 'type'>): FloatParam => ({ type: 'float', ...o });
export const bool = (o: Omit<BoolParam, 'type'>): BoolParam => ({ type: 'bool', ...o });
export const enumOf = <const V extends string>(
  values: readonly V[],
  o: Omit<EnumParam<NoInfer<V>>, 'type' | 'values'>,
): EnumParam<V> => ({ type: 'enum', values, ...o });
export const tuple = (o: Omit<TupleParam, 'type'>): TupleParam => ({ type: 'tuple', ...o });
export const intOrPair = (o: Omit<IntPairParam, 'type'>): IntPairParam => ({ type: 'intOrPair', ...o });
export const autoInt = (o: Omit<AutoIntParam, 'type'>): AutoIntParam => ({ type: 'autoInt', ...o });

/** Resolved params of a spec table: what each layer's functions receive. */
export type ParamsOf<S extends ParamSpecs> = { [K in keyof S]: S[K]['default'] };

export const ACTIVATIONS = [
  'linear',
  'relu',
  'relu6',
  'elu',
  'selu',
  'leakyRelu',
  'sigmoid',
  'tanh',
  'softmax',
  'softplus',
  'swish',
  'gelu',
] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];
export const PADDINGS = ['valid', 'same'] as const;
export type Padding = (typeof PADDINGS)[number];

export const pair = (v: number | number[]): [number, number] =>
  typeof v === 'number' ? [v, v] : [v[0] ?? 1, v[1] ?? v[0] ?? 1];

/** Short text of a pair for node badges: 3 → "3×3", [3,5] → "3×5". */
export const pairText = (v: number | number[]): string => pair(v).join('×');
