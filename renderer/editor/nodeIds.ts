/** Readable ids for new and pasted nodes: conv1, conv2, pool1, fc1 … (each kind's prefix is on its spec: idPrefix). */
import { isLayerKind, layerSpec } from '../../engine/core/layers';

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

/** An id for a new node of `kind`; a kind the registry does not know is its own prefix. */
export function idForKind(kind: string, taken: ReadonlySet<string>): string {
  if (!isLayerKind(kind)) return uniqueId(kind, taken);
  const spec = layerSpec(kind);
  return uniqueId(spec.idPrefix, taken, !spec.usuallySingle);
}

/** An id for a copy of `id`: its trailing number is replaced by the next free one (conv1 → conv3). */
export function idForCopy(id: string, taken: ReadonlySet<string>): string {
  const base = id.replace(/[_-]?\d+$/, '') || id;
  return uniqueId(base, taken);
}
