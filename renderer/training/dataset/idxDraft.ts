/** The IDX file form's text fields and the dataset spec they make, once complete. */
import { idxDatasetSchema, type DatasetSpec, type IdxDatasetSpec } from '../../../engine/core/project/schema';

export interface IdxDraft {
  trainImages: string;
  trainLabels: string;
  testImages: string;
  testLabels: string;
  /** Comma-separated; empty = '0'…'n-1'. */
  classNames: string;
}

export const IDX_FIELDS = [
  ['trainImages', 'Training images'],
  ['trainLabels', 'Training labels'],
  ['testImages', 'Test images (optional)'],
  ['testLabels', 'Test labels (optional)'],
] as const satisfies readonly (readonly [keyof IdxDraft, string])[];

export function draftOf(spec: DatasetSpec): IdxDraft {
  if (spec.kind !== 'idx') return { trainImages: '', trainLabels: '', testImages: '', testLabels: '', classNames: '' };
  return {
    trainImages: spec.trainImages,
    trainLabels: spec.trainLabels,
    testImages: spec.testImages ?? '',
    testLabels: spec.testLabels ?? '',
    classNames: spec.classNames?.join(', ') ?? '',
  };
}

/** The spec, or why the draft is not one yet. */
export function specOf(draft: IdxDraft): { ok: true; spec: IdxDatasetSpec } | { ok: false; reason: string } {
  const t = (s: string) => s.trim();
  if (!t(draft.trainImages) || !t(draft.trainLabels))
    return { ok: false, reason: 'Choose the training images and training labels files.' };
  if (!t(draft.testImages) !== !t(draft.testLabels))
    return { ok: false, reason: 'Give both test files (images and labels) or neither.' };
  const names = draft.classNames.split(',').map(t).filter(Boolean);
  const candidate = {
    kind: 'idx' as const,
    trainImages: t(draft.trainImages),
    trainLabels: t(draft.trainLabels),
    ...(t(draft.testImages) && { testImages: t(draft.testImages) }),
    ...(t(draft.testLabels) && { testLabels: t(draft.testLabels) }),
    ...(names.length && { classNames: names }),
  };
  const parsed = idxDatasetSchema.safeParse(candidate);
  return parsed.success
    ? { ok: true, spec: parsed.data }
    : { ok: false, reason: parsed.error.issues[0]?.message ?? 'Check the file paths.' };
}
