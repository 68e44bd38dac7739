/** Class names for a dataset: given ones are checked against the labels, else '0'..'n-1'. */
import { ConvasError } from '../core/errors';

export interface LabelSource {
  labels: Uint8Array;
  file: string;
}

/**
 * Returns `given` after checking every label indexes into it; without names, '0'..max label.
 * @example
 * resolveClassNames(undefined, [{ labels, file }]); // ['0', '1', …, '9']
 */
export function resolveClassNames(given: readonly string[] | undefined, sources: readonly LabelSource[]): string[] {
  if (given) {
    for (const { labels, file } of sources) {
      const at = labels.findIndex(label => label >= given.length);
      if (at >= 0) {
        throw new ConvasError(
          'DATASET_FORMAT',
          `${file} has label ${labels[at]} at position ${at}, but classNames lists only ${given.length} classes (labels 0–${given.length - 1})`,
          'Add the missing class names, or check that the labels file belongs to this dataset.',
        );
      }
    }
    return [...given];
  }
  let maxLabel = -1;
  for (const { labels } of sources) {
    for (let i = 0; i < labels.length; i++) if (labels[i]! > maxLabel) maxLabel = labels[i]!;
  }
  return Array.from({ length: maxLabel + 1 }, (_, c) => String(c));
}
