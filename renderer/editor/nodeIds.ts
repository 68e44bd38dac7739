/** Readable ids for new and pasted nodes: conv1, conv2, pool1, fc1 … */
const PREFIX: Record<string, string> = {
  conv2d: 'conv',
  depthwiseConv2d: 'dwconv',
  separableConv2d: 'sepconv',
  maxPooling2d: 'pool',
  averagePooling2d: 'avgpool',
  globalAveragePooling2d: 'gap',
  globalMaxPooling2d: 'gmp',
  batchNormalization: 'bn',
  dropout: 'dropout',
  activation: 'act',
  add: 'add',
  concatenate: 'concat',
  zeroPadding2d: 'pad',
  dense: 'fc',
  randomFlip: 'flip',
  randomRotation: 'rotate',
  randomZoom: 'zoom',
  randomTranslation: 'shift',
  randomCrop: 'crop',
  randomContrast: 'contrast',
  randomBrightness: 'brightness',
  gaussianNoise: 'noise',
};
/** Kinds a graph usually has once: their first id carries no number. */
const SINGLE = new Set(['input', 'output', 'flatten']);

/** Node ids become tfjs layer names and appear in file paths: keep them to a safe alphabet. */
export const NODE_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,99}$/;

/** Why a new id cannot be used for a node, or null. */
export function nodeIdProblem(id: string, taken: ReadonlySet<string>): string | null {
  if (!id) return 'The id cannot be empty.';
  if (!NODE_ID_PATTERN.test(id)) return 'Start with a letter; use letters, digits, _ or - (at most 100).';
  if (taken.has(id)) return `Another node is already called ${id}.`;
  return null;
}

/** The first free id built on `base`: base itself for single kinds, else base1, base2 … */
export function uniqueId(base: string, taken: ReadonlySet<string>, numbered = true): string {
  if (!numbered && !taken.has(base)) return base;
  for (let i = numbered ? 1 : 2; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}

export const idForKind = (kind: string, taken: ReadonlySet<string>): string =>
  uniqueId(PREFIX[kind] ?? kind, taken, !SINGLE.has(kind));

/** An id for a copy of `id`: its trailing number is replaced by the next free one (conv1 → conv3). */
export function idForCopy(id: string, taken: ReadonlySet<string>): string {
  const base = id.replace(/[_-]?\d+$/, '') || id;
  return uniqueId(base, taken);
}
